// One test per limit: article size, request body, batches, ids and page sizes, the
// armor limits on an operation, and the server-side time limit of a query.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARMOR_LIMITS } from '../../src/api/armor.js';
import { toGlobalId } from '../../src/api/ids.js';
import { loadConfig } from '../../src/config.js';
import type { GraphDb } from '../../src/store/graph-db.js';
import { openTestGraph } from '../support/test-graph.js';
import { INGEST_MUTATION, INGEST_TOKEN, countNodes, startTestApi, type TestApi } from './support/http-api.js';

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

describe('time limit', () => {
  it('a query running past QUERY_TIMEOUT_MS is stopped by Neo4j → TIMEOUT, and the server answers the next one', async () => {
    // A dense cluster: 150 units all linked to one another, so a depth-3 neighbourhood walks ~3M paths,
    // seconds of work. Neo4j checks timeouts every 2 s (db.transaction.monitor.check.interval), so
    // the query is stopped between 0.1 and ~2.1 s in.
    await db.write((tx) =>
      tx.run(
        `UNWIND range(0, $n - 1) AS i CREATE (:Entity:Unit {id: 'unit_dense' + i, name: '密集单位' + i, aliases: []})
         WITH count(*) AS made
         MATCH (a:Unit), (b:Unit) WHERE a.id STARTS WITH 'unit_dense' AND b.id STARTS WITH 'unit_dense' AND a <> b
         CREATE (a)-[:PART_OF {evidence: []}]->(b)`,
        { n: 150 },
      ),
    );
    const slow = await startTestApi(db, { QUERY_TIMEOUT_MS: '100' });
    try {
      const id = toGlobalId('Unit', 'unit_dense0');
      const started = Date.now();
      const result = await slow.post(`{ neighborhood(id: "${id}", depth: 3, limit: 500) { nodes { id } } }`);
      const elapsed = Date.now() - started;
      expect(result.body.errors?.[0]?.extensions?.code, result.text.slice(0, 300)).toBe('TIMEOUT');
      expect(result.body.errors[0].message).toMatch(/took too long/);
      expect(elapsed).toBeLessThan(4_000);
      const quick = await slow.post(`{ neighborhood(id: "${id}", depth: 1, limit: 5) { nodes { id } } }`);
      expect(quick.body.data.neighborhood.nodes).toHaveLength(5);
    } finally {
      await slow.stop();
    }
  });
});
