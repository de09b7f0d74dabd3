// Corrections, confidence, review and browse lists through the API over HTTP, as an
// analyst's tool would use them: a labelled ingest token, fact ids from the lists,
// error codes on refusals, and an audit trail that names the label, never the token.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../src/api/ids.js';
import { ingestArticle } from '../../src/loader/index.js';
import type { GraphDb } from '../../src/store/graph-db.js';
import { startTestApi, type TestApi } from '../hardening/support/http-api.js';
import { openTestGraph } from '../support/test-graph.js';

const TOKEN = 'analyst-token-0123456789abcdef';
let db: GraphDb;
let api: TestApi;

const ARTICLES = [
  { url: 'https://example.gov.cn/c/1', publishedAt: '2021-03-01', text: '南京市公安局鼓楼分局宁海路派出所民警李明荣立个人三等功。宁海路派出所所长王刚带领民警巡逻。' },
  { url: 'https://example.gov.cn/c/2', publishedAt: '2022-03-01', text: '南京市鼓楼区公安分局宁海路派出所原所长王刚已经退休。2021年，该所民警赵磊荣获优秀共产党员称号。' },
];

beforeAll(async () => {
  db = await openTestGraph();
  for (const a of ARTICLES) await ingestArticle(db, a);
  api = await startTestApi(db, { INGEST_TOKENS: `analyst-7=${TOKEN}` });
});
afterAll(async () => {
  await api?.stop();
  await db?.close();
});

const gql = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
  const res = await api.post(query, variables, { token });
  return res.body as { data: any; errors?: { message: string; extensions: { code: string } }[] };
};
const data = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
  const body = await gql(query, variables, token);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
};
const codeOf = async (query: string, variables: Record<string, unknown>, token?: string) => (await gql(query, variables, token)).errors?.[0]?.extensions.code;

const unitsNamed = async (name: string): Promise<{ id: string; name: string }[]> =>
  (await data('query($name: String!) { search(query: $name, types: [Unit]) { nodes { id name } } }', { name })).search.nodes;

const MEMBERS = `query($id: ID!, $min: Float) {
  node(id: $id) { ... on Unit { members(minConfidence: $min) { totalCount nodes {
    id role tenure confidence confirmed person { name } evidence { rule confidence sentence }
  } } } }
}`;

describe('facts as read', () => {
  it('carry an id, a confidence, the reading behind each sentence, and a post its tenure', async () => {
    const [station] = (await unitsNamed('宁海路派出所')).filter((u) => u.name === '南京市公安局鼓楼分局宁海路派出所');
    const { node } = await data(MEMBERS, { id: station!.id });
    const wang = node.members.nodes.find((m: any) => m.person.name === '王刚');
    expect(wang).toMatchObject({ role: '所长', confirmed: false });
    expect(wang.confidence).toBeGreaterThan(0.5);
    expect(wang.evidence[0]).toMatchObject({ rule: expect.stringMatching(/^member-of\./), confidence: expect.any(Number) });
    const fact = await data('query($id: ID!) { fact(id: $id) { ... on Membership { role person { name } } } }', { id: wang.id });
    expect(fact.fact).toEqual({ role: '所长', person: { name: '王刚' } });
    // Nothing is that sure unless confirmed.
    expect((await data(MEMBERS, { id: station!.id, min: 0.9999 })).node.members.totalCount).toBe(0);
    expect(await codeOf(MEMBERS, { id: station!.id, min: 2 })).toBe('BAD_USER_INPUT');
  });
});

