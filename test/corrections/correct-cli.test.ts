// `npm run correct -- FILE.jsonl` as an analyst runs a batch: every good line applied
// in order, each refused line named with its reason, a non-zero exit if any failed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { toFactId, toGlobalId } from '../../src/api/ids.js';
import { ingestArticle } from '../../src/loader/index.js';
import type { GraphDb } from '../../src/store/graph-db.js';
import { openTestGraph } from '../support/test-graph.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'correct-cli-'));
let db: GraphDb;

beforeAll(async () => {
  db = await openTestGraph();
  await ingestArticle(db, { url: 'https://example.gov.cn/cli/1', text: '南京市公安局鼓楼分局宁海路派出所民警李明荣立个人三等功。' });
  await ingestArticle(db, { url: 'https://example.gov.cn/cli/2', text: '南京市鼓楼区公安分局宁海路派出所所长王刚带领民警巡逻。' });
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await db?.close();
});

const correct = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'src/cli/correct.ts', ...args], { env: { ...process.env, LOG_LEVEL: 'silent' } }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );

describe('npm run correct', () => {
  it('applies a batch line by line, names the refused lines, and records the --by label', async () => {
    const stations = await db.read<{ id: string }>("MATCH (u:Unit) WHERE u.name CONTAINS '宁海路' RETURN u.id AS id ORDER BY u.name");
    const [member] = await db.read<{ from: string; to: string }>("MATCH (p:Person {name: '李明'})-[r:MEMBER_OF]->(u) RETURN p.id AS from, u.id AS to");
    const file = join(dir, 'batch.jsonl');
    writeFileSync(
      file,
      [
        '# stations named two ways',
        JSON.stringify({ op: 'mergeEntities', keep: toGlobalId('Unit', stations[0]!.id), remove: stations[1]!.id, reason: 'one station' }),
        JSON.stringify({ op: 'rejectFact', fact: 'not-a-fact-id', reason: 'x' }),
        '{not json',
        JSON.stringify({ op: 'confirmFact', fact: toFactId({ type: 'MEMBER_OF', from: member!.from, to: member!.to, ident: '民警' }) }),
        JSON.stringify({ op: 'setFactProperty', fact: { type: 'MEMBER_OF', from: member!.from, to: member!.to, role: '民警' }, property: 'TENURE', value: 'CURRENT', reason: 'still there' }),
      ].join('\n'),
    );
    const { code, stdout, stderr } = await correct('--by', 'data-team', file);
    expect(code).toBe(1);
    expect(stdout).toMatch(/corrections: 3 applied, 2 failed/);
    expect(stderr).toMatch(/FAILED .*batch\.jsonl:3: .*not a fact id/);
    expect(stderr).toMatch(/FAILED .*batch\.jsonl:4: /);
    const ledger = await db.read<{ kind: string; by: string }>('MATCH (c:Correction) RETURN c.kind AS kind, c.by AS by ORDER BY c.seq');
    expect(ledger).toEqual([
      { kind: 'MERGE_ENTITIES', by: 'data-team' },
      { kind: 'CONFIRM_FACT', by: 'data-team' },
      { kind: 'SET_FACT_PROPERTY', by: 'data-team' },
    ]);
    expect(await db.read("MATCH (u:Unit) WHERE u.name CONTAINS '宁海路' RETURN u.id AS id")).toEqual([{ id: stations[0]!.id }]);
  });
});
