// The relationship view (unit → children → members → honours) through the API
// over HTTP, against the same data fetched by one hand-written Cypher query
// through neo4j-driver, in the same run on the same ≥100k-node synthetic graph.
// The server runs in this process; the client, for both paths, in a process
// of its own (api-view-client.ts), as a real client is.
// Run: npm run bench:api   (NEO4J_URI unset: a fresh embedded Neo4j; BENCH_ITERATIONS, BENCH_CONCURRENCY)
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fork } from 'node:child_process';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { openGraph } from '../src/store/open-graph.js';
import { startApiServer } from '../src/api/server.js';
import { toGlobalId } from '../src/api/ids.js';
import { BENCH_SHAPE, writeSyntheticGraph } from './api-synthetic-graph.js';
import type { ClientInput, ClientOutput } from './api-view-client.js';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 400);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const THROUGHPUT_MS = Number(process.env.BENCH_THROUGHPUT_MS ?? 8_000);
const PAGE = { children: 20, members: 50, honours: 10 };

const API_QUERY = `query RelationshipView($id: ID!) {
  node(id: $id) {
    ... on Unit {
      name
      children(first: ${PAGE.children}) {
        nodes {
          name
          members(first: ${PAGE.members}) {
            nodes {
              role
              person {
                name
                honours(first: ${PAGE.honours}) {
                  nodes { year honour { name } conferredBy { name } }
                }
              }
            }
          }
        }
      }
    }
  }
}`;

// The same pages in the same order as the API's list queries (src/store/read/*.ts).
const RAW_QUERY = `MATCH (u:Unit {id: $id})
CALL (u) {
  MATCH (c:Unit)-[:PART_OF]->(u)
  WITH c ORDER BY c.name, c.id LIMIT ${PAGE.children}
  CALL (c) {
    MATCH (p:Person)-[m:MEMBER_OF]->(c)
    WITH p, m ORDER BY p.name, p.id, m.role LIMIT ${PAGE.members}
    CALL (p) {
      MATCH (p)-[r:RECEIVED]->(h:Honour)
      WITH r, h ORDER BY r.year DESC, h.name, h.id LIMIT ${PAGE.honours}
      OPTIONAL MATCH (k:Entity {id: r.conferredById})
      RETURN collect({year: CASE WHEN r.year >= 0 THEN r.year END, honour: {name: h.name},
                      conferredBy: CASE WHEN k IS NULL THEN null ELSE {name: k.name} END}) AS honours
    }
    RETURN collect({role: CASE WHEN m.role <> '' THEN m.role END, person: {name: p.name, honours: {nodes: honours}}}) AS members
  }
  RETURN collect({name: c.name, members: {nodes: members}}) AS children
}
RETURN {name: u.name, children: {nodes: children}} AS view`;

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bench-api-'));
const config = loadConfig({
  ...process.env,
  NODE_ENV: 'production', // as deployed: no round-trip extension, no stack traces
  NEO4J_DATA_DIR: dataDir,
  NEO4J_HEAP_MB: process.env.NEO4J_HEAP_MB ?? '2048',
  NEO4J_PAGECACHE_MB: process.env.NEO4J_PAGECACHE_MB ?? '1024',
  PORT: '0',
  PLAYGROUND: 'false',
  LOG_LEVEL: 'warn',
});
const logger = createLogger('warn');
const graph = await openGraph(config, logger);
const api = await startApiServer({ db: graph.db, config, logger });

try {
  const session = graph.db.driver.session({ database: graph.db.database });
  await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  await session.close();
  const written = performance.now();
  const synthetic = await writeSyntheticGraph(graph.db, BENCH_SHAPE);
  const [{ nodes = 0, rels = 0 } = {}] = await graph.db.read<{ nodes: number; rels: number }>(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
  );
  console.log(`graph: ${nodes} nodes, ${rels} relationships, written in ${((performance.now() - written) / 1000).toFixed(1)} s`);

  const roots = synthetic.branchIds.map((storeId) => ({ storeId, globalId: toGlobalId('Unit', storeId) }));
  const client = fork(new URL('./api-view-client.ts', import.meta.url), { execArgv: ['--max-semi-space-size=64', '--import', 'tsx'] });
  client.send({
    apiUrl: api.url,
    apiQuery: API_QUERY,
    roots,
    neo4j: { uri: graph.uri, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD, database: config.NEO4J_DATABASE },
    rawQuery: RAW_QUERY,
    iterations: ITERATIONS,
    concurrency: CONCURRENCY,
    throughputMs: THROUGHPUT_MS,
  } satisfies ClientInput);
  const measured = await new Promise<ClientOutput>((resolve, reject) => {
    client.once('message', (message) => resolve(message as ClientOutput));
    client.once('exit', (code) => reject(new Error(`benchmark client exited with code ${code}`)));
  });
  const { view } = measured;
  console.log(`one view: ${view.children} children, ${view.members} members, ${view.honours} honours, ${Math.round(view.bytes / 1024)} KB of JSON`);
  const result = {
    date: new Date().toISOString(),
    graph: { nodes, relationships: rels },
    view,
    iterations: ITERATIONS,
    concurrency: CONCURRENCY,
    api: measured.api,
    raw: measured.raw,
    ratioP50: Math.round((measured.api.p50 / measured.raw.p50) * 100) / 100,
  };
  console.table({ 'API (HTTP, GraphQL)': result.api, 'raw Cypher (neo4j-driver)': result.raw });
  console.log(`API p50 / raw p50 = ${result.ratioP50} (target ≤ 1.3)`);
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/api-relationship-view.json', JSON.stringify(result, null, 2) + '\n');
} finally {
  await api.stop();
  await graph.close();
  rmSync(dataDir, { recursive: true, force: true });
}
