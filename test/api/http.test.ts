// End to end over real HTTP: the server as `npm start` runs it (Express,
// Apollo, armor, playground), on the embedded Neo4j with the seed articles.
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../../src/api/server.js';
import { toGlobalId } from '../../src/api/ids.js';
import { createLogger } from '../../src/logger.js';
import { loadSeedArticles } from '../../src/loader/index.js';
import { GraphDb } from '../../src/store/graph-db.js';
import { openTestGraph } from '../support/test-graph.js';
import { readExample, testConfig } from './support/harness.js';

let db: GraphDb;
const servers: ApiServer[] = [];
const INGEST_TOKEN = 'http-test-ingest-token-0123456789';
const start = async (env: Record<string, string> = {}, graph: GraphDb = db) => {
  const config = testConfig({ PORT: '0', INGEST_TOKENS: INGEST_TOKEN, ...env });
  const server = await startApiServer({ db: graph, config, logger: createLogger('silent') });
  servers.push(server);
  return server;
};

let api: ApiServer;
beforeAll(async () => {
  db = await openTestGraph();
  await loadSeedArticles(db, 'seed/articles');
  // A fact whose evidence points to no article: reading its sentence is a server bug.
  await db.write((tx) =>
    tx.run(`CREATE (:Entity:Person {id: 'person_broken', name: '测试人', aliases: []})
              -[:MEMBER_OF {role: '', evidence: ['art_missing:0:5']}]->(:Entity:Unit {id: 'unit_broken', name: '测试单位', aliases: []})`),
  );
  api = await start();
});
afterAll(async () => {
  for (const s of servers) await s.stop();
  await db?.close();
});

const post = async (url: string, query: string, variables: Record<string, unknown> = {}, token?: string) => {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return { status: res.status, body: (await res.json()) as any };
};

