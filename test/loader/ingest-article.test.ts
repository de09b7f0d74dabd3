// The loader against the real Neo4j: seeds, idempotency, replacement, retraction,
// cross-article resolution, concurrency and all-or-nothing writes.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { GraphDb } from '../../src/store/graph-db.js';
import { readGraphStats } from '../../src/store/stats.js';
import { deleteArticle, ingestArticle, ingestArticles, IngestError, loadSeedArticles } from '../../src/loader/index.js';
import { entityId } from '../../src/loader/identity.js';
import { clearGraph, countNodes, duplicateFacts, openTestGraph } from '../support/test-graph.js';

const SEED_DIR = 'seed/articles';
const seed = (name: string) => readFileSync(`${SEED_DIR}/${name}`, 'utf8');

let db: GraphDb;
beforeAll(async () => {
  db = await openTestGraph();
});
afterAll(async () => {
  await db?.close();
});

const count = (query: string, params = {}) => countNodes(db, query, params);

describe('seed articles', () => {
  beforeAll(async () => {
    await clearGraph(db);
  });

  it('load, and loading them again changes nothing', async () => {
    const first = await loadSeedArticles(db, SEED_DIR);
    expect(first.map((r) => r.status)).toEqual(Array(5).fill('created'));
    const before = await readGraphStats(db);
    expect(before.nodesByLabel.find((l) => l.label === 'Article')?.count).toBe(5);

    const again = await loadSeedArticles(db, SEED_DIR);
    expect(again.map((r) => r.status)).toEqual(Array(5).fill('unchanged'));
    expect(await readGraphStats(db)).toEqual(before);
  });

  it('merge the units two articles share into one node, and say why', async () => {
    const rows = await db.read<{ name: string; articles: number; resolutions: string[] }>(
      `MATCH (u:Unit) WHERE u.name IN ['泰州市公安局', '泰州市公安局海陵分局']
       MATCH (u)-[m:MENTIONED_IN]->(a:Article)
       RETURN u.name AS name, count(a) AS articles, collect(m.resolution) AS resolutions ORDER BY name`,
    );
    expect(rows.map((r) => [r.name, r.articles])).toEqual([
      ['泰州市公安局', 2],
      ['泰州市公安局海陵分局', 2],
    ]);
    for (const r of rows) expect(r.resolutions.some((x) => x.startsWith('name:') || x.startsWith('alias:'))).toBe(true);
  });

  it('keep the evidence sentence of every fact inside its article', async () => {
    const facts = await db.read<{ evidence: string[]; texts: string[] }>(
      `MATCH ()-[r:PART_OF|MEMBER_OF|RECEIVED|LEADS|PARTNERS_WITH]->()
       RETURN r.evidence AS evidence`,
    );
    expect(facts.length).toBeGreaterThan(50);
    const articles = new Map(
      (await db.read<{ id: string; len: number }>('MATCH (a:Article) RETURN a.id AS id, size(a.text) AS len')).map((a) => [a.id, a.len]),
    );
    for (const f of facts) {
      expect(f.evidence.length).toBeGreaterThan(0);
      for (const e of f.evidence) {
        const [id, start, end] = e.split(':');
        expect(articles.has(id!)).toBe(true);
        expect(Number(start)).toBeLessThan(Number(end));
        expect(Number(end)).toBeLessThanOrEqual(articles.get(id!)!);
      }
    }
  });
});

