import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/ingest/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'db',
          include: ['test/{store,loader,api,hardening}/**/*.test.ts'],
          // One database for the run: embedded unless NEO4J_URI is set.
          globalSetup: ['test/setup/neo4j.ts'],
          // The files share that database and clear it in beforeAll, so they must not overlap.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
