// Extraction quality on a directory of articles with gold graphs (default
// bench/heldout, now a development set; pass a fresh held-out set to measure
// unseen text). Prints score.mjs's table and summary line.
// Run: npx tsx bench/extract-quality.ts [DIR]   (DIR holds articles/ and gold/)
import { join } from 'node:path';
import { scoreDirectory } from '../src/eval/score-directory.js';
import { summaryLine } from '../src/eval/score.js';

const dir = process.argv[2] ?? 'bench/heldout';
const report = scoreDirectory(join(dir, 'articles'), join(dir, 'gold'));
const f = (x: number | null) => (x === null ? '  -  ' : x.toFixed(3));
console.log(`${report.articles} articles scored`);
console.log('type            P      R      F1     tp  fp  fn');
for (const [k, v] of [...Object.entries(report.entities.byType), ...Object.entries(report.relations.byType)]) {
  console.log(`${k.padEnd(14)} ${f(v.p)}  ${f(v.r)}  ${f(v.f1)}  ${String(v.tp).padStart(3)} ${String(v.fp).padStart(3)} ${String(v.fn).padStart(3)}`);
}
for (const [k, v] of Object.entries(report.properties)) console.log(`property ${k.padEnd(12)} accuracy ${f(v.accuracy)} (${v.right}/${v.total})`);
console.log(summaryLine(report));
