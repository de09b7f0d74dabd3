// 50 ingestArticle mutations at once over HTTP, sharing bureaus, stations, honours and
// people: every one lands, and no node or relationship exists twice.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { GraphDb } from '../../src/store/graph-db.js';
import { countNodes, duplicateFacts, openTestGraph } from '../support/test-graph.js';
import { INGEST_MUTATION, INGEST_TOKEN, startTestApi, type TestApi } from './support/http-api.js';

let db: GraphDb;
let api: TestApi;
beforeAll(async () => {
  db = await openTestGraph();
  api = await startTestApi(db);
});
afterAll(async () => {
  await api?.stop();
  await db?.close();
});

const STATIONS = ['东湖', '西岭', '南塘', '北关', '中山'];
const PEOPLE = ['周明', '吴刚', '郑华', '王磊', '冯涛', '陈静'];
const HONOURS = ['个人三等功', '个人二等功', '优秀共产党员'];

let results: Awaited<ReturnType<TestApi['post']>>[];
beforeAll(async () => {
  const articles = Array.from({ length: 50 }, (_, i) => {
    const station = STATIONS[i % STATIONS.length]!;
    const person = PEOPLE[i % PEOPLE.length]!;
    const text =
      `南京市公安局玄武分局${station}派出所荣立集体三等功。` +
      `南京市公安局玄武分局${station}派出所民警${person}荣立${HONOURS[i % HONOURS.length]}。` +
      `南京市公安局玄武分局${STATIONS[(i + 1) % STATIONS.length]}派出所民警${PEOPLE[(i + 2) % PEOPLE.length]}被评为优秀人民警察。` +
      // 50 articles: the templates repeat every 30, and the same text is the same article.
      `(第${i}篇)`;
    return { text, url: `https://example.test/concurrent/${i}`, title: `并发 ${i}` };
  });
  results = await Promise.all(articles.map((input) => api.post(INGEST_MUTATION, { input }, { token: INGEST_TOKEN })));
});

it('50 parallel ingests of overlapping articles all land', async () => {
  for (const r of results) expect(r.body.errors, r.text.slice(0, 300)).toBeUndefined();
  expect(results.every((r) => r.body.data.ingestArticle.status === 'CREATED')).toBe(true);
  expect(await countNodes(db, 'MATCH (a:Article) RETURN count(a) AS n')).toBe(50);
  // Every article's facts carry its evidence.
  expect(await countNodes(db, "MATCH ()-[r:RECEIVED]->(:Honour {name: '集体三等功'}) RETURN sum(size(r.evidence)) AS n")).toBe(50);
});

it('no duplicate unit, honour, alias or relationship', async () => {
  expect(await countNodes(db, "MATCH (u:Unit {name: '南京市公安局玄武分局'}) RETURN count(u) AS n")).toBe(1);
  // Units and honours are identified by name (and parent for generic names): never twice.
  expect(
    await countNodes(db, 'MATCH (e:Unit|Honour|Organization) WITH labels(e) AS l, e.name AS name, count(*) AS c WHERE c > 1 RETURN count(*) AS n'),
  ).toBe(0);
  // A fact is one relationship per ends, type and identity properties (graph model).
  expect(await duplicateFacts(db)).toBe(0);
  expect(await countNodes(db, 'MATCH (e)-[r:MENTIONED_IN]->(a) WITH e, a, count(r) AS c WHERE c > 1 RETURN count(*) AS n')).toBe(0);
  expect(await countNodes(db, 'MATCH (al:Alias) WITH al.key AS key, count(*) AS c WHERE c > 1 RETURN count(*) AS n')).toBe(0);
});

// Ingested one by one these articles give one node per person (same name, same bureau
// hierarchy); at once, the loader's name claims make them resolve one after the other.
it('no duplicate person (same name in the same unit)', async () => {
  expect(
    await countNodes(db, 'MATCH (p:Person)-[:MEMBER_OF]->(u:Unit) WITH p.name AS name, u, count(DISTINCT p) AS c WHERE c > 1 RETURN count(*) AS n'),
  ).toBe(0);
});
