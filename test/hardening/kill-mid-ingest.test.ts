// A process killed in the middle of an ingest leaves no half article: the child writes a
// large article's every statement, is SIGKILLed before the commit, and nothing of it remains.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ingestArticle } from '../../src/loader/index.js';
import type { GraphDb } from '../../src/store/graph-db.js';
import { countNodes, openTestGraph } from '../support/test-graph.js';

let db: GraphDb;
let scratch: string;
beforeAll(async () => {
  db = await openTestGraph();
  scratch = await mkdtemp(join(tmpdir(), 'police-kg-kill-'));
});
afterAll(async () => {
  await db?.close();
  await rm(scratch, { recursive: true, force: true });
});

const CITIES = ['苏州', '无锡', '常州', '镇江', '扬州', '盐城', '淮安', '宿迁'];
const STATIONS = ['东湖', '西岭', '南塘', '北关', '中山', '人民', '解放', '建设', '和平', '新华'];
const GIVEN = '明刚华磊涛静强伟军勇';

it('SIGKILL with the transaction open: no Article, no entity, no alias; the same article then ingests whole', async () => {
  const sentences: string[] = [];
  for (const city of CITIES) for (const [s, station] of STATIONS.entries()) {
    sentences.push(`${city}市公安局${station}分局${station}派出所民警陈${GIVEN[s]}${GIVEN[(s + 3) % 10]}荣立个人三等功。`);
  }
  const text = sentences.join('');
  const file = join(scratch, 'large.txt');
  await writeFile(file, text);

  const child = spawn(process.execPath, ['--import', 'tsx', 'test/hardening/support/ingest-until-killed.ts', file], {
    env: process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const inTransaction = await new Promise<{ articles: number; entities: number }>((resolve, reject) => {
    child.stdout.on('data', (c: Buffer) => resolve(JSON.parse(c.toString().split('\n')[0]!)));
    child.once('exit', (code) => reject(new Error(`child exited (${code}) before writing:\n${stderr}`)));
  });
  // Inside its transaction the whole article was there.
  expect(inTransaction.articles).toBe(1);
  expect(inTransaction.entities).toBeGreaterThan(100);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;

  expect(await countNodes(db)).toBe(0);

  // Neo4j rolled the transaction back and let its locks go: the same article lands whole.
  const started = Date.now();
  const result = await ingestArticle(db, { text, url: 'https://example.test/killed' });
  expect(result.status).toBe('created');
  expect(await countNodes(db, 'MATCH (a:Article) RETURN count(a) AS n')).toBe(1);
  expect(await countNodes(db, 'MATCH (e:Entity) RETURN count(e) AS n')).toBe(inTransaction.entities);
  expect(Date.now() - started).toBeLessThan(20_000);
});
