// A connection to the run's Neo4j (started by test/setup/neo4j.ts), emptied for
// the test file that asks for it: files run one at a time and never see each other's data.
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { GraphDb } from '../../src/store/graph-db.js';
import { applyDbSchema } from '../../src/store/db-schema.js';

export async function openTestGraph(): Promise<GraphDb> {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is not set: the vitest globalSetup (test/setup/neo4j.ts) should have started Neo4j');
  const db = GraphDb.connect({
    uri,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
    database: process.env.NEO4J_DATABASE ?? 'neo4j',
    queryTimeoutMs: 30_000,
  });
  await applyDbSchema(db);
  await clearGraph(db);
  return db;
}

/** A test file's graph, emptied before each of its tests: `use` receives it once opened; closed after the file. */
export function emptyGraphForEachTest(use: (db: GraphDb) => void): void {
  let db: GraphDb | undefined;
  beforeAll(async () => {
    db = await openTestGraph();
    use(db);
  });
  afterAll(async () => {
    await db?.close();
  });
  beforeEach(async () => {
    await clearGraph(db!);
  });
}

export async function clearGraph(db: GraphDb): Promise<void> {
  // Batched in its own transactions (auto-commit), so a large graph never needs one huge transaction.
  const session = db.driver.session({ database: db.database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

/** The number a counting query returns (`… AS n`); all nodes by default. */
export async function countNodes(db: GraphDb, cypher = 'MATCH (n) RETURN count(n) AS n', params: Record<string, unknown> = {}): Promise<number> {
  const [row] = await db.read<{ n: number }>(cypher, params);
  return row?.n ?? 0;
}

/** Relationships stored twice between the same two nodes with the same type and identity: what MERGE under concurrency must avoid. */
export const duplicateFacts = (db: GraphDb): Promise<number> =>
  countNodes(
    db,
    `MATCH (a)-[r]->(b) WITH a, b, type(r) AS t, r.role AS role, r.year AS year, r.recipientId AS rid, count(*) AS c
     WHERE c > 1 RETURN count(*) AS n`,
  );
