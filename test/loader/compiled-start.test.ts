// `npm start` runs the compiled build (dist/), not src/ through tsx: whatever src/
// loads beside its modules (data files) must reach dist/ too, or the seeds fail to
// load there while every test through tsx passes. Built here as `prepare` builds it.
import { execFile, spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { GraphDb } from '../../src/store/graph-db.js';
import { openTestGraph } from '../support/test-graph.js';

let db: GraphDb;
let server: ReturnType<typeof spawn> | undefined;
beforeAll(async () => {
  db = await openTestGraph();
  await promisify(execFile)(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json']);
});
afterAll(async () => {
  if (server?.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  await db?.close();
});

it('the compiled server (npm start) loads the seed articles into an empty graph and answers with them', async () => {
  // NEO4J_URI is the run's shared database (inherited), emptied by openTestGraph.
  server = spawn(process.execPath, ['dist/main.js'], {
    env: { ...process.env, NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: { msg: string; url?: string; articles?: number; failures?: string[] }[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: server!.stdout! }).on('line', (line) => {
      const entry = JSON.parse(line);
      lines.push(entry);
      if (entry.msg === 'ready') resolve(entry.url);
    });
    server!.once('exit', (code) => reject(new Error(`the server exited (${code}) before it was ready`)));
  });
  const seeds = readdirSync('seed/articles').length;
  expect(lines.find((l) => /seed articles failed/.test(l.msg))?.failures).toBeUndefined();
  expect(lines.find((l) => /seed articles loaded/.test(l.msg))?.articles).toBe(seeds);

  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ articles { totalCount } }' }),
  });
  expect(await response.json()).toMatchObject({ data: { articles: { totalCount: seeds } } });
});