describe('GraphQL over HTTP', () => {
  it('answers an example query, with its round trips outside production', async () => {
    const { status, body } = await post(api.url, readExample('unit-subtree-honours'), { name: '泰州市公安局海陵分局' });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.entitiesByName[0].honours.totalCount).toBeGreaterThan(5);
    expect(body.extensions.roundTrips).toBe(1);
  });

  it('ingests and deletes an article through the mutations', async () => {
    const input = { text: '泰州市公安局海陵分局城北派出所民警王强荣立个人三等功。', url: 'https://example.test/http-e2e' };
    const created = await post(api.url, readExample('ingest-article'), { input }, INGEST_TOKEN);
    expect(created.body.data.ingestArticle.status).toBe('CREATED');
    // The article comes back from the transaction that wrote it: an answer that says the
    // write failed (a later read timing out, say) never hides an article that landed.
    expect(created.body.extensions.roundTrips).toBe(1);
    const id = created.body.data.ingestArticle.article.id;
    const deleted = await post(api.url, readExample('delete-article'), { id }, INGEST_TOKEN);
    expect(deleted.body.data.deleteArticle.deletedId).toBe(id);
  });

  it('reports bad input, unknown ids and refused operations with codes', async () => {
    const garbage = await post(api.url, readExample('node-by-id'), { id: '!!!' });
    expect(garbage.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const unknown = await post(api.url, readExample('node-by-id'), { id: toGlobalId('Unit', 'unit_none') });
    expect(unknown.body).toMatchObject({ data: { node: null } });
    const wrongType = await post(api.url, readExample('delete-article'), { id: toGlobalId('Unit', 'unit_none') }, INGEST_TOKEN);
    expect(wrongType.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    // Variables of the wrong type are refused before anything runs, with HTTP 400.
    const badVariable = await post(api.url, `query ($n: Int) { search(query: "派出所", first: $n) { totalCount } }`, { n: 1.5 });
    expect(badVariable.status).toBe(400);
    expect(badVariable.body.errors[0]).toMatchObject({ message: expect.stringContaining('$n'), extensions: { code: 'BAD_USER_INPUT' } });
    expect(badVariable.body.data).toBeUndefined();
  });

  it('refuses operations past the armor limits before running them', async () => {
    const deep = `{ search(query: "派出所") { nodes { ... on Unit { ${'parent { '.repeat(13)} name ${'} '.repeat(13)} } } } }`;
    const tooDeep = await post(api.url, deep);
    expect(tooDeep.body.errors[0].message).toMatch(/depth/i);
    expect(tooDeep.body.data).toBeUndefined();
    const aliases = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: stats { nodes }`).join(' ')} }`;
    expect((await post(api.url, aliases)).body.errors[0].message).toMatch(/alias/i);
    const costly = `{ search(query: "派出所", first: 100) { nodes { ... on Unit { descendants(first: 100) { nodes { members(first: 100) { nodes { person { honours(first: 100) { nodes { year honour { name } } } } } } } } } } } }`;
    expect((await post(api.url, costly)).body.errors[0].message).toMatch(/cost/i);
    // A connection chain four lists deep, as the examples use, passes.
    const ok = await post(api.url, `{ search(query: "派出所", first: 5) { nodes { ... on Unit { children(first: 5) { nodes { members(first: 5) { nodes { person { honours(first: 5) { nodes { honour { name } evidence { sentence article { title } } } } } } } } } } } } }`);
    expect(ok.body.errors).toBeUndefined();
  });

  it('answers alike whether Express reads the request or not (graphql-over-http.ts)', async () => {
    // A plain JSON POST goes straight to Apollo; a gzipped one through Express.
    const send = (body: string, gzip: boolean) =>
      fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(gzip ? { 'content-encoding': 'gzip' } : {}) },
        body: gzip ? gzipSync(body) : body,
      }).then(async (res) => ({ status: res.status, type: res.headers.get('content-type'), body: await res.json() }));
    const query = JSON.stringify({ query: readExample('lookup-by-name'), variables: { name: '东进警务站' } });
    for (const body of [query, '{"query": ', JSON.stringify([{ query: '{ stats { nodes } }' }])]) {
      const [direct, viaExpress] = [await send(body, false), await send(body, true)];
      expect(direct).toEqual(viaExpress);
    }
    expect((await send(query, false)).body.data.entitiesByName[0].name).toBe('东进警务工作服务站');
  });

  it('hides the internals of an unexpected error', async () => {
    const query = `{ node(id: "${toGlobalId('Unit', 'unit_broken')}") { ... on Unit { members { nodes { evidence { sentence } } } } } }`;
    const { body } = await post(api.url, query);
    expect(body.errors[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(body.errors)).not.toMatch(/art_missing|stacktrace|\.ts:/);
  });

  it('reports an unreachable database as SERVICE_UNAVAILABLE', async () => {
    const nowhere = GraphDb.connect({ uri: 'bolt://127.0.0.1:9', user: 'neo4j', password: '', database: 'neo4j', queryTimeoutMs: 1000 });
    try {
      const down = await start({}, nowhere);
      const { body } = await post(down.url, readExample('lookup-by-name'), { name: '东进警务站' });
      expect(body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(body.errors[0].message).not.toMatch(/9|ECONNREFUSED/);
    } finally {
      await nowhere.close();
    }
  });
});

describe('operations the API does not run', () => {
  const postOperation = async (url: string, body: Record<string, unknown>, token?: string) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
    const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as any };
  };

  it('a subscription → 400 "subscriptions are not supported", no stack trace in any mode', async () => {
    for (const NODE_ENV of ['production', 'development']) {
      const server = await start({ NODE_ENV });
      const { status, body } = await postOperation(server.url, { query: 'subscription { stats { nodes } }' });
      expect(status, NODE_ENV).toBe(400);
      expect(body.errors[0].message).toMatch(/subscriptions are not supported/i);
      expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
      expect(JSON.stringify(body), NODE_ENV).not.toMatch(/stacktrace|\.ts:|\.js:/);
    }
  });

  it('an unknown operationName → 400 OPERATION_RESOLUTION_FAILURE, and nothing runs', async () => {
    const articles = () => db.read<{ n: number }>('MATCH (a:Article) RETURN count(a) AS n').then(([r]) => r!.n);
    const before = await articles();
    const mutation = `mutation Ingest { ingestArticle(input: { text: "杭州市公安局上城分局民警李强荣立个人二等功。" }) { status } }`;
    for (const NODE_ENV of ['production', 'development']) {
      const server = await start({ NODE_ENV });
      const { status, body } = await postOperation(server.url, { query: mutation, operationName: 'MyQuery' }, INGEST_TOKEN);
      expect(status, NODE_ENV).toBe(400);
      expect(body.errors[0].extensions.code).toBe('OPERATION_RESOLUTION_FAILURE');
      expect(body.errors[0].message).toMatch(/MyQuery/);
      expect(JSON.stringify(body)).not.toMatch(/stacktrace/);
    }
    expect(await articles()).toBe(before);
  });
});