describe('one article over time', () => {
  beforeEach(async () => {
    await clearGraph(db);
  });

  it('a changed article with the same url replaces its previous facts', async () => {
    const url = 'https://example.gov.cn/news/1';
    const v1 = '南京市公安局鼓楼分局宁海路派出所民警李明荣立个人三等功。李明说,这是集体的荣誉。';
    const v2 = '南京市公安局鼓楼分局宁海路派出所民警王刚荣立个人二等功。王刚说,这是集体的荣誉。';
    expect((await ingestArticle(db, { text: v1, url })).status).toBe('created');
    expect((await ingestArticle(db, { text: v1, url })).status).toBe('unchanged');
    const replaced = await ingestArticle(db, { text: v2, url });
    expect(replaced.status).toBe('replaced');
    expect(await count('MATCH (a:Article) RETURN count(a) AS n')).toBe(1);
    expect(await count("MATCH (p:Person {name: '李明'}) RETURN count(p) AS n")).toBe(0);
    expect(await count("MATCH (p:Person {name: '王刚'})-[:MEMBER_OF]->(:Unit) RETURN count(p) AS n")).toBe(1);
  });

  it('the same content is one article whatever the door: a file, the mutation with a url, another file', async () => {
    const text = '南京市公安局鼓楼分局宁海路派出所民警李明荣立个人三等功。李明说,这是集体的荣誉。';
    const url = 'https://example.gov.cn/news/2';
    const byFile = await ingestArticle(db, { text: `${text}\n` }, { name: 'a.txt' });
    const byUrl = await ingestArticle(db, { text, url, title: '宁海路派出所民警立功' });
    expect(byUrl).toMatchObject({ status: 'unchanged', articleId: byFile.articleId });
    const [a, b] = await ingestArticles(db, [{ input: { text }, name: 'b.txt' }, { input: { text: `  ${text}` }, name: 'c.txt' }]);
    expect([a?.result?.status, b?.result?.status]).toEqual(['unchanged', 'unchanged']);
    expect(await count('MATCH (a:Article) RETURN count(a) AS n')).toBe(1);
    // Every fact shows its sentence once.
    expect(await count('MATCH ()-[r:MEMBER_OF|RECEIVED]->() WHERE size(r.evidence) <> 1 RETURN count(r) AS n')).toBe(0);
    // The url and title the mutation gave are the article's now: a changed text at that url replaces it.
    const [stored] = await db.read<{ url: string; title: string }>('MATCH (a:Article) RETURN a.url AS url, a.title AS title');
    expect(stored).toEqual({ url, title: '宁海路派出所民警立功' });
    const changed = await ingestArticle(db, { text: text.replace('三等功', '二等功'), url });
    expect(changed).toMatchObject({ status: 'replaced', articleId: byFile.articleId });
    expect(await count('MATCH (a:Article) RETURN count(a) AS n')).toBe(1);
    expect(await count('MATCH (al:Alias) WHERE NOT (al)-[:ALIAS_OF]->() RETURN count(al) AS n')).toBe(0);
  });

  it('the same content sent at once through several doors is one article', async () => {
    const text = '苏州市公安局姑苏分局平江派出所民警钱进荣立个人三等功。';
    const results = await Promise.all(
      ['https://a.example/1', 'https://b.example/1', undefined].map((url, i) => ingestArticle(db, { text, url }, { name: `door-${i}` })),
    );
    expect(results.map((r) => r.status).sort()).toEqual(['created', 'unchanged', 'unchanged']);
    expect(new Set(results.map((r) => r.articleId)).size).toBe(1);
    expect(await count('MATCH (a:Article) RETURN count(a) AS n')).toBe(1);
    expect(await count('MATCH (al:Alias) WHERE NOT (al)-[:ALIAS_OF]->() RETURN count(al) AS n')).toBe(0);
  });

  it('deleting an article removes only what no other article supports', async () => {
    await ingestArticle(db, { text: seed('001_ebcf79fdcfa0e81b.txt') }, { name: '001' });
    const b = await ingestArticle(db, { text: seed('003_a4e30afa11d4a17b.txt') }, { name: '003' });
    const partOf = `MATCH (:Unit {name: '泰州市公安局海陵分局'})-[r:PART_OF]->(:Unit {name: '泰州市公安局'}) RETURN r.evidence AS evidence`;
    expect((await db.read<{ evidence: string[] }>(partOf))[0]?.evidence).toHaveLength(2);

    expect(await deleteArticle(db, b.articleId)).toBe(true);
    expect(await deleteArticle(db, b.articleId)).toBe(false);
    // Shared with 001: still there, with 001's evidence only.
    const after = (await db.read<{ evidence: string[] }>(partOf))[0]?.evidence ?? [];
    expect(after).toHaveLength(1);
    expect(after[0]!.startsWith(`${b.articleId}:`)).toBe(false);
    // Only in 003: gone, with its facts and aliases.
    expect(await count("MATCH (p:Person {name: '刘岭'}) RETURN count(p) AS n")).toBe(0);
    expect(await count("MATCH (u:Unit) WHERE u.name CONTAINS '城东' RETURN count(u) AS n")).toBe(0);
    expect(await count('MATCH (al:Alias) WHERE NOT (al)-[:ALIAS_OF]->() RETURN count(al) AS n')).toBe(0);
    expect(await count(`MATCH ()-[r]->() WHERE any(e IN coalesce(r.evidence, []) WHERE e STARTS WITH $p) RETURN count(r) AS n`, { p: `${b.articleId}:` })).toBe(0);
  });
});

describe('people across articles', () => {
  beforeAll(async () => {
    await clearGraph(db);
  });

  it('one node when the unit context agrees, two when it does not', async () => {
    await ingestArticle(db, { text: '杭州市公安局西湖分局北山派出所民警陈立新荣立个人三等功。陈立新介绍,辖区群众很支持。' }, { name: 'a' });
    await ingestArticle(db, { text: '杭州市公安局西湖分局北山派出所社区民警陈立新被评为优秀共产党员。' }, { name: 'b' });
    await ingestArticle(db, { text: '成都市公安局锦江分局春熙路派出所民警陈立新被评为优秀人民警察。' }, { name: 'c' });
    const people = await db.read<{ id: string; units: string[] }>(
      "MATCH (p:Person {name: '陈立新'})-[:MEMBER_OF]->(u:Unit) RETURN p.id AS id, collect(DISTINCT u.name) AS units ORDER BY id",
    );
    expect(people).toHaveLength(2);
    const hangzhou = people.find((p) => p.units.some((u) => u.includes('北山')));
    const chengdu = people.find((p) => p.units.some((u) => u.includes('春熙路')));
    expect(hangzhou && chengdu && hangzhou.id !== chengdu.id).toBe(true);
    const mentions = await count("MATCH (p:Person {name: '陈立新'})-[m:MENTIONED_IN]->() WHERE m.resolution STARTS WITH 'hierarchy:' RETURN count(m) AS n");
    expect(mentions).toBe(1);
  });
});

