// The API suite: every query shape of api-shapes.ts through this API (dist/,
// as `npm start` runs it, in a process of its own), through one hand-written
// Cypher query (neo4j-driver) and through @neo4j/graphql 7 (bench/peer/), on
// the 212k-node synthetic graph. The client (api-suite-client.ts) times them
// in interleaved rounds; this process counts each path's database round trips
// (queries) and PROFILE db hits per request, and writes bench/results/api-suite.{json,md}.
// Run: npm run bench:api   (BENCH_ONLY="search,person card", BENCH_ITERATIONS, BENCH_ROUNDS, BENCH_CONCURRENCY, BENCH_THROUGHPUT_MS;
// BENCH_CPU_PROF=<dir>: the API process writes a V8 CPU profile there when it stops)
import { spawn, fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { createInterface } from 'node:readline';
import { graphql } from 'graphql';
import { createLogger } from '../src/logger.js';
import { FULL_ACCESS } from '../src/api/auth.js';
import { createContext } from '../src/api/context.js';
import { createApolloServer } from '../src/api/server.js';
import { GraphDb } from '../src/store/graph-db.js';
import { openBenchGraph } from './bench-graph.js';
import { benchShapes, PATHS, type PathName, type Shape } from './api-shapes.js';
import type { ClientInput, ClientOutput, ShapeFigures } from './api-suite-client.js';
import { peerSchema } from './peer/schema.js';
import { dbHits, recordingDriver } from './query-recorder.js';

const cpuProfDir = process.env.BENCH_CPU_PROF;
const only = (process.env.BENCH_ONLY ?? '').split(',').map((s) => s.trim()).filter(Boolean);
const settings = {
  iterations: Number(process.env.BENCH_ITERATIONS ?? 300),
  rounds: Number(process.env.BENCH_ROUNDS ?? 5),
  concurrency: Number(process.env.BENCH_CONCURRENCY ?? 8),
  throughputMs: Number(process.env.BENCH_THROUGHPUT_MS ?? 5_000),
};
/** Inputs of each shape whose round trips and db hits are counted (and averaged). */
const COUNTED_INPUTS = 3;

const logger = createLogger('warn');
const loadAverages: number[] = [os.loadavg()[0]!];
const loadSampler = setInterval(() => loadAverages.push(os.loadavg()[0]!), 5_000);

const bench = await openBenchGraph(logger);
const { graph, config } = bench;
const neo4jEnv = { NEO4J_URI: graph.uri, NEO4J_USER: config.NEO4J_USER, NEO4J_PASSWORD: config.NEO4J_PASSWORD, NEO4J_DATABASE: config.NEO4J_DATABASE };
const children: ChildProcess[] = [];

/** `npm start`'s process, from dist/, on the benchmark's database: resolves with its URL once it logs `ready`. */
async function startApi(): Promise<string> {
  const profile = cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfDir}`] : [];
  const child = spawn(process.execPath, ['--max-semi-space-size=64', ...profile, 'dist/main.js'], {
    env: { ...process.env, ...neo4jEnv, NODE_ENV: 'production', PORT: '0', SEED_ON_START: 'false', PLAYGROUND: 'false', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  for await (const line of createInterface({ input: child.stdout! })) {
    const entry = JSON.parse(line) as { msg?: string; url?: string };
    if (entry.msg === 'ready') return entry.url!;
  }
  throw new Error(`the API exited before it was ready (code ${child.exitCode})`);
}

async function startPeer(): Promise<string> {
  const child = fork(new URL('./peer/server.ts', import.meta.url), { execArgv: ['--import', 'tsx'], env: { ...process.env, ...neo4jEnv } });
  children.push(child);
  const [message] = (await once(child, 'message')) as [{ url: string }];
  return message.url;
}

interface Counted {
  roundTrips: number;
  dbHits: number;
}

const average = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) / xs.length);

/** Round trips and db hits of each path for a shape's first inputs, each request run once in this process. */
async function countShape(shape: Shape, peer: Awaited<ReturnType<typeof peerSchema>>, recorder: ReturnType<typeof recordingDriver>, apollo: ReturnType<typeof createApolloServer>, apiDb: GraphDb): Promise<Record<PathName, Counted>> {
  const counted = Object.fromEntries(PATHS.map((p) => [p, { roundTrips: [] as number[], dbHits: [] as number[] }])) as Record<PathName, { roundTrips: number[]; dbHits: number[] }>;
  const hitsOf = (queries: typeof recorder.queries) => dbHits(graph.db.driver, graph.db.database, queries);
  for (const input of shape.inputs.slice(0, COUNTED_INPUTS)) {
    recorder.queries.length = 0;
    const contextValue = createContext({ db: apiDb, config, logger }, FULL_ACCESS);
    const response = await apollo.executeOperation({ query: shape.api.query, variables: input.api }, { contextValue });
    if (response.body.kind !== 'single' || response.body.singleResult.errors) throw new Error(`${shape.name}: API errors ${JSON.stringify(response.body)}`);
    counted.api.roundTrips.push(contextValue.db.roundTrips.count);
    counted.api.dbHits.push(await hitsOf([...recorder.queries]));

    recorder.queries.length = 0;
    const result = await graphql({ schema: peer, source: shape.peer.query, variableValues: input.peer, contextValue: {} });
    if (result.errors) throw new Error(`${shape.name}: peer errors ${JSON.stringify(result.errors)}`);
    counted.peer.roundTrips.push(recorder.queries.length);
    counted.peer.dbHits.push(await hitsOf([...recorder.queries]));

    const rawHits = await hitsOf([{ query: shape.raw.cypher, params: input.raw }]);
    counted.raw.roundTrips.push(1);
    counted.raw.dbHits.push(rawHits);
    counted.auto.roundTrips.push(1);
    counted.auto.dbHits.push(rawHits);
  }
  return Object.fromEntries(PATHS.map((p) => [p, { roundTrips: average(counted[p].roundTrips), dbHits: average(counted[p].dbHits) }])) as Record<PathName, Counted>;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const r2 = (n: number) => Math.round(n * 100) / 100;

/** API p50 over another path's, in each round: the median and the range. */
function ratio(f: ShapeFigures, other: PathName) {
  const perRound = f.paths.api.roundP50.map((p, i) => p / f.paths[other].roundP50[i]!);
  return { p50: r2(f.paths.api.p50 / f.paths[other].p50), roundMedian: r2(median(perRound)), min: r2(Math.min(...perRound)), max: r2(Math.max(...perRound)) };
}

try {
  console.log(`graph: ${bench.nodes} nodes, ${bench.relationships} relationships`);
  const [apiUrl, peerUrl] = await Promise.all([startApi(), startPeer()]);

  const recorder = recordingDriver(graph.db.driver);
  const apiDb = new GraphDb(recorder.driver, { uri: graph.uri, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD, database: config.NEO4J_DATABASE, queryTimeoutMs: config.QUERY_TIMEOUT_MS });
  const apollo = createApolloServer({ db: apiDb, config: { ...config, NODE_ENV: 'production' }, logger });
  await apollo.start();
  const peer = await peerSchema(recorder.driver);
  const shapes = benchShapes(bench.synthetic).filter((s) => only.length === 0 || only.includes(s.name));
  const counts = new Map<string, Record<PathName, Counted>>();
  for (const shape of shapes) counts.set(shape.name, await countShape(shape, peer, recorder, apollo, apiDb));
  await apollo.stop();

  const client = fork(new URL('./api-suite-client.ts', import.meta.url), { execArgv: ['--max-semi-space-size=64', '--import', 'tsx'] });
  children.push(client);
  client.send({
    apiUrl,
    peerUrl,
    neo4j: { uri: graph.uri, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD, database: config.NEO4J_DATABASE },
    only,
    ...settings,
  } satisfies ClientInput);
  const measured = await new Promise<ClientOutput>((resolve, reject) => {
    client.once('message', (message) => resolve(message as ClientOutput));
    client.once('exit', (code) => reject(new Error(`benchmark client exited with code ${code}`)));
  });
  clearInterval(loadSampler);
  loadAverages.push(os.loadavg()[0]!);

  const shapesOut = measured.shapes.map((f) => {
    const shape = shapes.find((s) => s.name === f.name)!;
    const c = counts.get(f.name)!;
    return {
      name: f.name,
      description: shape.description,
      apiBytes: f.apiBytes,
      paths: Object.fromEntries(PATHS.map((p) => [p, { ...f.paths[p], ...c[p] }])) as Record<PathName, ShapeFigures['paths'][PathName] & Counted>,
      apiOverRaw: ratio(f, 'raw'),
      apiOverAuto: ratio(f, 'auto'),
      apiOverPeer: ratio(f, 'peer'),
    };
  });
  const result = {
    date: new Date().toISOString(),
    graph: { nodes: bench.nodes, relationships: bench.relationships },
    machine: { cpus: os.cpus().length, loadAverage1m: { min: r2(Math.min(...loadAverages)), max: r2(Math.max(...loadAverages)), median: r2(median(loadAverages)) } },
    settings,
    shapes: shapesOut,
  };

  const cell = (p: { p50: number; p99: number; rps: number }) => `${p.p50} / ${p.p99} / ${p.rps}`;
  const spread = (r: { roundMedian: number; min: number; max: number }) => `${r.roundMedian} (${r.min}–${r.max})`;
  const lines = [
    '| shape | API p50 / p99 ms / req/s | raw Cypher (executeQuery) | raw, auto-commit | @neo4j/graphql | db hits API / raw / peer | round trips API / raw / auto / peer | API ÷ raw p50 | API ÷ auto-commit p50 | API ÷ peer p50 |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...shapesOut.map((s) => {
      const { api, raw, auto, peer } = s.paths;
      return `| ${s.name} | ${cell(api)} | ${cell(raw)} | ${cell(auto)} | ${cell(peer)} | ${api.dbHits} / ${raw.dbHits} / ${peer.dbHits} | ${api.roundTrips} / ${raw.roundTrips} / ${auto.roundTrips} / ${peer.roundTrips} | ${spread(s.apiOverRaw)} | ${spread(s.apiOverAuto)} | ${spread(s.apiOverPeer)} |`;
    }),
  ];
  const footer = `${bench.nodes} nodes, ${bench.relationships} relationships; ${settings.iterations} requests per path and shape in ${settings.rounds} interleaved rounds, req/s at ${settings.concurrency} concurrent; ratios: median of the rounds' p50 ratios (range); load average (1 min) ${result.machine.loadAverage1m.min}–${result.machine.loadAverage1m.max} on ${result.machine.cpus} cores.`;
  console.log(lines.join('\n'));
  console.log(footer);
  mkdirSync('bench/results', { recursive: true });
  // A partial run (BENCH_ONLY) does not replace the suite's results.
  const file = only.length ? 'bench/results/api-suite.partial' : 'bench/results/api-suite';
  writeFileSync(`${file}.json`, JSON.stringify(result, null, 2) + '\n');
  writeFileSync(`${file}.md`, `${lines.join('\n')}\n\n${footer}\n`);
} finally {
  clearInterval(loadSampler);
  for (const child of children) child.kill();
  await graph.close();
}
