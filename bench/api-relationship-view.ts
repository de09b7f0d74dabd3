// The relationship view (unit → children → members → honours) through the API
// over HTTP, against the same data fetched by one hand-written Cypher query
// through neo4j-driver, in the same run on the same ≥100k-node synthetic graph.
// Run: npm run bench:api   (NEO4J_URI unset: a fresh embedded Neo4j; BENCH_ITERATIONS, BENCH_CONCURRENCY)
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { openGraph } from '../src/store/open-graph.js';
import { startApiServer } from '../src/api/server.js';
import { toGlobalId } from '../src/api/ids.js';
import { BENCH_SHAPE, writeSyntheticGraph } from './api-synthetic-graph.js';

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

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const ms = (n: number) => Math.round(n * 100) / 100;

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

  const roots = synthetic.branchIds;
  const viaApi = async (storeId: string) => {
    const res = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: API_QUERY, variables: { id: toGlobalId('Unit', storeId) } }),
    });
    const body = (await res.json()) as { data?: { node: unknown }; errors?: unknown[] };
    if (body.errors) throw new Error(`API error: ${JSON.stringify(body.errors)}`);
    return body.data!.node;
  };
  const viaDriver = async (storeId: string) => {
    const result = await graph.db.driver.executeQuery(RAW_QUERY, { id: storeId }, {
      database: graph.db.database,
      routing: neo4j.routing.READ,
    });
    return result.records[0]!.get('view') as unknown;
  };

  // Same data, or the comparison means nothing.
  for (const root of roots.slice(0, 5)) {
    if (!isDeepStrictEqual(await viaApi(root), await viaDriver(root))) throw new Error(`API and raw query differ for ${root}`);
  }
  const sample = (await viaDriver(roots[0]!)) as { children: { nodes: { members: { nodes: { person: { honours: { nodes: unknown[] } } }[] } }[] } };
  const members = sample.children.nodes.flatMap((c) => c.members.nodes);
  const honours = members.reduce((n, m) => n + m.person.honours.nodes.length, 0);
  console.log(`one view: ${sample.children.nodes.length} children, ${members.length} members, ${honours} honours`);

  // Warm both paths (JIT, page cache, query plans), then interleave so drift hits both alike.
  for (let i = 0; i < 50; i++) {
    await viaApi(roots[i % roots.length]!);
    await viaDriver(roots[i % roots.length]!);
  }
  const latency = { api: [] as number[], raw: [] as number[] };
  for (let i = 0; i < ITERATIONS; i++) {
    const root = roots[i % roots.length]!;
    let t = performance.now();
    await viaDriver(root);
    latency.raw.push(performance.now() - t);
    t = performance.now();
    await viaApi(root);
    latency.api.push(performance.now() - t);
  }

  const throughput = async (run: (id: string) => Promise<unknown>) => {
    let done = 0;
    const until = performance.now() + THROUGHPUT_MS;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async (_, w) => {
        for (let i = w; performance.now() < until; i += CONCURRENCY) {
          await run(roots[i % roots.length]!);
          done++;
        }
      }),
    );
    return done / (THROUGHPUT_MS / 1000);
  };
  const rps = { raw: await throughput(viaDriver), api: await throughput(viaApi) };

  const summary = (name: 'api' | 'raw') => {
    const sorted = [...latency[name]].sort((a, b) => a - b);
    return { p50: ms(percentile(sorted, 50)), p99: ms(percentile(sorted, 99)), rps: Math.round(rps[name]) };
  };
  const result = {
    date: new Date().toISOString(),
    graph: { nodes, relationships: rels },
    view: { children: sample.children.nodes.length, members: members.length, honours },
    iterations: ITERATIONS,
    concurrency: CONCURRENCY,
    api: summary('api'),
    raw: summary('raw'),
    ratioP50: 0,
  };
  result.ratioP50 = Math.round((result.api.p50 / result.raw.p50) * 100) / 100;
  console.table({ 'API (HTTP, GraphQL)': result.api, 'raw Cypher (neo4j-driver)': result.raw });
  console.log(`API p50 / raw p50 = ${result.ratioP50} (target ≤ 1.3)`);
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/api-relationship-view.json', JSON.stringify(result, null, 2) + '\n');
} finally {
  await api.stop();
  await graph.close();
  rmSync(dataDir, { recursive: true, force: true });
}
