// The annotator's development set (test/fixtures/own): articles written for
// this project without reading the extractor, held to the development-set
// targets (entities F1 ≥ 0.95, relations F1 ≥ 0.90).
import { describe, expect, it } from 'vitest';
import { summaryLine } from '../../src/eval/score.js';
import { scoreDirectory } from '../../src/eval/score-directory.js';

const ARTICLES = 'test/fixtures/own/articles';
const GOLD = 'test/fixtures/own/gold';

describe('development set', () => {
  it('reaches the development-set targets', () => {
    const report = scoreDirectory(ARTICLES, GOLD);
    const detail = `${summaryLine(report)}\n${report.misses.join('\n')}`;
    expect(report.entities.f1, detail).toBeGreaterThanOrEqual(0.95);
    expect(report.relations.f1, detail).toBeGreaterThanOrEqual(0.9);
  });
});
