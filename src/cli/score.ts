// npm run score -- SET...                  → per-type P / R / F1 of the extractor on each set
// npm run score -- --articles DIR GOLD_DIR → the same for gold kept apart from its articles (the seeds)
// A set is a directory with articles/ and gold/ (test/fixtures/twins, bench/heldout6).
// --misses prints each missed, extra or wrong fact; --markdown prints the tables for the README.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Prf, ScoreReport } from '../eval/score.js';
import { scoreDirectory } from '../eval/score-directory.js';

const USAGE = 'usage: npm run score -- [--misses] [--markdown] [--articles DIR] SET_OR_GOLD_DIR...';

const f = (x: number | null | undefined) => (x === null || x === undefined ? '–' : x.toFixed(3));
const row = (label: string, x: Prf) => `| ${label} | ${f(x.p)} | ${f(x.r)} | ${f(x.f1)} | ${x.tp + x.fn} |`;

function table(name: string, r: ScoreReport): string {
  const lines = [
    `${name} (${r.articles} articles)`,
    '',
    '| type | P | R | F1 | gold |',
    '| --- | --- | --- | --- | --- |',
    row('**entities**', r.entities),
    ...Object.entries(r.entities.byType).map(([t, x]) => row(t, x)),
    row('**relations**', r.relations),
    ...Object.entries(r.relations.byType).map(([t, x]) => row(t, x)),
    '',
    `role / year / conferredBy accuracy: ${(['role', 'year', 'conferredBy'] as const).map((k) => f(r.properties[k].accuracy)).join(' / ')}`,
  ];
  return lines.join('\n');
}

function main(): number {
  const argv = process.argv.slice(2);
  const misses = argv.includes('--misses');
  const markdown = argv.includes('--markdown');
  const at = argv.indexOf('--articles');
  const articles = at >= 0 ? argv[at + 1] : undefined;
  const sets = argv.filter((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1));
  if (sets.length === 0) {
    console.error(USAGE);
    return 2;
  }
  for (const set of sets) {
    const gold = existsSync(join(set, 'gold')) ? join(set, 'gold') : set;
    const report = scoreDirectory(articles ?? join(set, 'articles'), gold);
    console.log(markdown ? table(set, report) : `${set}: ${report.articles} articles`);
    if (!markdown) {
      for (const [label, x] of [['entities', report.entities], ['relations', report.relations]] as const) {
        console.log(`  ${label.padEnd(14)} P ${f(x.p)}  R ${f(x.r)}  F1 ${f(x.f1)}`);
        for (const [t, y] of Object.entries(x.byType)) console.log(`    ${t.padEnd(12)} P ${f(y.p)}  R ${f(y.r)}  F1 ${f(y.f1)}  (gold ${y.tp + y.fn})`);
      }
      console.log(`  role / year / conferredBy accuracy ${(['role', 'year', 'conferredBy'] as const).map((k) => f(report.properties[k].accuracy)).join(' / ')}`);
    }
    if (misses) for (const m of report.misses) console.log(`    ${m}`);
    console.log('');
  }
  return 0;
}

process.exitCode = main();
