// The bulk path: many articles per transaction must build the graph, and report per
// article, exactly as ingesting them one by one would; a bad article fails alone.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { GraphDb } from '../../src/store/graph-db.js';
import { ingestArticle, ingestArticles, type ArticleItem, type ArticleOutcome } from '../../src/loader/index.js';
import { entityId } from '../../src/loader/identity.js';
import { clearGraph, countNodes, emptyGraphForEachTest } from '../support/test-graph.js';
import { dumpGraph } from '../support/graph-dump.js';
import { overlappingArticles } from '../support/overlapping-articles.js';

const SEED_DIR = 'seed/articles';

let db: GraphDb;
emptyGraphForEachTest((g) => (db = g));

const count = (query: string, params = {}) => countNodes(db, query, params);

/** What a caller learns about each article: its result, or the reason it failed. */
/** What an ingest reports, less the moment it was written. */
const reported = (outcomes: ArticleOutcome[]) =>
  outcomes.map((o) => (o.result ? { ...o.result, article: { ...o.result.article, ingestedAt: null } } : `failed: ${o.error.message}`));

async function oneByOne(items: ArticleItem[]) {
  const outcomes: ArticleOutcome[] = [];
  for (const { input, name } of items) {
    try {
      outcomes.push({ result: await ingestArticle(db, input, { name }) });
    } catch (err) {
      outcomes.push({ error: err as Error });
    }
  }
  return outcomes;
}

describe('a batch against ingesting one by one', () => {
  const seeds: ArticleItem[] = readdirSync(SEED_DIR)
    .sort()
    .map((name) => ({ input: { text: readFileSync(`${SEED_DIR}/${name}`, 'utf8') }, name }));

  it.each([
    ['the seed articles', seeds, 5],
    ['overlapping articles, changed versions and repeats', [...seeds, ...overlappingArticles(60)], 16],
  ])('%s: same results per article, same graph', async (_name, items, batchSize) => {
    const single = reported(await oneByOne(items));
    const singleGraph = await dumpGraph(db);
    await clearGraph(db);

    const batched = db.scoped();
    const outcomes = await ingestArticles(batched, items, { batchSize });
    expect(reported(outcomes)).toEqual(single);
    expect(await dumpGraph(db)).toEqual(singleGraph);
    // Fewer transactions than articles: only changed versions and repeats split a batch.
    expect(batched.roundTrips.count).toBeLessThan(items.length / 2);
  });
});

describe('parallel ingests of one conferral', () => {
  it('leave one CONFERRED, supported by every article', async () => {
    // CONFERRED is looked up by its recipientId index, then created: safe only because
    // the entity merge has write-locked both ends first.
    const texts = Array.from({ length: 20 }, (_, i) => `2020年,南京市公安局玄武分局东湖派出所被南京市公安局评为先进集体。(第${i}篇)`);
    const results = await Promise.all(texts.map((text, i) => ingestArticle(db, { text }, { name: `c${i}` })));
    expect(results.map((r) => r.relations.created).sort()).toEqual([...Array(19).fill(0), 4]); // PART_OF ×2, RECEIVED, CONFERRED
    const [conferral] = await db.read<{ n: number; evidence: number }>(
      "MATCH (:Unit {name: '南京市公安局'})-[c:CONFERRED]->(:Honour {name: '先进集体'}) RETURN count(c) AS n, sum(size(c.evidence)) AS evidence",
    );
    expect(conferral).toEqual({ n: 1, evidence: 20 });
  });
});

describe('one batch', () => {
  it('gives two articles naming the same new unit and person one node each', async () => {
    const items = [
      { input: { text: '杭州市公安局西湖分局北山派出所民警陈立新荣立个人三等功。陈立新介绍,辖区群众很支持。' }, name: 'a' },
      { input: { text: '杭州市公安局西湖分局北山派出所社区民警陈立新被评为优秀共产党员。' }, name: 'b' },
    ];
    const scoped = db.scoped();
    const [a, b] = await ingestArticles(scoped, items);
    expect(scoped.roundTrips.count).toBe(1);
    expect(await count("MATCH (u:Unit {name: '杭州市公安局西湖分局北山派出所'}) RETURN count(u) AS n")).toBe(1);
    expect(await count("MATCH (p:Person {name: '陈立新'}) RETURN count(p) AS n")).toBe(1);
    const resolutions = await db.read<{ article: string; resolution: string }>(
      "MATCH (:Person {name: '陈立新'})-[m:MENTIONED_IN]->(a:Article) RETURN a.key AS article, m.resolution AS resolution ORDER BY article",
    );
    expect(resolutions.map((r) => r.resolution)).toEqual(['new', expect.stringMatching(/^hierarchy:unit_/)]);
    // The first article created the shared nodes; the second merged into them.
    expect(a!.result!.entities.created).toBeGreaterThanOrEqual(4);
    expect(b!.result!.entities).toEqual({ created: 1, merged: 4 }); // new: 优秀共产党员
    expect(b!.result!.relations.created).toBe(2); // its own MEMBER_OF role and RECEIVED
  });

  it('lands every good article when one fails, and names the failure', async () => {
    // A corrupt node holds the id 集体三等功 will get: writing that article fails in the database.
    await db.write((tx) => tx.run('CREATE (:Honour {id: $id})', { id: entityId('Honour', 'Honour:集体三等功') }));
    const items = [
      { input: { text: '杭州市公安局上城分局湖滨派出所民警周明荣立个人二等功。' }, name: 'good-1' },
      { input: { text: '苏州市公安局姑苏分局平江派出所荣立集体三等功。所长钱进说,成绩属于大家。' }, name: 'bad' },
      { input: { text: '南京市公安局玄武分局新街口派出所民警吴刚被评为优秀人民警察。' }, name: 'good-2' },
    ];
    const outcomes = await ingestArticles(db, items, { batchSize: 10 });
    expect(outcomes.map((o) => o.result?.status)).toEqual(['created', undefined, 'created']);
    expect(outcomes[1]!.error!.message).toMatch(/already exists|constraint/i);
    expect(await count('MATCH (a:Article) RETURN count(a) AS n')).toBe(2);
    // Nothing of the bad article: not its unit, not its person, not a stray alias.
    expect(await count("MATCH (u:Unit) WHERE u.name CONTAINS '平江' RETURN count(u) AS n")).toBe(0);
    expect(await count("MATCH (p:Person {name: '钱进'}) RETURN count(p) AS n")).toBe(0);
    expect(await count('MATCH (al:Alias) WHERE NOT (al)-[:ALIAS_OF]->() RETURN count(al) AS n')).toBe(0);
  });

  it('refuses what is not an article without a transaction, and writes the rest', async () => {
    const scoped = db.scoped();
    const outcomes = await ingestArticles(scoped, [
      { input: { text: 'Just some English text with no Chinese at all.' }, name: 'english' },
      { input: { text: '杭州市公安局上城分局湖滨派出所民警周明荣立个人二等功。' }, name: 'good' },
    ]);
    expect(outcomes[0]!.error).toMatchObject({ name: 'IngestError', code: 'NOT_AN_ARTICLE' });
    expect(outcomes[1]!.result?.status).toBe('created');
    expect(scoped.roundTrips.count).toBe(1);
  });
});
