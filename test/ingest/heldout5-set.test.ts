// bench/heldout5 (039–048): written as held-out articles, scored once unseen
// (entities F1 0.848, relations F1 0.695; after one more round of rules, still
// unseen, 0.886 / 0.730), then promoted to a development set: the extractor's
// authors have read and tuned on them. Held to the levels reached, with some
// margin (entities 0.927, relations 0.852), so that later changes do not lose them.
import { describe, expect, it } from 'vitest';
import { summaryLine } from '../../src/eval/score.js';
import { scoreDirectory } from '../../src/eval/score-directory.js';

const ARTICLES = 'bench/heldout5/articles';
const GOLD = 'bench/heldout5/gold';

describe('fifth former held-out set', () => {
  it('keeps the levels reached (entities F1 ≥ 0.91, relations F1 ≥ 0.83; RECEIVED recall ≥ 0.82)', () => {
    const report = scoreDirectory(ARTICLES, GOLD);
    const detail = `${summaryLine(report)}\n${report.misses.join('\n')}`;
    expect(report.articles).toBe(10);
    expect(report.entities.f1, detail).toBeGreaterThanOrEqual(0.91);
    expect(report.relations.f1, detail).toBeGreaterThanOrEqual(0.83);
    expect(report.relations.byType.RECEIVED?.r ?? 0, detail).toBeGreaterThanOrEqual(0.82);
  });
});
