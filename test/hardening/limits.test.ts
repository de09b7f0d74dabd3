// One test per limit: article size, request body, batches, ids and page sizes, the
// armor limits on an operation, and the server-side time limit of a query.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARMOR_LIMITS } from '../../src/api/armor.js';
import { toGlobalId } from '../../src/api/ids.js';
import { loadConfig } from '../../src/config.js';
import { createErrorFormatter } from '../../src/api/errors.js';
import { ingestArticle } from '../../src/loader/index.js';
import { createLogger } from '../../src/logger.js';
import { GraphDb } from '../../src/store/graph-db.js';
import { clearGraph, countNodes, openTestGraph } from '../support/test-graph.js';
import { INGEST_MUTATION, INGEST_TOKEN, startTestApi, type TestApi } from './support/http-api.js';

const MAX_ARTICLE_BYTES = 3_000;
const MAX_BODY_BYTES = 32_768;

let db: GraphDb;
let api: TestApi;
beforeAll(async () => {
  db = await openTestGraph();
  api = await startTestApi(db, { MAX_ARTICLE_BYTES: String(MAX_ARTICLE_BYTES), MAX_BODY_BYTES: String(MAX_BODY_BYTES) });
});
afterAll(async () => {
  await api?.stop();
  await db?.close();
});

const limitOf = (result: { body: any }) => result.body.errors?.[0]?.extensions;

