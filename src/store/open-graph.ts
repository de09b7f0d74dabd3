// Picks the database: the server named by NEO4J_URI, the embedded Neo4j a running
// server holds in NEO4J_DATA_DIR, or an embedded Neo4j started for this process.
// Either way the caller gets a GraphDb with the schema applied.
import path from 'node:path';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { GraphDb } from './graph-db.js';
import { applyDbSchema } from './db-schema.js';
import { startEmbeddedNeo4j } from './embedded-neo4j.js';
import { findRunningDatabase, portIfFree, publishDatabase } from './running-database.js';

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

/** Bolt's usual port: Neo4j Browser and cypher-shell try it first. */
export const DEFAULT_BOLT_PORT = 7687;

export interface OpenOptions {
  /**
   * The server: when it starts the embedded database, it publishes the database's Bolt
   * address in the data directory for the CLI to use (running-database.ts).
   */
  publish?: boolean;
}

/** Where the embedded database listens: NEO4J_BOLT_PORT, else 7687 when free, else any free port. */
async function boltPort(config: Config, logger: Logger): Promise<number> {
  if (config.NEO4J_BOLT_PORT !== undefined) return config.NEO4J_BOLT_PORT;
  const port = await portIfFree(DEFAULT_BOLT_PORT);
  if (port === 0) logger.warn({ port: DEFAULT_BOLT_PORT }, 'Bolt port 7687 is taken: the embedded Neo4j listens on a free port (see its uri below)');
  return port;
}

/** The database a running server holds in the data directory, if it answers. */
async function attachToRunning(config: Config, dataDir: string, logger: Logger): Promise<GraphDb | null> {
  const running = await findRunningDatabase(dataDir);
  if (!running) return null;
  const db = connect(config, running.uri);
  try {
    await db.ping();
  } catch (err) {
    // Its process is gone (or a zombie): the store is free again.
    logger.warn({ uri: running.uri, err: (err as Error).message }, 'the published database does not answer; starting one');
    await db.close();
    return null;
  }
  logger.info({ uri: running.uri, dataDir }, "using the running server's embedded Neo4j");
  return db;
}

const connect = (config: Config, uri: string): GraphDb =>
  GraphDb.connect({
    uri,
    user: config.NEO4J_USER,
    password: config.NEO4J_PASSWORD,
    database: config.NEO4J_DATABASE,
    queryTimeoutMs: config.QUERY_TIMEOUT_MS,
  });

export async function openGraph(config: Config, logger: Logger, options: OpenOptions = {}): Promise<OpenGraph> {
  let uri = config.NEO4J_URI;
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (!uri) {
    const dataDir = path.resolve(config.NEO4J_DATA_DIR);
    // A server holds this store: use its database rather than fail on the store lock.
    const attached = await attachToRunning(config, dataDir, logger);
    if (attached) return { db: attached, uri: attached.uri, embedded: false, close: () => attached.close() };
    const embedded = await startEmbeddedNeo4j({
      dataDir,
      port: await boltPort(config, logger),
      heapMb: config.NEO4J_HEAP_MB,
      pageCacheMb: config.NEO4J_PAGECACHE_MB,
      readyTimeoutMs: config.NEO4J_START_TIMEOUT_MS,
      logger,
    });
    uri = embedded.uri;
    const unpublish = options.publish ? await publishDatabase(dataDir, { uri, pid: embedded.pid }) : undefined;
    stopEmbedded = async () => {
      await unpublish?.();
      await embedded.stop();
    };
  }
  const db = connect(config, uri);
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
