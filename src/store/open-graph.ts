// Picks the database: the server named by NEO4J_URI, or an embedded Neo4j started
// for this process. Either way the caller gets a GraphDb with the schema applied.
import path from 'node:path';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { GraphDb } from './graph-db.js';
import { applyDbSchema } from './db-schema.js';
import { startEmbeddedNeo4j } from './embedded-neo4j.js';

export interface OpenGraph {
  db: GraphDb;
  uri: string;
  embedded: boolean;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Retries with exponential backoff: a database that is still starting is not an error yet. */
async function waitForDatabase(db: GraphDb, uri: string, logger: Logger, deadlineMs: number): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  for (let delay = 250; ; delay = Math.min(delay * 2, 5_000)) {
    try {
      await db.ping();
      return;
    } catch (err) {
      if (Date.now() + delay > deadline) {
        throw new Error(`Neo4j is unreachable at ${uri}: ${(err as Error).message}`);
      }
      logger.warn({ err: (err as Error).message, retryInMs: delay }, 'Neo4j not reachable yet, retrying');
      await sleep(delay);
    }
  }
}

export async function openGraph(config: Config, logger: Logger): Promise<OpenGraph> {
  let uri = config.NEO4J_URI;
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (!uri) {
    const embedded = await startEmbeddedNeo4j({
      dataDir: path.resolve(config.NEO4J_DATA_DIR),
      port: config.NEO4J_BOLT_PORT,
      heapMb: config.NEO4J_HEAP_MB,
      pageCacheMb: config.NEO4J_PAGECACHE_MB,
      readyTimeoutMs: config.NEO4J_START_TIMEOUT_MS,
      logger,
    });
    uri = embedded.uri;
    stopEmbedded = embedded.stop;
  }
  const db = GraphDb.connect({
    uri,
    user: config.NEO4J_USER,
    password: config.NEO4J_PASSWORD,
    database: config.NEO4J_DATABASE,
    queryTimeoutMs: config.QUERY_TIMEOUT_MS,
  });
  try {
    await waitForDatabase(db, uri, logger, config.NEO4J_START_TIMEOUT_MS);
    await applyDbSchema(db);
  } catch (err) {
    await db.close();
    await stopEmbedded?.();
    throw err;
  }
  logger.info({ uri, embedded: Boolean(stopEmbedded) }, 'Neo4j connected');
  return {
    db,
    uri,
    embedded: Boolean(stopEmbedded),
    async close() {
      await db.close();
      await stopEmbedded?.();
    },
  };
}
