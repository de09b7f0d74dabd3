// Articles on disk as Chinese sites save them: UTF-8, GBK/GB18030 or Big5, the encoding
// detected (or read from the page's own <meta charset>) and named in the warnings; a path
// that does not exist is named, not a stack trace.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/loader/index.js';
import { readArticleFile } from '../../src/loader/article-files.js';
import { loadArticleFiles } from '../../src/loader/index.js';
import type { GraphDb } from '../../src/store/graph-db.js';
import { openTestGraph } from '../support/test-graph.js';

const DIR = 'test/fixtures/encodings';
let db: GraphDb;
beforeAll(async () => {
  db = await openTestGraph();
});
afterAll(async () => {
  await db?.close();
});

describe('reading an article file', () => {
  it.each([
    ['gbk.txt', 'GB18030', '民警王强荣立个人三等功'],
    ['big5.txt', 'Big5', '民警王強榮立個人三等功'],
    ['gb2312.html', 'GBK', '民警王强荣立个人三等功'],
  ])('%s: decoded as %s, and the warnings say so', async (file, encoding, expected) => {
    const [article] = await readArticleFile(join(DIR, file));
    expect(article!.input.text).toContain(expected);
    expect(article!.warnings).toEqual([`decoded from ${encoding}`]);
  });

  it('UTF-8 needs no warning', async () => {
    const [article] = await readArticleFile('seed/articles/001_ebcf79fdcfa0e81b.txt');
    expect(article!.warnings).toEqual([]);
  });

  it('a GBK file lands whole, its encoding among the warnings', async () => {
    const summary = await loadArticleFiles(db, [join(DIR, 'gbk.txt')]);
    expect(summary.failed).toEqual([]);
    expect(summary.results[0]!.warnings).toContain('decoded from GB18030');
    const [row] = await db.read<{ n: number }>("MATCH (p:Person {name: '王强'})-[:MEMBER_OF]->(:Unit) RETURN count(p) AS n");
    expect(row?.n).toBe(1);
    // The same article typed in UTF-8 is the same content.
    const again = await ingestArticle(db, { text: '泰州市公安局海陵分局城北派出所民警王强荣立个人三等功。王强说,这是集体的荣誉,也是对辖区群众的承诺。' });
    expect(again.status).toBe('unchanged');
  });

  it('a path that does not exist is a failure naming it; the other paths load', async () => {
    const summary = await loadArticleFiles(db, ['no/such/dir', join(DIR, 'big5.txt')]);
    expect(summary.failed).toEqual([{ label: 'no/such/dir', reason: 'no such file or directory' }]);
    // The Big5 file is the GBK article in Traditional characters: the same content once normalized.
    expect(summary.unchanged).toBe(1);
  });

  it('npm run ingest names a missing path, without a stack trace, and exits non-zero', async () => {
    const run = promisify(execFile);
    const result = await run(process.execPath, ['--import', 'tsx', 'src/cli/ingest.ts', 'no/such/file.txt'], { env: { ...process.env, LOG_LEVEL: 'silent' } }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('FAILED no/such/file.txt: no such file or directory');
    expect(result.stderr).not.toMatch(/ENOENT|\n\s+at /);
  });
});