describe('a station whose branch the extractor did not read', () => {
  beforeAll(async () => {
    await clearGraph(db);
  });

  it('is one unit, with one person of a name, across articles', async () => {
    // 高新分局 is not read as a unit, and in a list the station is not placed under anything.
    const texts = [
      '江州市公安局高新分局城关派出所、城南派出所荣立集体三等功。城关派出所民警李明表示感谢。',
      '江州市公安局高新分局城关派出所民警李明荣立个人三等功。',
      '江州市公安局高新分局城关派出所、城北派出所被评为先进集体。城关派出所民警李明说,这是大家的功劳。',
      '江州市公安局高新分局城关派出所、城西派出所开展夜间巡逻。城关派出所民警李明带队。',
    ];
    for (const [i, text] of texts.entries()) await ingestArticle(db, { text }, { name: `station-${i}` });
    expect(await count("MATCH (u:Unit) WHERE u.name ENDS WITH '城关派出所' RETURN count(u) AS n")).toBe(1);
    expect(await count("MATCH (p:Person {name: '李明'}) RETURN count(p) AS n")).toBe(1);
  });
});

describe('concurrency and atomicity', () => {
  beforeEach(async () => {
    await clearGraph(db);
  });

  it('20 parallel ingests of overlapping articles create no duplicate node or fact', async () => {
    const stations = ['东湖', '西岭', '南塘', '北关'];
    const texts = Array.from({ length: 20 }, (_, i) => {
      const s = stations[i % stations.length]!;
      return `武汉市公安局江汉分局${s}派出所荣立集体三等功。武汉市公安局江汉分局${s}派出所民警赵${'一二三四五'[i % 5]}被评为优秀共产党员。第${i}篇。`;
    });
    const results = await Promise.all(texts.map((text, i) => ingestArticle(db, { text }, { name: `p${i}` })));
    expect(results.every((r) => r.status === 'created')).toBe(true);
    expect(await count("MATCH (u:Unit {name: '武汉市公安局江汉分局'}) RETURN count(u) AS n")).toBe(1);
    expect(await count("MATCH (h:Honour {name: '集体三等功'}) RETURN count(h) AS n")).toBe(1);
    expect(await count('MATCH (e:Unit|Honour) WITH labels(e) AS l, e.name AS name, count(*) AS c WHERE c > 1 RETURN count(*) AS n')).toBe(0);
    // The same name at two stations is two people; at one station, one.
    expect(await count(`MATCH (p:Person)-[:MEMBER_OF]->(u:Unit) WITH p.name AS name, u, count(DISTINCT p) AS c
                        WHERE c > 1 RETURN count(*) AS n`)).toBe(0);
    expect(await duplicateFacts(db)).toBe(0);
  });

  it('a failure in the middle of an article leaves nothing of it', async () => {
    // A corrupt node holding the id the honour will get: its MERGE fails after the
    // article, its units and its people were written in the same transaction.
    const honourId = entityId('Honour', 'Honour:集体三等功');
    await db.write((tx) => tx.run('CREATE (:Honour {id: $id})', { id: honourId }));
    const text = '苏州市公安局姑苏分局平江派出所荣立集体三等功。所长钱进说,成绩属于大家。';
    await expect(ingestArticle(db, { text }, { name: 'half' })).rejects.toThrow();
    expect(await count('MATCH (n) WHERE NOT n:Honour RETURN count(n) AS n')).toBe(0);
  });

  it('an article naming nothing lands with one warning saying so', async () => {
    const result = await ingestArticle(db, { text: '今天天气很好,大家都很开心。' }, { name: 'nothing' });
    expect(result.warnings.filter((w) => /no entities/.test(w))).toEqual(['no entities found']);
  });

  it('bad input is refused with a reason, and nothing is written', async () => {
    for (const text of ['', '   \n\t ', '\u0000\u0001\u0002binary', 'Just some English text with no Chinese at all.']) {
      await expect(ingestArticle(db, { text }, { name: 'bad' })).rejects.toBeInstanceOf(IngestError);
    }
    await expect(ingestArticle(db, { text: '一'.repeat(2_000_000) }, { name: 'big', maxBytes: 1_000_000 })).rejects.toMatchObject({ code: 'TOO_LARGE' });
    expect(await count('MATCH (n) RETURN count(n) AS n')).toBe(0);
  });
});