describe('input', () => {
  it('article size: over MAX_ARTICLE_BYTES (default 1 MB) → BAD_USER_INPUT with reason TOO_LARGE, nothing written', async () => {
    expect(loadConfig({}).MAX_ARTICLE_BYTES).toBe(1024 * 1024);
    // 1,100 CJK characters are 3,300 bytes of UTF-8, under the body limit.
    const text = `上海市公安局徐汇分局民警王伟荣立个人三等功。${'警'.repeat(1_100)}`;
    const result = await api.post(INGEST_MUTATION, { input: { text } }, { token: INGEST_TOKEN });
    expect(result.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_LARGE' });
    expect(await countNodes(db)).toBe(0);
  });

  it('article fields: bad dates, urls that are not http(s), oversized strings → BAD_USER_INPUT naming the field, nothing written', async () => {
    const text = '上海市公安局徐汇分局民警王伟荣立个人三等功。';
    const bad: [string, string][] = [
      ['publishedAt', '2024-13-45<script>alert(1)</script>'],
      ['publishedAt', '0000-00-00'],
      ['publishedAt', '2024-02-31T99:99'],
      ['publishedAt', '2024-02-28T24:00'],
      ['publishedAt', `2024-01-01${'x'.repeat(4_000)}`],
      ['url', 'javascript:alert(1)'],
      ['url', 'ftp://example.test/a'],
      ['url', `https://example.test/${'a'.repeat(9_000)}`],
      ['title', '标'.repeat(9_010)],
      ['source', '源'.repeat(4_010)],
    ];
    for (const [field, value] of bad) {
      const result = await api.post(INGEST_MUTATION, { input: { text, [field]: value } }, { token: INGEST_TOKEN });
      const error = result.body.errors?.[0];
      expect(error?.extensions, `${field} = ${value.slice(0, 40)}: ${result.text.slice(0, 200)}`).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(error.message.startsWith(`${field}:`)).toBe(true);
    }
    expect(await countNodes(db)).toBe(0);
    // A date and time is stored in one form, whatever form it came in.
    const ok = await api.post(INGEST_MUTATION, { input: { text, url: 'https://example.test/a', publishedAt: '2024-02-29 08:05' } }, { token: INGEST_TOKEN });
    expect(ok.body.errors).toBeUndefined();
    const [article] = await db.read<{ publishedAt: string }>('MATCH (a:Article) RETURN a.publishedAt AS publishedAt');
    expect(article?.publishedAt).toBe('2024-02-29T08:05:00');
    await clearGraph(db);
  });

  it('request body: over MAX_BODY_BYTES → 413 PAYLOAD_TOO_LARGE as GraphQL-shaped JSON', async () => {
    const result = await api.post(INGEST_MUTATION, { input: { text: '警'.repeat(MAX_BODY_BYTES) } }, { token: INGEST_TOKEN });
    expect(result.status).toBe(413);
    expect(result.body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(result.body.errors[0].message).toMatch(/MAX_BODY_BYTES/);
    expect(await countNodes(db)).toBe(0);
  });

  it('a body that is not JSON → 400 BAD_REQUEST as JSON', async () => {
    const result = await api.post('', {}, { raw: '{"query": "{ stats { nodes } }"' });
    expect(result.status).toBe(400);
    expect(result.body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('batched requests → 400 BATCHED_REQUESTS_DISABLED, no operation of the batch runs', async () => {
    const op = { query: INGEST_MUTATION, variables: { input: { text: '杭州市公安局上城分局民警李强荣立个人二等功。' } } };
    const result = await api.post('', {}, { raw: JSON.stringify([op, op]), token: INGEST_TOKEN });
    expect(result.status).toBe(400);
    expect(result.body.errors[0].extensions.code).toBe('BATCHED_REQUESTS_DISABLED');
    expect(await countNodes(db)).toBe(0);
  });

  it('ids: anything but an id this API issued → BAD_USER_INPUT', async () => {
    const bad = ['', '!!!', 'VW5pdDo=', toGlobalId('Unit', 'x'.repeat(200)), Buffer.from('Unit:a b').toString('base64'), Buffer.from('Nope:unit_1').toString('base64')];
    for (const id of bad) {
      const result = await api.post('query($id: ID!) { node(id: $id) { id } }', { id });
      expect(result.body.errors?.[0]?.extensions?.code, id).toBe('BAD_USER_INPUT');
    }
    const article = await api.post('query($id: ID!) { neighborhood(id: $id) { truncated } }', { id: toGlobalId('Article', 'art_1') });
    expect(article.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('long strings and long lists: refused by their size, before any work → BAD_USER_INPUT naming the argument', async () => {
    const name = await api.post('query($name: String!) { entitiesByName(name: $name) { name } }', { name: '某'.repeat(10_000) });
    expect(name.status).toBe(400);
    expect(name.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'name' });
    const query = await api.post('query($q: String!) { search(query: $q) { totalCount } }', { q: '派出所'.repeat(3_000) });
    expect(query.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'query' });
    const types = await api.post('query($types: [EntityType!]) { entitiesByName(name: "派出所", types: $types) { name } }', {
      types: Array(3_000).fill('Unit'),
    });
    expect(types.status).toBe(400);
    expect(types.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'types' });
    expect(types.body.data).toBeUndefined();
  });

  it('a corrupt gzip or brotli body → 400 BAD_REQUEST as JSON, no stack trace', async () => {
    const dev = await startTestApi(db, { NODE_ENV: 'development' });
    try {
      for (const encoding of ['gzip', 'br', 'deflate']) {
        const res = await dev.postBytes(Buffer.from('this is not compressed at all, not even close'), { 'content-encoding': encoding });
        expect(res.status, encoding).toBe(400);
        expect(res.body?.errors?.[0]?.extensions?.code, `${encoding}: ${res.text.slice(0, 200)}`).toBe('BAD_REQUEST');
        expect(res.text).not.toMatch(/zlib|at .*\.js|stack/i);
      }
    } finally {
      await dev.stop();
    }
  });

  it('page sizes and graph bounds: outside their ranges → BAD_USER_INPUT', async () => {
    for (const first of [-1, 101, 2 ** 31 - 1]) {
      const result = await api.post('query($first: Int) { search(query: "派出所", first: $first) { totalCount } }', { first });
      expect(result.body.errors[0].extensions.code, String(first)).toBe('BAD_USER_INPUT');
    }
    const id = toGlobalId('Unit', 'unit_1');
    for (const args of ['depth: 4', 'depth: 0', 'limit: 501', 'limit: -5']) {
      const result = await api.post(`{ neighborhood(id: "${id}", ${args}) { truncated } }`);
      expect(result.body.errors[0].extensions.code, args).toBe('BAD_USER_INPUT');
    }
    const hops = await api.post(`{ path(from: "${id}", to: "${id}", maxHops: 7) { length } }`);
    expect(hops.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('operation limits (armor) → QUERY_LIMIT_EXCEEDED with the limit named, before anything runs', () => {
  const expectLimit = async (query: string, limit: string) => {
    const result = await api.post(query);
    expect(result.status).toBe(400);
    expect(result.body.data).toBeUndefined();
    expect(limitOf(result)).toEqual({ code: 'QUERY_LIMIT_EXCEEDED', limit });
  };

  it('depth', async () => {
    const n = ARMOR_LIMITS.maxDepth;
    await expectLimit(`{ search(query: "派出所") { nodes { ... on Unit { ${'parent { '.repeat(n)} name ${'} '.repeat(n)} } } } }`, 'depth');
  });

  it('cost', async () => {
    await expectLimit(
      '{ search(query: "派出所", first: 100) { nodes { ... on Unit { descendants(first: 100) { nodes { members(first: 100) { nodes { person { honours(first: 100) { nodes { year honour { name } } } } } } } } } } } }',
      'cost',
    );
  });

  it('cost, with the page sizes in variables', async () => {
    const query = `query($n: Int) { search(query: "派出所", first: $n) { nodes { ... on Unit { descendants(first: $n) { nodes {
      members(first: $n) { nodes { person { honours(first: $n) { nodes { year honour { name } } } } } } } } } } } }`;
    const result = await api.post(query, { n: 100 });
    expect(result.status).toBe(400);
    expect(result.body.data).toBeUndefined();
    expect(limitOf(result)).toEqual({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'cost' });
    // The same document with small pages runs.
    expect((await api.post(query, { n: 2 })).body.errors).toBeUndefined();
    // Through a named fragment on an interface's type, too.
    const viaFragment = `query($n: Int) { search(query: "派出所", first: $n) { nodes { ...Deep } } }
      fragment Deep on Unit { descendants(first: $n) { nodes { members(first: $n) { nodes { person { honours(first: $n) { nodes { year } } } } } } } }`;
    expect(limitOf(await api.post(viaFragment, { n: 100 }))).toEqual({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'cost' });
  });

  it('cost: an article text counts as expensive, also as the article of an evidence', async () => {
    const withText = '{ search(query: "派出所", first: 20) { nodes { ... on Unit { members(first: 100) { nodes { evidence { sentence article { text } } } } } } } }';
    await expectLimit(withText, 'cost');
    expect((await api.post(withText.replace('text', 'title'))).body.errors).toBeUndefined();
  });

  it('response size: a response over MAX_RESPONSE_BYTES is not sent → QUERY_LIMIT_EXCEEDED', async () => {
    await ingestArticle(db, { text: `上海市公安局徐汇分局民警王伟荣立个人三等功。${'他说,这是大家的功劳。'.repeat(200)}` }, { name: 'long-text' });
    const small = await startTestApi(db, { MAX_RESPONSE_BYTES: '2048' });
    try {
      const big = await small.post('{ articles(first: 5) { nodes { text } } }');
      expect(big.status).toBe(400);
      expect(big.body.data).toBeUndefined();
      expect(limitOf(big)).toEqual({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'responseSize' });
      expect(big.body.errors[0].message).toMatch(/MAX_RESPONSE_BYTES/);
      expect((await small.post('{ articles(first: 5) { nodes { title } } }')).body.errors).toBeUndefined();
    } finally {
      await small.stop();
      await clearGraph(db);
    }
  });

  it('aliases', async () => {
    await expectLimit(`{ ${Array.from({ length: ARMOR_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: stats { nodes }`).join(' ')} }`, 'aliases');
  });

  it('tokens', async () => {
    await expectLimit(`{ stats { ${'nodes '.repeat(ARMOR_LIMITS.maxTokens)} } }`, 'tokens');
  });

  it('directives', async () => {
    await expectLimit(`{ stats { nodes ${'@include(if: true) '.repeat(ARMOR_LIMITS.maxDirectives + 1)} } }`, 'directives');
  });
});

describe('time limit (QUERY_TIMEOUT_MS, a Neo4j transaction timeout)', () => {
  // The limit belongs to the connection (GraphDb), as openGraph builds it from QUERY_TIMEOUT_MS.
  const connectWithTimeout = (queryTimeoutMs: number) =>
    GraphDb.connect({ uri: process.env.NEO4J_URI!, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '', database: 'neo4j', queryTimeoutMs });

  it('a read past the limit is stopped by Neo4j and reported as TIMEOUT', async () => {
    const quick = connectWithTimeout(100);
    try {
      const started = Date.now();
      const error = await quick.read('UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 100 RETURN count(*) AS n').catch((e: unknown) => e);
      // Neo4j checks timeouts on a monitor tick (about a second here), not to the millisecond.
      expect(Date.now() - started).toBeLessThan(5_000);
      const format = createErrorFormatter({ development: false, logger: createLogger('silent') });
      expect(format({ message: (error as Error).message }, error)).toMatchObject({ extensions: { code: 'TIMEOUT' }, message: expect.stringMatching(/took too long/) });
    } finally {
      await quick.close();
    }
  });

  it('a mutation stuck behind a lock is stopped → TIMEOUT over HTTP, nothing written, the server answers the next request', async () => {
    const text = '上海市公安局徐汇分局民警王伟荣立个人三等功。';
    await ingestArticle(db, { text }, { name: 'lock-holder' });
    const before = await countNodes(db);
    // Planned once with a normal timeout: planning a query afresh can itself take 100 ms.
    expect((await api.post('{ stats { nodes } }')).body.data).toBeDefined();
    const quick = connectWithTimeout(100);
    const slow = await startTestApi(quick);
    // Another transaction holds the honour's write lock and never finishes in time.
    const session = db.driver.session();
    const holder = await session.beginTransaction();
    try {
      await holder.run('MATCH (h:Honour) SET h.lockedByTest = true');
      const started = Date.now();
      const result = await slow.post(INGEST_MUTATION, { input: { text: '上海市公安局徐汇分局民警李强荣立个人三等功。' } }, { token: INGEST_TOKEN });
      expect(result.body.errors?.[0]?.extensions?.code, result.text.slice(0, 300)).toBe('TIMEOUT');
      expect(Date.now() - started).toBeLessThan(10_000);
      const graphNodes = await countNodes(db, 'MATCH (n) WHERE n:Article OR n:Entity RETURN count(n) AS n');
      const stats = await slow.post('{ stats { nodes } }');
      expect(stats.body.data?.stats.nodes, stats.text).toBe(graphNodes);
    } finally {
      await holder.rollback();
      await session.close();
      await slow.stop();
      await quick.close();
    }
    expect(await countNodes(db)).toBe(before);
  });
});
