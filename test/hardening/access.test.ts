// Access rules, one test each: who may mutate, who may read, and what a refusal looks like.
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenSet, accessPolicy, bearerToken } from '../../src/api/auth.js';
import { loadConfig } from '../../src/config.js';
import type { GraphDb } from '../../src/store/graph-db.js';
import { countNodes, openTestGraph } from '../support/test-graph.js';
import { INGEST_MUTATION, INGEST_TOKEN, READ_TOKEN, SECOND_INGEST_TOKEN, startTestApi, type HttpResult, type TestApi } from './support/http-api.js';

let db: GraphDb;
const apis: TestApi[] = [];
const start = async (env: Record<string, string> = {}, logger?: Parameters<typeof startTestApi>[2]) => {
  const api = await startTestApi(db, env, logger);
  apis.push(api);
  return api;
};

beforeAll(async () => {
  db = await openTestGraph();
});
afterAll(async () => {
  for (const api of apis) await api.stop();
  await db?.close();
});

const article = (n: number) => ({
  input: { text: `南京市公安局鼓楼分局宁海路派出所民警周${'一二三四五六'[n % 6]}荣立个人三等功。`, url: `https://example.test/access/${n}` },
});

function expectUnauthenticated(result: { status: number; body: any }, message?: RegExp) {
  expect(result.status).toBe(401);
  expect(result.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  expect(result.body.data ?? null).toBeNull();
  if (message) expect(result.body.errors[0].message).toMatch(message);
}

describe('mutations', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await start({ INGEST_TOKENS: `${INGEST_TOKEN},${SECOND_INGEST_TOKEN}` });
  });

  it('without a token: UNAUTHENTICATED (401), nothing written', async () => {
    expectUnauthenticated(await api.post(INGEST_MUTATION, article(1)), /ingest token/);
    expect(await countNodes(db)).toBe(0);
  });

  it('with a wrong token, or one differing only in its last character: UNAUTHENTICATED, nothing written', async () => {
    expectUnauthenticated(await api.post(INGEST_MUTATION, article(2), { token: 'not-a-token-of-this-server-at-all' }));
    expectUnauthenticated(await api.post(INGEST_MUTATION, article(2), { token: `${INGEST_TOKEN.slice(0, -1)}X` }));
    expectUnauthenticated(await api.post(INGEST_MUTATION, article(2), { token: `${INGEST_TOKEN}${INGEST_TOKEN}` }));
    expect(await countNodes(db)).toBe(0);
  });

  it('with a header that is not `Bearer <token>`: UNAUTHENTICATED', async () => {
    for (const authorization of [INGEST_TOKEN, `Basic ${INGEST_TOKEN}`, 'Bearer', `Bearer ${INGEST_TOKEN} extra`]) {
      expectUnauthenticated(await api.post(INGEST_MUTATION, article(3), { headers: { authorization } }));
    }
    expect(await countNodes(db)).toBe(0);
  });

  it('a mutation hidden behind an alias, a fragment or another operation of the document is still refused', async () => {
    const aliased = `mutation { x: deleteArticle(id: "QXJ0aWNsZTphcnRfMQ==") { deletedId } }`;
    const fragment = `mutation M($input: IngestArticleInput!) { ...F } fragment F on Mutation { ingestArticle(input: $input) { status } }`;
    const twoOps = `query Q { stats { nodes } } ${INGEST_MUTATION}`;
    expectUnauthenticated(await api.post(aliased));
    expectUnauthenticated(await api.post(fragment, article(4)));
    expectUnauthenticated(await api.post(twoOps, {}, { raw: JSON.stringify({ query: twoOps, variables: article(4), operationName: 'Ingest' }) }));
    expect(await countNodes(db)).toBe(0);
  });

  it('any of several ingest tokens is accepted', async () => {
    const first = await api.post(INGEST_MUTATION, article(5), { token: INGEST_TOKEN });
    const second = await api.post(INGEST_MUTATION, article(6), { token: SECOND_INGEST_TOKEN });
    expect(first.body.data.ingestArticle.status).toBe('CREATED');
    expect(second.body.data.ingestArticle.status).toBe('CREATED');
  });

  it('are disabled, with a message naming INGEST_TOKENS, when no ingest token is configured', async () => {
    const closed = await start({ INGEST_TOKENS: '' });
    const before = await countNodes(db);
    expectUnauthenticated(await closed.post(INGEST_MUTATION, article(7), { token: INGEST_TOKEN }), /disabled.*INGEST_TOKENS/);
    expect(await countNodes(db)).toBe(before);
  });
});

