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
          // seconds, or minutes on a loaded machine. Tests wait on results, not time: the timeout only
          // catches a hang.
          testTimeout: 600_000,
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
          // Seeding and database round trips slow down many times on a loaded machine; the timeouts
          // only catch a hang.
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          // The page in Chromium against an API on a Neo4j of its own, after the other
          // projects: they would share the database (each file clears it) and the two cores.
          globalSetup: ['test/setup/neo4j.ts'],
          sequence: { groupOrder: 1 },
          // Its Neo4j is cold: planning the seed load's statements took over a minute at load average 17;
          // the timeouts only catch a hang.
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
