// The seeds loaded into Neo4j and read back reproduce the gold graphs: the
// database keeps everything the extractor found (names, aliases, roles, years, conferrers).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GraphDb } from '../../src/store/graph-db.js';
import { loadSeedArticles } from '../../src/loader/index.js';
import { exportArticleGraph } from '../../src/store/export-article-graph.js';
import { extractArticle } from '../../src/ingest/extract.js';
import { scoreGraphs, summaryLine, type GraphDoc } from '../../src/eval/score.js';
import { openTestGraph } from '../support/test-graph.js';

const SEED_DIR = 'seed/articles';
const GOLD_DIR = 'test/fixtures/gold';

let db: GraphDb;
beforeAll(async () => {
  db = await openTestGraph();
});
afterAll(async () => {
  await db?.close();
});

describe('seed load read back from Neo4j', () => {
  it('scores like the extractor itself, at the level reached on the seeds', async () => {
    await loadSeedArticles(db, SEED_DIR);
    const golds = readdirSync(GOLD_DIR).filter((f) => f.endsWith('.json')).sort();
    const fromDb = [];
    const direct = [];
    for (const f of golds) {
      const gold = JSON.parse(readFileSync(join(GOLD_DIR, f), 'utf8')) as GraphDoc;
      const name = gold.article!;
      const [{ id } = { id: '' }] = await db.read<{ id: string }>('MATCH (a:Article {key: $key}) RETURN a.id AS id', { key: `file:${name}` });
      const exported = await exportArticleGraph(db, id);
      expect(exported?.article).toBe(name);
      fromDb.push({ name: f, gold, pred: exported! });
      direct.push({ name: f, gold, pred: extractArticle(readFileSync(join(SEED_DIR, name), 'utf8'), { name }) });
    }
    const stored = scoreGraphs(fromDb);
    const extracted = scoreGraphs(direct);
    const detail = `${summaryLine(stored)}\n${stored.misses.join('\n')}`;
    expect(stored.entities.f1, detail).toBeGreaterThanOrEqual(0.96);
    expect(stored.relations.f1, detail).toBeGreaterThanOrEqual(0.97);
    for (const [prop, { accuracy }] of Object.entries(stored.properties)) expect(accuracy ?? 0, prop).toBeGreaterThanOrEqual(0.9);
    // Nothing lost or invented between the extractor and the graph.
    expect(stored.entities.f1).toBeCloseTo(extracted.entities.f1, 6);
    expect(stored.relations.f1).toBeCloseTo(extracted.relations.f1, 6);
  });

  it('answers “what did 江苏省委组织部 confer?” by traversal', async () => {
    const rows = await db.read<{ honour: string; recipient: string; year: number }>(
      `MATCH (o:Organization {name: '江苏省委组织部'})-[c:CONFERRED]->(h:Honour)
       MATCH (r:Entity {id: c.recipientId})
       RETURN h.name AS honour, r.name AS recipient, c.year AS year ORDER BY honour`,
    );
    expect(rows.map((r) => r.honour)).toEqual(['全省优秀基层党组织', '全省党支部书记工作室示范点']);
    expect(rows.find((r) => r.honour === '全省优秀基层党组织')?.year).toBe(2015);
  });
});
