// src/eval/score.ts must score exactly like the official scorer (a copy of
// shared/eval/score.mjs in test/fixtures), or every figure we report is off.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/ingest/extract.js';
import { scoreGraphs, type GraphDoc } from '../../src/eval/score.js';

const SETS = [
  { articles: 'seed/articles', gold: 'test/fixtures/gold' },
  { articles: 'test/fixtures/own/articles', gold: 'test/fixtures/own/gold' },
  { articles: 'bench/heldout/articles', gold: 'bench/heldout/gold' },
];
const out = mkdtempSync(join(tmpdir(), 'scorer-parity-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the scorer', () => {
  it.each(SETS)('agrees with score.mjs on $gold', ({ articles, gold }) => {
    const pred = mkdtempSync(join(out, 'pred-'));
    // Each article is extracted once: both scorers score the same predictions (sorted as scoreDirectory does).
    const pairs = readdirSync(gold).filter((g) => g.endsWith('.json')).sort().map((f) => {
      const goldDoc = JSON.parse(readFileSync(join(gold, f), 'utf8')) as GraphDoc & { article: string };
      const predDoc = extractArticle(readFileSync(join(articles, goldDoc.article), 'utf8'), { name: goldDoc.article });
      writeFileSync(join(pred, f), JSON.stringify(predDoc));
      return { name: f, gold: goldDoc, pred: predDoc };
    });
    const printed = execFileSync(process.execPath, ['test/fixtures/score.mjs', '--gold', gold, '--pred', pred, '--json'], { encoding: 'utf8' });
    // --json prints the report, then the usual summary line.
    const official = JSON.parse(printed.slice(0, printed.lastIndexOf('\nentities P=')));
    const ours = scoreGraphs(pairs);
    expect(ours.entities.f1).toBeCloseTo(official.entities.f1, 9);
    expect(ours.relations.f1).toBeCloseTo(official.relations.f1, 9);
    for (const p of ['role', 'year', 'conferredBy'] as const) expect(ours.properties[p].right).toBe(official.properties[p].right);
  });
});
