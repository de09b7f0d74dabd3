// Every gold set the project scores against passes bench/check-gold.mjs: names as the article
// writes them, no unnamed references as names (shared/ANNOTATION.md rule 3), relation ends that
// are entities of the right types, verbatim evidence. A gold file that breaks them would score
// the extractor against answers no article gives.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const SETS: { dir: string; articles?: string }[] = [
  { dir: 'test/fixtures', articles: 'seed/articles' },
  { dir: 'test/fixtures/own' },
  { dir: 'test/fixtures/twins' },
  ...['', '2', '3', '4', '5', '6', '7'].map((n) => ({ dir: `bench/heldout${n}` })),
];

describe('gold files', () => {
  it.each(SETS)('$dir passes bench/check-gold.mjs', ({ dir, articles }) => {
    const run = () =>
      execFileSync(process.execPath, ['bench/check-gold.mjs', dir, ...(articles ? ['--articles', articles] : [])], { encoding: 'utf8' });
    let out = '';
    try {
      out = run();
    } catch (e) {
      out = String((e as { stdout?: string }).stdout ?? e);
    }
    expect(out.split('\n').filter((l) => l.startsWith('ERROR')), out).toEqual([]);
    expect(out).toContain('all checks passed');
  });
});
