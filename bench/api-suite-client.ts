// The API suite's client: one process of its own that sends every request, to
// this API and to @neo4j/graphql over HTTP and to Neo4j through its own
// neo4j-driver, so that its work and garbage live apart from the servers' as
// a real client's would. Rounds interleave the three paths, so drift in the
// machine's load hits them alike. Forked by api-suite.ts: gets a ClientInput,
// answers a ClientOutput.
import { once } from 'node:events';
import http from 'node:http';
import { isDeepStrictEqual } from 'node:util';
import neo4j from 'neo4j-driver';
import { BENCH_SHAPE, syntheticGraph } from './api-synthetic-graph.js';
import { benchShapes, PATHS, type PathName, type Shape, type ShapeInput } from './api-shapes.js';

export interface ClientInput {
  apiUrl: string;
  peerUrl: string;
  neo4j: { uri: string; user: string; password: string; database: string };
  /** Shape names to run; all when empty. */
  only: string[];
  iterations: number;
  rounds: number;
  concurrency: number;
  throughputMs: number;
}

export interface PathFigures {
  p50: number;
  p99: number;
  rps: number;
  /** p50 of each round. */
  roundP50: number[];
}

export interface ShapeFigures {
  name: string;
  /** Bytes of the API's JSON answer to the first input. */
  apiBytes: number;
  paths: Record<PathName, PathFigures>;
}

export interface ClientOutput {
  shapes: ShapeFigures[];
}

const [input] = (await once(process, 'message')) as [ClientInput];
const auth = input.neo4j.password ? neo4j.auth.basic(input.neo4j.user, input.neo4j.password) : undefined;
const driver = neo4j.driver(input.neo4j.uri, auth, { disableLosslessIntegers: true });

// Node's http module with keep-alive, as load generators use: fetch's web streams
// would add their own ~1 ms per response to what is measured.
function poster(url: string) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: input.concurrency });
  const target = new URL(url);
  let lastBytes = 0;
  const post = (query: string, variables: Record<string, unknown>): Promise<unknown> => {
    const body = JSON.stringify({ query, variables });
    return new Promise((resolve, reject) => {
      const req = http.request(
        target,
        { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            lastBytes = Buffer.byteLength(text);
            const answer = JSON.parse(text) as { data?: unknown; errors?: unknown[] };
            if (answer.errors) reject(new Error(`${url}: ${JSON.stringify(answer.errors).slice(0, 500)}`));
            else resolve(answer.data);
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  };
  return { post, agent, bytes: () => lastBytes };
}

const api = poster(input.apiUrl);
const peer = poster(input.peerUrl);

function runner(shape: Shape): Record<PathName, (i: ShapeInput) => Promise<unknown>> {
  return {
    api: (i) => api.post(shape.api.query, i.api),
    peer: (i) => peer.post(shape.peer.query, i.peer),
    raw: async (i) => {
      const { records } = await driver.executeQuery(shape.raw.cypher, i.raw, { database: input.neo4j.database, routing: neo4j.routing.READ });
      return records[0]?.get('view');
    },
    auto: async (i) => {
      const session = driver.session({ database: input.neo4j.database, defaultAccessMode: neo4j.session.READ });
      try {
        const { records } = await session.run(shape.raw.cypher, i.raw);
        return records[0]?.get('view');
      } finally {
        await session.close();
      }
    },
  };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const sortedCopy = (xs: number[]) => [...xs].sort((a, b) => a - b);
const ms = (n: number) => Math.round(n * 100) / 100;
/** The order of the paths in round `i`: each goes first, second… equally often. */
const rotation = (i: number): PathName[] => [...PATHS.slice(i % PATHS.length), ...PATHS.slice(0, i % PATHS.length)];

async function measure(shape: Shape): Promise<ShapeFigures> {
  const run = runner(shape);
  // Same data three ways, or the comparison means nothing.
  for (const i of shape.inputs.slice(0, 3)) {
    const view = await run.raw(i);
    const raw = shape.raw.canonical ? shape.raw.canonical(view) : view;
    const viaApi = shape.api.canonical(await run.api(i));
    const viaPeer = shape.peer.canonical(await run.peer(i));
    for (const [name, value] of [['API', viaApi], ['@neo4j/graphql', viaPeer]] as const) {
      if (!isDeepStrictEqual(value, raw)) {
        throw new Error(`${shape.name}: ${name} and the raw query differ for ${JSON.stringify(i.raw)}:\n${JSON.stringify(value).slice(0, 1500)}\n---\n${JSON.stringify(raw).slice(0, 1500)}`);
      }
    }
  }
  await run.api(shape.inputs[0]!);
  const apiBytes = api.bytes();

  // Warm this shape's query plans again (all shapes were warmed first), then time the paths in turn.
  for (let i = 0; i < 30; i++) for (const path of rotation(i)) await run[path](shape.inputs[i % shape.inputs.length]!);
  const latency = Object.fromEntries(PATHS.map((p) => [p, [] as number[][]])) as Record<PathName, number[][]>;
  const perRound = Math.ceil(input.iterations / input.rounds);
  for (let i = 0; i < input.iterations; i++) {
    const round = Math.floor(i / perRound);
    const item = shape.inputs[i % shape.inputs.length]!;
    for (const path of rotation(i)) {
      const t = performance.now();
      await run[path](item);
      (latency[path][round] ??= []).push(performance.now() - t);
    }
  }

  // Throughput: `concurrency` requests in flight, the paths taking turns over the rounds.
  const done = Object.fromEntries(PATHS.map((p) => [p, 0])) as Record<PathName, number>;
  const slice = input.throughputMs / input.rounds;
  for (let round = 0; round < input.rounds; round++) {
    for (const path of rotation(round)) {
      const until = performance.now() + slice;
      await Promise.all(
        Array.from({ length: input.concurrency }, async (_, w) => {
          for (let i = w; performance.now() < until; i += input.concurrency) {
            await run[path](shape.inputs[i % shape.inputs.length]!);
            done[path]++;
          }
        }),
      );
    }
  }

  const figures = (path: PathName): PathFigures => {
    const all = sortedCopy(latency[path].flat());
    return {
      p50: ms(percentile(all, 50)),
      p99: ms(percentile(all, 99)),
      rps: Math.round(done[path] / (input.throughputMs / 1000)),
      roundP50: latency[path].map((r) => ms(percentile(sortedCopy(r), 50))),
    };
  };
  return { name: shape.name, apiBytes, paths: Object.fromEntries(PATHS.map((p) => [p, figures(p)])) as Record<PathName, PathFigures> };
}

try {
  const shapes = benchShapes(syntheticGraph(BENCH_SHAPE)).filter((s) => input.only.length === 0 || input.only.includes(s.name));
  // Every path runs every shape before any is timed: the servers' code is compiled by the
  // JIT, Neo4j's pages are cached, so the first shape measured is not the coldest.
  for (const shape of shapes) {
    const run = runner(shape);
    for (const input of shape.inputs) for (const path of PATHS) await run[path](input);
  }
  const results: ShapeFigures[] = [];
  for (const shape of shapes) {
    const started = performance.now();
    results.push(await measure(shape));
    console.log(`  ${shape.name}: measured in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  process.send!({ shapes: results } satisfies ClientOutput);
} finally {
  await driver.close();
  api.agent.destroy();
  peer.agent.destroy();
  process.disconnect();
}
