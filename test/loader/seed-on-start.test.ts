// `npm start` on an empty graph whose seed articles fail: an error in the log naming
// each failure (not "seed articles loaded"), and /readyz unavailable until the graph holds articles.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ingestArticle } from '../../src/loader/index.js';
import type { GraphDb } from '../../src/store/graph-db.js';
import { openTestGraph } from '../support/test-graph.js';

const seedDir = mkdtempSync(join(tmpdir(), 'bad-seeds-'));
let db: GraphDb;
let server: ReturnType<typeof spawn> | undefined;
beforeAll(async () => {
  db = await openTestGraph();
  writeFileSync(join(seedDir, 'english.txt'), 'No Chinese here at all, just English words.');
  writeFileSync(join(seedDir, 'empty.txt'), '  \n');
});
afterAll(async () => {
  if (server?.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  rmSync(seedDir, { recursive: true, force: true });
  await db?.close();
});

it('a seed load that fails is logged as an error naming each failure, and the server is not ready while the graph is empty', async () => {
  // NEO4J_URI is the run's shared database (inherited), emptied by openTestGraph.
  server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, NODE_ENV: 'test', PORT: '0', SEED_DIR: seedDir, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: { level: number; msg: string; url?: string; failures?: string[] }[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: server!.stdout! }).on('line', (line) => {
      const entry = JSON.parse(line);
      lines.push(entry);
      if (entry.msg === 'ready') resolve(entry.url);
    });
    server!.once('exit', (code) => reject(new Error(`the server exited (${code}) before it was ready`)));
  });
  expect(lines.some((l) => /seed articles loaded/.test(l.msg))).toBe(false);
  const error = lines.find((l) => /seed articles failed/.test(l.msg));
  expect(error?.level).toBe(50); // pino's error level
  expect(error?.failures).toHaveLength(2);
  expect(error?.failures?.join('\n')).toMatch(/english\.txt: .*Chinese/);

  const readyz = `${new URL(url).origin}/readyz`;
  const notReady = await fetch(readyz);
  expect(notReady.status).toBe(503);
  expect(((await notReady.json()) as { reason: string }).reason).toMatch(/seed/);
  // Articles loaded another way make the graph worth serving.
  await ingestArticle(db, { text: '杭州市公安局上城分局湖滨派出所荣立集体二等功。' }, { name: 'later' });
  expect((await fetch(readyz)).status).toBe(200);
});
