// vitest globalSetup for the `db` project: one Neo4j for the whole run.
// TEST_NEO4J_URI set → use that server (its data is wiped: never point it at real data);
// otherwise start an embedded one in a fresh temp directory. NEO4J_URI is deliberately
// not used, so running the tests on a machine configured for production wipes nothing.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import type { TestProject } from 'vitest/node';
import { startEmbeddedNeo4j } from '../../src/store/embedded-neo4j.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Bolt URI of the database the `db` tests share. */
    neo4jUri: string;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const external = process.env.TEST_NEO4J_URI;
  if (external) {
    process.env.NEO4J_URI = external;
    project.provide('neo4jUri', external);
    return undefined;
  }

  const logger = pino({ name: 'test-neo4j', level: process.env.LOG_LEVEL ?? 'info' });
  const dataDir = await mkdtemp(join(tmpdir(), 'police-kg-neo4j-'));
  try {
    // Small enough to sit beside vitest's workers on a 2-core, 24 GB machine.
    const db = await startEmbeddedNeo4j({ dataDir, heapMb: 1024, pageCacheMb: 256, logger });
    // Test workers start after globalSetup and inherit this, so code reading NEO4J_URI finds it.
    process.env.NEO4J_URI = db.uri;
    project.provide('neo4jUri', db.uri);
    return async () => {
      delete process.env.NEO4J_URI;
      await db.stop();
      await rm(dataDir, { recursive: true, force: true });
    };
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}
