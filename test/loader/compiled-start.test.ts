// `npm start` runs the compiled build (dist/), not src/ through tsx: whatever src/
// loads beside its modules (data files) must reach dist/ too, or the seeds fail to
// load there while every test through tsx passes. Built here as `prepare` builds it.
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { GraphDb } from '../../src/store/graph-db.js';
import { startServer, type ServerProcess } from '../support/server-process.js';
import { openTestGraph } from '../support/test-graph.js';

let db: GraphDb;
let server: ServerProcess | undefined;
beforeAll(async () => {
  db = await openTestGraph();
  await promisify(execFile)(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json']);
});
afterAll(async () => {
  await server?.stop();
  await db?.close();
});

it('the compiled server (npm start) loads the seed articles into an empty graph and answers with them', async () => {
  // NEO4J_URI is the run's shared database (inherited), emptied by openTestGraph.
  server = await startServer(['dist/main.js'], { ...process.env, NODE_ENV: 'test' });
  const { url, lines } = server;
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
