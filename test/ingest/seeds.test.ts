// The seed articles against their gold graphs, scored like shared/eval/score.mjs.
import { describe, expect, it } from 'vitest';
import { summaryLine } from '../../src/eval/score.js';
import { scoreDirectory } from '../../src/eval/score-directory.js';

const ARTICLES = 'seed/articles';
const GOLD = 'test/fixtures/gold';

describe('seed articles', () => {
  const report = scoreDirectory(ARTICLES, GOLD);

  it('reaches the seed targets (entities F1 ≥ 0.95, relations F1 ≥ 0.90)', () => {
    expect(report.articles).toBe(5);
    expect(report.entities.f1, `${summaryLine(report)}\n${report.misses.join('\n')}`).toBeGreaterThanOrEqual(0.95);
    expect(report.relations.f1, `${summaryLine(report)}\n${report.misses.join('\n')}`).toBeGreaterThanOrEqual(0.9);
  });

  it('gets role, year and conferredBy right on matched relations (≥ 0.90)', () => {
    for (const [prop, { accuracy }] of Object.entries(report.properties)) {
      expect(accuracy, prop).not.toBeNull();
      expect(accuracy!, prop).toBeGreaterThanOrEqual(0.9);
    }
  });
});
