// The launcher's class-data-sharing archive (JDK 17 dynamic CDS), built at install
// after the jar: one throwaway start of the embedded Neo4j on an empty store that
// applies the schema, so the archive holds the classes a start and its first Cypher
// queries load. Every later start maps them instead of loading them (embedded-neo4j.ts).
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { applyDbSchema } from './db-schema.js';
import { launcherClassArchive, startEmbeddedNeo4j } from './embedded-neo4j.js';
import { GraphDb } from './graph-db.js';

export async function buildLauncherClassArchive(logger?: Logger): Promise<string> {
  const archive = launcherClassArchive();
  // Written beside it, then renamed: a start never maps a half-written archive.
  const partial = `${archive}.partial`;
  const dataDir = mkdtempSync(join(tmpdir(), 'neo4j-class-archive-'));
  const started = Date.now();
  try {
    const neo4j = await startEmbeddedNeo4j({ dataDir, archiveClassesTo: partial, logger });
    try {
      const db = GraphDb.connect({ uri: neo4j.uri, user: 'neo4j', password: '', database: 'neo4j', queryTimeoutMs: 60_000 });
      try {
        await applyDbSchema(db);
      } finally {
        await db.close();
      }
    } finally {
      // The JVM writes the archive as it exits.
      await neo4j.stop();
    }
    renameSync(partial, archive);
  } finally {
    rmSync(partial, { force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
  logger?.info({ archive, ms: Date.now() - started }, 'embedded Neo4j class archive built');
  return archive;
}
