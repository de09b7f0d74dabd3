// The confidence the extractor gives each fact (its reading's precision on the
// development sets, which leave the twins out) must tell right from wrong on the
// twins: facts the gold rejects sit lower on average than facts it accepts.
import { describe, expect, it } from 'vitest';
import { scoreDirectory } from '../../src/eval/score-directory.js';

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('confidence on the twins (test/fixtures/twins, shared/twins)', () => {
  it('is lower on average for the facts the gold rejects than for those it accepts', () => {
    const { judged } = scoreDirectory('test/fixtures/twins/articles', 'test/fixtures/twins/gold');
    const right = judged.filter((j) => j.correct).map((j) => j.confidence!);
    const wrong = judged.filter((j) => !j.correct).map((j) => j.confidence!);
    expect(right.length).toBeGreaterThan(50);
    expect(wrong.length).toBeGreaterThan(10);
    expect(judged.every((j) => typeof j.confidence === 'number')).toBe(true);
    const [r, w] = [mean(right), mean(wrong)];
    expect(w, `mean confidence: accepted ${r.toFixed(3)}, rejected ${w.toFixed(3)}`).toBeLessThan(r);
  });
});