describe('stats', () => {
  it('counts the nodes it lists by label: articles and entities, not the alias index', async () => {
    const { body } = await post(api.url, '{ stats { nodes relationships nodesByLabel { label count } relationshipsByType { count } } }');
    const { nodes, relationships, nodesByLabel, relationshipsByType } = body.data.stats;
    const sum = (list: { count: number }[]) => list.reduce((n, l) => n + l.count, 0);
    expect(nodesByLabel.find((l: { label: string }) => l.label === 'Article').count).toBeGreaterThan(0);
    expect(nodes).toBe(sum(nodesByLabel));
    expect(relationships).toBe(sum(relationshipsByType));
  });
});

describe('per environment', () => {
  it('production: no introspection, no stack traces, no round-trip extension, no field suggestions', async () => {
    const prod = await start({ NODE_ENV: 'production', PLAYGROUND: 'false' });
    const introspection = await post(prod.url, '{ __schema { types { name } } }');
    expect(introspection.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const typo = await post(prod.url, '{ stat { nodes } }');
    expect(typo.body.errors[0].message).not.toMatch(/Did you mean/);
    const ok = await post(prod.url, '{ stats { nodes } }');
    expect(ok.body.data.stats.nodes).toBeGreaterThan(0);
    expect(ok.body.extensions).toBeUndefined();
    const page = await fetch(prod.url, { headers: { accept: 'text/html,*/*;q=0.8' } });
    expect(await page.text()).not.toContain('graphiql');
  });

  it('development: introspection on and errors with their stack', async () => {
    const dev = await start({ NODE_ENV: 'development' });
    const introspection = await post(dev.url, '{ __schema { queryType { name } } }');
    expect(introspection.body.data.__schema.queryType.name).toBe('Query');
    const query = `{ node(id: "${toGlobalId('Unit', 'unit_broken')}") { ... on Unit { members { nodes { evidence { sentence } } } } } }`;
    const { body } = await post(dev.url, query);
    expect(body.errors[0].message).toContain('art_missing');
    expect(body.errors[0].extensions.stacktrace).toBeDefined();
  });
});

describe('offline playground', () => {
  const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

  it('serves GraphiQL to browsers from local assets only', async () => {
    const res = await fetch(api.url, { headers: { accept: BROWSER_ACCEPT } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).not.toMatch(/https?:\/\//); // nothing from a CDN
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(assets).toHaveLength(5);
    const origin = new URL(api.url).origin;
    for (const asset of assets) {
      expect(asset.startsWith('/playground/')).toBe(true);
      const file = await fetch(origin + asset);
      expect(file.status, asset).toBe(200);
      expect(file.headers.get('content-type'), asset).toMatch(asset.endsWith('.css') ? /text\/css/ : /javascript/);
      const body = await file.text();
      expect(body.length, asset).toBeGreaterThan(asset.endsWith('init.js') ? 100 : 10_000);
    }
  });

  it('leaves GraphQL GET requests and non-browser clients to Apollo', async () => {
    const get = await fetch(`${api.url}?query=${encodeURIComponent('{ stats { nodes } }')}`, {
      headers: { accept: BROWSER_ACCEPT, 'apollo-require-preflight': 'true' },
    });
    const text = await get.text();
    expect(JSON.parse(text).data.stats.nodes, text).toBeGreaterThan(0);
    const curl = await fetch(api.url, { headers: { accept: '*/*' } });
    expect(curl.headers.get('content-type')).not.toMatch(/text\/html/);
  });

  it('answers health and readiness', async () => {
    const origin = new URL(api.url).origin;
    expect(await (await fetch(`${origin}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${origin}/readyz`)).json()).toEqual({ status: 'ready' });
    // Readiness with the database gone is covered by test/hardening/database-faults.test.ts.
  });
});