/** A read answered: 200, no errors, the node count. */
function expectStats(result: HttpResult): void {
  expect(result.status).toBe(200);
  expect(result.body.errors).toBeUndefined();
  expect(typeof result.body.data.stats.nodes).toBe('number');
}

describe('reads', () => {
  it('are open by default, with or without a token', async () => {
    const api = await start();
    expectStats(await api.post('{ stats { nodes } }'));
    expectStats(await api.post('{ stats { nodes } }', {}, { token: 'anything-at-all-really' }));
  });

  it('need a read or ingest token when READ_TOKENS is set; refused before the query is even parsed', async () => {
    const api = await start({ READ_TOKENS: READ_TOKEN });
    expectUnauthenticated(await api.post('{ stats { nodes } }'), /READ_TOKENS/);
    expectUnauthenticated(await api.post('{ stats { nodes } }', {}, { token: `${READ_TOKEN}0` }));
    // No token, no schema: a typo gets UNAUTHENTICATED, not "Did you mean …?".
    expectUnauthenticated(await api.post('{ stat { nodes } }'));
    expectUnauthenticated(await api.post('{ __schema { types { name } } }'));
    expectStats(await api.post('{ stats { nodes } }', {}, { token: READ_TOKEN }));
    expectStats(await api.post('{ stats { nodes } }', {}, { token: INGEST_TOKEN }));
  });

  it('a read token does not allow mutations', async () => {
    const api = await start({ READ_TOKENS: READ_TOKEN });
    expectUnauthenticated(await api.post(INGEST_MUTATION, article(8), { token: READ_TOKEN }));
  });
});

describe('tokens', () => {
  it('match only the configured tokens exactly, whatever the lengths', () => {
    const set = new TokenSet(['a'.repeat(16), 'b'.repeat(40)]);
    expect(set.includes('a'.repeat(16))).toBe(true);
    expect(set.includes('b'.repeat(40))).toBe(true);
    for (const t of [undefined, '', 'a'.repeat(15), 'a'.repeat(17), 'b'.repeat(39), 'A'.repeat(16)]) expect(set.includes(t)).toBe(false);
    expect(bearerToken(`bearer ${'a'.repeat(16)}`)).toBe('a'.repeat(16));
    const access = accessPolicy({ INGEST_TOKENS: [{ label: 'crawler', token: 'i'.repeat(16) }], READ_TOKENS: ['r'.repeat(16)] });
    expect(access(`Bearer ${'i'.repeat(16)}`)).toEqual({ read: true, ingest: true, label: 'crawler' });
    expect(access(`Bearer ${'r'.repeat(16)}`)).toEqual({ read: true, ingest: false });
    expect(access(undefined)).toEqual({ read: false, ingest: false });
  });

  it('carry a label (label=token), or one by their position; base64 padding is no label', () => {
    const padded = `${'x'.repeat(30)}==`;
    expect(loadConfig({ INGEST_TOKENS: `crawler=${'c'.repeat(16)},${padded}` }).INGEST_TOKENS).toEqual([
      { label: 'crawler', token: 'c'.repeat(16) },
      { label: 'ingest token 2', token: padded },
    ]);
    expect(() => loadConfig({ INGEST_TOKENS: 'analyst=short' })).toThrow(/INGEST_TOKENS.*16 characters/s);
  });

  it('shorter than 16 characters are refused at start', () => {
    expect(() => loadConfig({ INGEST_TOKENS: 'short' })).toThrow(/INGEST_TOKENS.*16 characters/s);
    expect(() => loadConfig({ READ_TOKENS: `${READ_TOKEN},tiny` })).toThrow(/READ_TOKENS/);
  });

  it('never appear in the logs, accepted or refused', async () => {
    let logged = '';
    const sink = new Writable({
      write(chunk, _encoding, done) {
        logged += chunk.toString();
        done();
      },
    });
    const api = await start({ READ_TOKENS: READ_TOKEN }, pino({ level: 'trace' }, sink));
    await api.post('{ stats { nodes } }', {}, { token: READ_TOKEN });
    await api.post(INGEST_MUTATION, article(9), { token: READ_TOKEN });
    await api.post(INGEST_MUTATION, { input: { text: '' } }, { token: INGEST_TOKEN });
    await api.post('{ nope }', {}, { token: INGEST_TOKEN });
    expect(logged.length).toBeGreaterThan(0);
    expect(logged).not.toContain(READ_TOKEN);
    expect(logged).not.toContain(INGEST_TOKEN);
  });
});
