import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// Node (npm start) loads graphql's CommonJS build for every importer; Vite would give
// the project's own files the ESM build (`module` field) while dependencies such as
// graphql-jit and Apollo get the CommonJS one: two graphql realms, whose schema
// objects the other refuses. Point the project's imports at the build Node uses.
const graphqlMain = createRequire(import.meta.url).resolve('graphql');

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlMain }] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/ingest/**/*.test.ts'],
          // The first extraction of a file loads jieba's dictionary, the gazetteer and the tagger's model:
          // seconds on a loaded machine.
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'db',
          include: ['test/{store,loader,api,hardening,corrections,export}/**/*.test.ts'],
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
