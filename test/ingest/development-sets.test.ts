// The development sets: the annotator's own articles (test/fixtures/own) and the
// former held-out sets, each written without reading the extractor, scored once
// unseen, then promoted (the extractor's authors have read and tuned on them).
// Each is held to the levels reached, with some margin, so that later changes do
// not lose them. The unseen scores are in each set's README.
import { describe, expect, it } from 'vitest';
import { summaryLine } from '../../src/eval/score.js';
import { scoreDirectory } from '../../src/eval/score-directory.js';

interface DevSet {
  dir: string;
  /** Number of articles, when the set is closed. */
  articles?: number;
  entities: number;
  relations: number;
  entityRecall?: Record<string, number>;
  relationRecall?: Record<string, number>;
  /** Minimum accuracy of role, year and conferredBy. */
  properties?: number;
}

// Levels measured on the gold as brought to shared/ANNOTATION.md (2026-12-06), with the
// extractor of main 7f7a597 (twins, heldout5–6 and own: 2fe3d81), 0.01–0.03 below; the
// twins, heldout7 and blind raised after the rules of the blind set's misses (e19355f).
const SETS: DevSet[] = [
  // Structural twins of real web pages (shared/twins), the main development set; at
  // main 10a2b1b 0.674 / 0.509 (PARTNERS_WITH 0.00, RECEIVED recall 0.35); reached 0.959 / 0.940.
  {
    dir: 'test/fixtures/twins',
    articles: 24,
    entities: 0.945,
    relations: 0.92,
    entityRecall: { Person: 0.97, Unit: 0.97 },
    relationRecall: { RECEIVED: 0.92, MEMBER_OF: 0.88 },
  },
  // Written for the project as its development set; reached 0.983 / 0.985.
  { dir: 'test/fixtures/own', entities: 0.97, relations: 0.97 },
  // 006–010; reached 0.970 / 0.971.
  { dir: 'bench/heldout', articles: 5, entities: 0.95, relations: 0.96, properties: 0.9 },
  // 011–018; unseen 0.900 / 0.676; reached 0.973 / 0.984.
  { dir: 'bench/heldout2', articles: 8, entities: 0.96, relations: 0.97, properties: 0.9 },
  // 021–030; unseen 0.871 / 0.717; reached 0.977 / 0.948.
  { dir: 'bench/heldout3', articles: 10, entities: 0.96, relations: 0.93, entityRecall: { Person: 0.95 }, properties: 0.9 },
  // 031–038; unseen 0.900 / 0.634 (MEMBER_OF recall 0.45, RECEIVED 0.46); reached 0.960 / 0.946 (MEMBER_OF recall 0.938).
  {
    dir: 'bench/heldout4',
    articles: 8,
    entities: 0.95,
    relations: 0.93,
    entityRecall: { Person: 0.93 },
    relationRecall: { MEMBER_OF: 0.92, RECEIVED: 0.93 },
    properties: 0.9,
  },
  // 039–048; unseen 0.848 / 0.695, then 0.886 / 0.730; reached 0.920 / 0.878 (RECEIVED recall 0.849).
  { dir: 'bench/heldout5', articles: 10, entities: 0.9, relations: 0.85, relationRecall: { RECEIVED: 0.82 } },
  // 049–058; 0.952 / 0.888 before the gold was brought to ANNOTATION.md, 0.917 / 0.880 after; reached 0.939 / 0.916.
  { dir: 'bench/heldout6', articles: 10, entities: 0.92, relations: 0.89 },
  // b01–b12, in the twins' style; unseen 0.886 / 0.779 (main 790bde1); reached 0.961 / 0.912.
  { dir: 'bench/heldout7', articles: 12, entities: 0.94, relations: 0.89 },
  // The blind set in the twins' style (20 articles), scored once at main 9255f5f: 0.938 / 0.892;
  // reached 0.952 / 0.917 after the rules its misses led to.
  { dir: 'bench/blind', articles: 20, entities: 0.935, relations: 0.9 },
];

describe('development sets keep the levels reached', () => {
  it.each(SETS)('$dir: entities F1 ≥ $entities, relations F1 ≥ $relations', (set) => {
    const report = scoreDirectory(`${set.dir}/articles`, `${set.dir}/gold`);
    const detail = `${summaryLine(report)}\n${report.misses.join('\n')}`;
    if (set.articles !== undefined) expect(report.articles).toBe(set.articles);
    expect(report.entities.f1, detail).toBeGreaterThanOrEqual(set.entities);
    expect(report.relations.f1, detail).toBeGreaterThanOrEqual(set.relations);
    for (const [type, min] of Object.entries(set.entityRecall ?? {})) expect(report.entities.byType[type]?.r ?? 0, `${type}\n${detail}`).toBeGreaterThanOrEqual(min);
    for (const [type, min] of Object.entries(set.relationRecall ?? {})) expect(report.relations.byType[type]?.r ?? 0, `${type}\n${detail}`).toBeGreaterThanOrEqual(min);
    if (set.properties !== undefined) {
      for (const [prop, { accuracy }] of Object.entries(report.properties)) expect(accuracy ?? 0, prop).toBeGreaterThanOrEqual(set.properties);
    }
  });
});
