// Fuzz, fixed seed: 1,300 malformed articles (1,000 through the loader in-process, 300
// through the mutation over HTTP) and 600 malformed GraphQL requests. Asserted: nothing
// crashes (the server still answers /healthz), every refusal is a known code, and no
// article is ever half written: it is there with its entities, or not at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestError, ingestArticle } from '../../src/loader/index.js';
import type { GraphDb } from '../../src/store/graph-db.js';
import { countNodes, openTestGraph } from '../support/test-graph.js';
import { ARTICLE_KINDS, fuzzArticle, fuzzRequest, type ArticleKind } from './support/fuzz-inputs.js';
import { prng } from '../support/prng.js';
import { INGEST_TOKEN, startTestApi, type TestApi } from './support/http-api.js';

const SEED = 20_240_501;
const IN_PROCESS_ARTICLES = 1_000;
const HTTP_ARTICLES = 300;
const HTTP_REQUESTS = 600;
const MAX_ARTICLE_BYTES = 64 * 1024;

/** Every code a client may see for a malformed request; INTERNAL_SERVER_ERROR is a bug. */
const KNOWN_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'QUERY_LIMIT_EXCEEDED',
  'UNAUTHENTICATED',
  'PAYLOAD_TOO_LARGE',
  'BATCHED_REQUESTS_DISABLED',
  'OPERATION_RESOLUTION_FAILURE',
]);

let db: GraphDb;
let api: TestApi;
beforeAll(async () => {
  db = await openTestGraph();
  api = await startTestApi(db, { MAX_ARTICLE_BYTES: String(MAX_ARTICLE_BYTES) });
});
afterAll(async () => {
  await api?.stop();
  await db?.close();
});

/** url → entities the ingest reported (created + merged) for a landed article, or null for a refused one. */
const outcomes = new Map<string, number | null>();
const byKind = new Map<ArticleKind, { landed: number; refused: Map<string, number> }>();
const note = (kind: ArticleKind, refusal: string | null) => {
  const entry = byKind.get(kind) ?? { landed: 0, refused: new Map() };
  if (refusal === null) entry.landed++;
  else entry.refused.set(refusal, (entry.refused.get(refusal) ?? 0) + 1);
  byKind.set(kind, entry);
};

