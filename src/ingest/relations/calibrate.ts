// Builds rule-precision.json: for each reading (rules.ts), how many of the
// relations it produced on the development sets the gold has (tp) and does
// not (fp). The twins are left out, so that they stay a fair test of the
// confidence this gives (confidence.ts). Deterministic: same sets, same file.
// Run: npm run calibrate:confidence
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scoreDirectory } from '../../eval/score-directory.js';
import { RELATION_RULES } from './rules.js';

/** The development sets the precision is measured on: articles and gold, annotated by ANNOTATION.md. */
export const CALIBRATION_SETS: ReadonlyArray<{ articles: string; gold: string }> = [
  { articles: 'seed/articles', gold: 'test/fixtures/gold' },
  { articles: 'test/fixtures/own/articles', gold: 'test/fixtures/own/gold' },
  ...['', '2', '3', '4', '5', '6', '7'].map((n) => ({ articles: `bench/heldout${n}/articles`, gold: `bench/heldout${n}/gold` })),
];

export function measureRulePrecision(): Record<string, { tp: number; fp: number }> {
  const counts: Record<string, { tp: number; fp: number }> = Object.fromEntries(Object.keys(RELATION_RULES).map((r) => [r, { tp: 0, fp: 0 }]));
  for (const set of CALIBRATION_SETS) {
    for (const j of scoreDirectory(set.articles, set.gold).judged) {
      const c = counts[j.rule ?? ''];
      if (c) c[j.correct ? 'tp' : 'fp']++;
    }
  }
  return counts;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = fileURLToPath(new URL('./rule-precision.json', import.meta.url));
  writeFileSync(out, `${JSON.stringify(measureRulePrecision(), null, 2)}\n`);
  console.log(`wrote ${out}`);
}
