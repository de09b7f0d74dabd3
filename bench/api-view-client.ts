// The benchmark's client, a process of its own so that its requests, JSON
// parsing and garbage live apart from the server, as a real client's would:
// it fetches the relationship view through the API over HTTP and the same
// data by one hand-written Cypher query through its own neo4j-driver.
// Started by api-relationship-view.ts, which sends a ClientInput and gets a ClientOutput.
import { once } from 'node:events';
import http from 'node:http';
import { isDeepStrictEqual } from 'node:util';
import neo4j from 'neo4j-driver';

export interface ClientInput {
  apiUrl: string;
  apiQuery: string;
  /** Global ids (for the API) and store ids (for Cypher) of the views' root units. */
  roots: { globalId: string; storeId: string }[];
  neo4j: { uri: string; user: string; password: string; database: string };
  rawQuery: string;
  iterations: number;
  concurrency: number;
  throughputMs: number;
}

export interface PathFigures {
  p50: number;
  p99: number;
  rps: number;
}

export interface ClientOutput {
  view: { children: number; members: number; honours: number; bytes: number };
  api: PathFigures;
  raw: PathFigures;
}

const [input] = (await once(process, 'message')) as [ClientInput];
const auth = input.neo4j.password ? neo4j.auth.basic(input.neo4j.user, input.neo4j.password) : undefined;
const driver = neo4j.driver(input.neo4j.uri, auth, { disableLosslessIntegers: true });

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const ms = (n: number) => Math.round(n * 100) / 100;

// Node's http module with keep-alive, as load generators use: fetch's web streams
// would add their own ~1 ms per response to what is measured.
const agent = new http.Agent({ keepAlive: true, maxSockets: input.concurrency });
const apiUrl = new URL(input.apiUrl);

function post(body: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      apiUrl,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

let lastBytes = 0;
async function viaApi(root: ClientInput['roots'][number]): Promise<unknown> {
  const text = await post(JSON.stringify({ query: input.apiQuery, variables: { id: root.globalId } }));
  lastBytes = Buffer.byteLength(text);
  const body = JSON.parse(text) as { data?: { node: unknown }; errors?: unknown[] };
  if (body.errors) throw new Error(`API error: ${JSON.stringify(body.errors)}`);
  return body.data!.node;
}

async function viaDriver(root: ClientInput['roots'][number]): Promise<unknown> {
  const result = await driver.executeQuery(input.rawQuery, { id: root.storeId }, { database: input.neo4j.database, routing: neo4j.routing.READ });
  return result.records[0]!.get('view') as unknown;
}

async function throughput(run: (root: ClientInput['roots'][number]) => Promise<unknown>): Promise<number> {
  let done = 0;
  const until = performance.now() + input.throughputMs;
  await Promise.all(
    Array.from({ length: input.concurrency }, async (_, w) => {
      for (let i = w; performance.now() < until; i += input.concurrency) {
        await run(input.roots[i % input.roots.length]!);
        done++;
      }
    }),
  );
  return done / (input.throughputMs / 1000);
}

try {
  const { roots } = input;
  // Same data, or the comparison means nothing.
  for (const root of roots.slice(0, 5)) {
    if (!isDeepStrictEqual(await viaApi(root), await viaDriver(root))) throw new Error(`API and raw query differ for ${root.storeId}`);
  }
  type View = { children: { nodes: { members: { nodes: { person: { honours: { nodes: unknown[] } } }[] } }[] } };
  const sample = (await viaApi(roots[0]!)) as View;
  const members = sample.children.nodes.flatMap((c) => c.members.nodes);
  const view = {
    children: sample.children.nodes.length,
    members: members.length,
    honours: members.reduce((n, m) => n + m.person.honours.nodes.length, 0),
    bytes: lastBytes,
  };

  // Warm both paths (JIT, page cache, query plans), then interleave so drift hits both alike.
  for (let i = 0; i < 50; i++) {
    await viaApi(roots[i % roots.length]!);
    await viaDriver(roots[i % roots.length]!);
  }
  const latency = { api: [] as number[], raw: [] as number[] };
  for (let i = 0; i < input.iterations; i++) {
    const root = roots[i % roots.length]!;
    let t = performance.now();
    await viaDriver(root);
    latency.raw.push(performance.now() - t);
    t = performance.now();
    await viaApi(root);
    latency.api.push(performance.now() - t);
  }
  const rps = { raw: await throughput(viaDriver), api: await throughput(viaApi) };
  const figures = (name: 'api' | 'raw'): PathFigures => {
    const sorted = [...latency[name]].sort((a, b) => a - b);
    return { p50: ms(percentile(sorted, 50)), p99: ms(percentile(sorted, 99)), rps: Math.round(rps[name]) };
  };
  process.send!({ view, api: figures('api'), raw: figures('raw') } satisfies ClientOutput);
} finally {
  await driver.close();
  agent.destroy();
  process.disconnect();
}
