// `npm run ingest -- PATH...` as a data loader runs it: a folder with good and bad
// articles, a summary at the end, a non-zero exit naming each failure.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { GraphDb } from '../../src/store/graph-db.js';
import { openTestGraph } from '../support/test-graph.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
let db: GraphDb;

beforeAll(async () => {
  db = await openTestGraph();
  mkdirSync(join(dir, 'nested'));
  copyFileSync('seed/articles/001_ebcf79fdcfa0e81b.txt', join(dir, 'good.txt'));
  writeFileSync(
    join(dir, 'nested', 'batch.json'),
    JSON.stringify([
      { text: '杭州市公安局上城分局湖滨派出所荣立集体二等功。', url: 'https://example.gov.cn/1', title: '湖滨所立功' },
      { text: 'No Chinese here at all, just English words.', url: 'https://example.gov.cn/2' },
    ]),
  );
  writeFileSync(join(dir, 'empty.txt'), '   \n');
  writeFileSync(join(dir, 'ignored.md'), '# not an article');
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await db?.close();
});

const ingest = (...paths: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'src/cli/ingest.ts', ...paths], { env: { ...process.env, LOG_LEVEL: 'silent' } }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );

describe('npm run ingest', () => {
  it('loads what it can, names each failure, and exits non-zero', async () => {
    const { code, stdout, stderr } = await ingest(dir);
    expect(code).toBe(1);
    expect(stdout).toMatch(/articles: 2 new, 0 unchanged, 0 replaced, 2 failed/);
    expect(stderr).toMatch(/FAILED .*batch\.json\[1\]: .*Chinese/);
    expect(stderr).toMatch(/FAILED .*empty\.txt: /);
    const [row] = await db.read<{ n: number }>('MATCH (a:Article) RETURN count(a) AS n');
    expect(row?.n).toBe(2);
  });

  it('changes nothing when run again on the same files', async () => {
    const { stdout } = await ingest(join(dir, 'good.txt'));
    expect(stdout).toMatch(/articles: 0 new, 1 unchanged/);
  });
});