describe('corrections through the API', () => {
  it('need an ingest token, and are recorded with its label, never the token', async () => {
    const [a, b] = await unitsNamed('宁海路派出所');
    const merge = `mutation($keep: ID!, $remove: ID!) { mergeEntities(keep: $keep, remove: $remove, reason: "same station") {
      correction { id kind by reason summary entityIds undone } entity { id name aliases }
    } }`;
    expect(await codeOf(merge, { keep: a!.id, remove: b!.id })).toBe('UNAUTHENTICATED');
    const { mergeEntities } = await data(merge, { keep: a!.id, remove: b!.id }, TOKEN);
    expect(mergeEntities.correction).toMatchObject({ kind: 'MERGE_ENTITIES', by: 'analyst-7', reason: 'same station', undone: false });
    expect(mergeEntities.correction.entityIds).toEqual([a!.id, b!.id]);
    expect(mergeEntities.entity.id).toBe(a!.id);

    // The removed id answers with the kept entity.
    const { node } = await data('query($id: ID!) { node(id: $id) { id ... on Unit { name } } }', { id: b!.id });
    expect(node).toEqual({ id: a!.id, name: a!.name });

    const listed = await data('query($e: ID) { corrections(entity: $e) { totalCount nodes { id kind by details } } }', { e: b!.id });
    expect(listed.corrections.totalCount).toBe(1);
    expect(listed.corrections.nodes[0].details.removed.name).toBe(b!.name);
    // No property of any node or relationship holds the token.
    const holds = (v: string) =>
      `any(k IN keys(${v}) WHERE (${v}[k] IS :: STRING AND ${v}[k] CONTAINS $token) OR (${v}[k] IS :: LIST<STRING NOT NULL> AND any(x IN ${v}[k] WHERE x CONTAINS $token)))`;
    const leaked = await db.read<{ n: number }>(
      `CALL () { MATCH (n) WHERE ${holds('n')} RETURN count(n) AS c UNION ALL MATCH ()-[r]->() WHERE ${holds('r')} RETURN count(r) AS c }
       RETURN sum(c) AS n`,
      { token: TOKEN },
    );
    expect(leaked[0]!.n).toBe(0);

    const undo = 'mutation($id: ID!) { undoCorrection(id: $id, reason: "two stations") { correction { undone undoneBy undoReason } } }';
    expect(await codeOf(undo, { id: 'not-an-id' }, TOKEN)).toBe('BAD_USER_INPUT');
    expect((await data(undo, { id: mergeEntities.correction.id }, TOKEN)).undoCorrection.correction).toEqual({
      undone: true,
      undoneBy: 'analyst-7',
      undoReason: 'two stations',
    });
    expect(await codeOf(undo, { id: mergeEntities.correction.id }, TOKEN)).toBe('CONFLICT');
  });

  it('a rejected fact leaves lists, neighbourhoods and paths; confirming takes one out of the review queue', async () => {
    const [station] = (await unitsNamed('宁海路派出所')).filter((u) => u.name === '南京市公安局鼓楼分局宁海路派出所');
    const before = (await data(MEMBERS, { id: station!.id })).node.members.nodes;
    const li = before.find((m: any) => m.person.name === '李明');
    const liId = (await data('query { entitiesByName(name: "李明", types: [Person]) { id } }')).entitiesByName[0].id;
    const reject = `mutation($f: ID!) { rejectFact(fact: $f, reason: "not in this station") { correction { id factIds } fact { id } } }`;
    const { rejectFact } = await data(reject, { f: li.id }, TOKEN);
    expect(rejectFact.correction.factIds).toEqual([li.id]);
    expect(rejectFact.fact).toBeNull();
    expect((await data(MEMBERS, { id: station!.id })).node.members.nodes.map((m: any) => m.person.name)).not.toContain('李明');
    expect((await data('query($id: ID!) { fact(id: $id) { confidence } }', { id: li.id })).fact).toBeNull();
    const around = await data('query($id: ID!) { neighborhood(id: $id, depth: 1) { edges { type target } } }', { id: liId });
    expect(around.neighborhood.edges.filter((e: any) => e.type === 'MEMBER_OF')).toEqual([]);
    expect((await data('query($a: ID!, $b: ID!) { path(from: $a, to: $b, maxHops: 1) { length } }', { a: liId, b: station!.id })).path).toBeNull();
    expect(await codeOf(reject, { f: li.id }, TOKEN)).toBe('NOT_FOUND');

    const QUEUE = 'query { factsToReview(maxConfidence: 1, first: 50) { totalCount nodes { id confidence } } }';
    const queue = (await data(QUEUE)).factsToReview;
    const confidences = queue.nodes.map((f: any) => f.confidence);
    expect(confidences).toEqual([...confidences].sort((x, y) => x - y));
    const doubtful = queue.nodes[0];
    const confirmed = await data('mutation($f: ID!) { confirmFact(fact: $f) { fact { confidence confirmed } } }', { f: doubtful.id }, TOKEN);
    expect(confirmed.confirmFact.fact).toEqual({ confidence: 1, confirmed: true });
    const after = (await data(QUEUE)).factsToReview;
    expect(after.totalCount).toBe(queue.totalCount - 1);
    expect(after.nodes.map((f: any) => f.id)).not.toContain(doubtful.id);
  });

  it('sets a tenure and a year as analysts say, with codes for what does not fit', async () => {
    const [station] = (await unitsNamed('宁海路派出所')).filter((u) => u.name === '南京市公安局鼓楼分局宁海路派出所');
    const wang = (await data(MEMBERS, { id: station!.id })).node.members.nodes.find((m: any) => m.person.name === '王刚');
    const set = `mutation($f: ID!, $p: FactProperty!, $v: String) { setFactProperty(fact: $f, property: $p, value: $v, reason: "records") {
      fact { id ... on Membership { tenure } ... on Award { year } } } }`;
    expect((await data(set, { f: wang.id, p: 'TENURE', v: 'FORMER' }, TOKEN)).setFactProperty.fact.tenure).toBe('FORMER');
    expect(await codeOf(set, { f: wang.id, p: 'YEAR', v: '2020' }, TOKEN)).toBe('BAD_USER_INPUT');
    expect(await codeOf(set, { f: wang.id, p: 'TENURE', v: 'SOMETIMES' }, TOKEN)).toBe('BAD_USER_INPUT');
  });
});

describe('browse lists', () => {
  it('units of a kind under a unit, people of a unit with a role, honours of a year', async () => {
    const [bureau] = await unitsNamed('南京市公安局');
    const units = await data('query($under: ID) { units(kind: "station", under: $under) { totalCount nodes { name kind } } }', { under: bureau!.id });
    expect(units.units.nodes.map((u: any) => u.name)).toContain('南京市公安局鼓楼分局宁海路派出所');
    expect(units.units.nodes.every((u: any) => u.kind === 'station')).toBe(true);
    const all = await data('query { units(first: 100) { totalCount nodes { name } } }');
    const names = all.units.nodes.map((u: any) => u.name);
    expect(names).toEqual([...names].sort());
    expect(all.units.totalCount).toBe(names.length);

    const [station] = (await unitsNamed('宁海路派出所')).filter((u) => u.name === '南京市公安局鼓楼分局宁海路派出所');
    const people = await data('query($u: ID) { people(unit: $u, role: "所长") { nodes { name } } }', { u: station!.id });
    expect(people.people.nodes).toEqual([{ name: '王刚' }]);
    expect((await data('query($u: ID) { people(unit: $u, includeSubunits: true) { totalCount } }', { u: bureau!.id })).people.totalCount).toBeGreaterThan(0);

    const honours = await data('query { honours(year: 2021) { nodes { name } } }');
    expect(honours.honours.nodes).toEqual([{ name: '优秀共产党员' }]);
    expect(await codeOf('query($u: ID) { honours(conferredBy: $u) { totalCount } }', { u: toGlobalId('Person', 'person_0000000000000000') })).toBe('BAD_USER_INPUT');
  });
});
