// `npm run ingest -- PATH...` as a data loader runs it: a folder with good and bad
// articles, a summary at the end, a non-zero exit naming each failure; and beside a
// running `npm start` on the embedded database, which holds the store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
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

const cli = (script: string, args: string[], env: NodeJS.ProcessEnv = process.env) =>
  run(process.execPath, ['--import', 'tsx', script, ...args], { env: { ...env, LOG_LEVEL: 'silent' } }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );
const ingest = (...paths: string[]) => cli('src/cli/ingest.ts', paths);

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

describe('beside a running server on the embedded database', () => {
  // The server's own store, not the run's shared database; a free Bolt port, so parallel runs do not collide.
  const dataDir = mkdtempSync(join(tmpdir(), 'ingest-cli-server-'));
  const { NEO4J_URI: _shared, ...inherited } = process.env;
  const env = { ...inherited, NODE_ENV: 'test', NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: '0', NEO4J_HEAP_MB: '512', NEO4J_PAGECACHE_MB: '64' };
  let server: ReturnType<typeof spawn>;
  let url = '';

  beforeAll(async () => {
    server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { ...env, PORT: '0', SEED_ON_START: 'false', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    url = await new Promise<string>((resolve, reject) => {
      createInterface({ input: server.stdout! }).on('line', (line) => {
        const entry = JSON.parse(line) as { msg?: string; url?: string };
        if (entry.msg === 'ready' && entry.url) resolve(entry.url);
      });
      server.once('exit', (code) => reject(new Error(`the server exited (${code}) before it was ready`)));
    });
  });
  afterAll(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  const articleCount = async () => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ articles { totalCount } }"}' });
    return ((await res.json()) as { data: { articles: { totalCount: number } } }).data.articles.totalCount;
  };

  it('npm run ingest writes into the server’s database, which answers at once', async () => {
    expect(existsSync(join(dataDir, 'bolt-address.json'))).toBe(true);
    const { code, stdout, stderr } = await cli('src/cli/ingest.ts', [join(dir, 'good.txt')], env);
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(/articles: 1 new/);
    expect(await articleCount()).toBe(1);
  });

  it('npm run seed too', async () => {
    const { code, stdout, stderr } = await cli('src/cli/seed.ts', [], { ...env, SEED_DIR: 'seed/articles' });
    expect(code, stderr).toBe(0);
    // good.txt is seed 001: the same content, so the same article.
    expect(stdout).toMatch(/articles: 4 new, 1 unchanged/);
    expect(await articleCount()).toBe(5);
  });

  it('the server takes its address back when it stops', async () => {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
    expect(existsSync(join(dataDir, 'bolt-address.json'))).toBe(false);
  });
});