describe('fuzzed articles', () => {
  it(`${IN_PROCESS_ARTICLES} through the loader: each lands or is refused with an IngestError`, async () => {
    const random = prng(SEED);
    const unexpected: string[] = [];
    for (let i = 0; i < IN_PROCESS_ARTICLES; i++) {
      const { kind, input } = fuzzArticle(random, i);
      try {
        const result = await ingestArticle(db, input, { maxBytes: MAX_ARTICLE_BYTES });
        outcomes.set(input.url, result.entities.created + result.entities.merged);
        note(kind, null);
      } catch (err) {
        outcomes.set(input.url, null);
        if (err instanceof IngestError) note(kind, err.code);
        else unexpected.push(`${kind} #${i}: ${(err as Error).stack?.split('\n').slice(0, 3).join(' | ')}`);
      }
    }
    expect(unexpected).toEqual([]);
    expect(byKind.size).toBe(Object.keys(ARTICLE_KINDS).length);
  });

  it(`${HTTP_ARTICLES} through the ingestArticle mutation: data, or BAD_USER_INPUT with a reason`, async () => {
    const random = prng(SEED + 1);
    const bad: string[] = [];
    for (let i = 0; i < HTTP_ARTICLES; i++) {
      const { kind, input } = fuzzArticle(random, IN_PROCESS_ARTICLES + i);
      const res = await api.post(
        'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { status entities { created merged } } }',
        { input },
        { token: INGEST_TOKEN },
      );
      const payload = res.body?.data?.ingestArticle;
      const error = res.body?.errors?.[0];
      if (payload && !error) {
        outcomes.set(input.url, payload.entities.created + payload.entities.merged);
        note(kind, null);
      } else if (error?.extensions?.code === 'BAD_USER_INPUT' && typeof error.extensions.reason === 'string') {
        outcomes.set(input.url, null);
        note(kind, error.extensions.reason);
      } else if (res.status === 413 && error?.extensions?.code === 'PAYLOAD_TOO_LARGE') {
        outcomes.set(input.url, null);
        note(kind, 'PAYLOAD_TOO_LARGE');
      } else {
        outcomes.set(input.url, null);
        bad.push(`${kind} #${i}: HTTP ${res.status} ${res.text.slice(0, 200)}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('no partial write: refused articles left nothing, landed ones are whole, no entity without an article', async () => {
    const rows = await db.read<{ url: string; entities: number }>(
      'MATCH (a:Article) RETURN a.url AS url, COUNT { (a)<-[:MENTIONED_IN]-(:Entity) } AS entities',
    );
    const stored = new Map(rows.map((r) => [r.url, r.entities]));
    const refusedButStored = [...outcomes].filter(([url, n]) => n === null && stored.has(url));
    expect(refusedButStored).toEqual([]);
    const notWhole = [...outcomes].filter(([url, n]) => n !== null && stored.get(url) !== n);
    expect(notWhole).toEqual([]);
    expect(stored.size).toBe([...outcomes.values()].filter((n) => n !== null).length);
    expect(await countNodes(db, 'MATCH (e:Entity) WHERE NOT (e)-[:MENTIONED_IN]->(:Article) RETURN count(e) AS n')).toBe(0);
    expect(await countNodes(db, 'MATCH (al:Alias) WHERE NOT (al)-[:ALIAS_OF]->() RETURN count(al) AS n')).toBe(0);
    // Evidence only ever points at articles that exist.
    expect(
      await countNodes(
        db,
        `MATCH ()-[r]->() WHERE r.evidence IS NOT NULL
         UNWIND r.evidence AS e WITH DISTINCT split(e, ':')[0] AS id
         WHERE NOT EXISTS { MATCH (:Article {id: id}) } RETURN count(*) AS n`,
      ),
    ).toBe(0);
    console.info(
      JSON.stringify(Object.fromEntries([...byKind].map(([k, v]) => [k, { landed: v.landed, ...Object.fromEntries(v.refused) }]))),
    );
  });
});

describe('fuzzed GraphQL requests', () => {
  it(`${HTTP_REQUESTS} malformed requests: every answer is JSON with data or a known code, never a 5xx; the server stays up`, async () => {
    const random = prng(SEED + 2);
    const bad: string[] = [];
    const codes = new Map<string, number>();
    for (let i = 0; i < HTTP_REQUESTS; i++) {
      const { body, token } = fuzzRequest(random);
      const res = await api.post('', {}, { raw: body, ...(token ? { token: INGEST_TOKEN } : {}) });
      const errors: { extensions?: { code?: string } }[] | undefined = res.body?.errors;
      const unknown = errors?.map((e) => e.extensions?.code ?? 'none').filter((c) => !KNOWN_CODES.has(c)) ?? [];
      const wellFormed = res.body !== undefined && (errors?.length ? unknown.length === 0 : res.body.data !== undefined);
      if (res.status >= 500 || !wellFormed) bad.push(`#${i} HTTP ${res.status} ${body.slice(0, 120)} → ${res.text.slice(0, 200)}`);
      for (const e of errors ?? []) codes.set(e.extensions?.code ?? 'none', (codes.get(e.extensions?.code ?? 'none') ?? 0) + 1);
      if (!errors?.length) codes.set('data', (codes.get('data') ?? 0) + 1);
    }
    expect(bad).toEqual([]);
    expect((await api.get('/healthz')).body).toEqual({ status: 'ok' });
    expect((await api.get('/readyz')).status).toBe(200);
    console.info(JSON.stringify(Object.fromEntries(codes)));
  });
});
