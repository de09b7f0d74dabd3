// The CLI: one file to stdout, many files to --out DIR, bad files reported.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = ['--import', 'tsx', 'src/cli/extract.ts'];

describe('extract CLI', () => {
  it('prints one article as JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-'));
    const file = join(dir, 'a.txt');
    writeFileSync(file, '城南派出所:守护平安\n城南派出所民警李明辉荣立个人三等功。');
    const out = JSON.parse(execFileSync('node', [...CLI, file], { encoding: 'utf8' }));
    expect(out.article).toBe('a.txt');
    expect(out.entities.map((e: { name: string }) => e.name)).toContain('李明辉');
  });

  it('reads a GBK file, and says it was GBK', () => {
    const r = spawnSync('node', [...CLI, 'test/fixtures/encodings/gbk.txt'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).entities.map((e: { name: string }) => e.name)).toContain('王强');
    expect(r.stderr).toContain('warning: decoded from GB18030');
  });

  it('writes DIR/<basename>.json per file and reports bad files with their code', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-'));
    writeFileSync(join(dir, 'good.txt'), '城南派出所民警李明辉荣立个人三等功。');
    writeFileSync(join(dir, 'empty.txt'), '');
    const out = join(dir, 'out');
    const r = spawnSync('node', [...CLI, '--out', out, join(dir, 'good.txt'), join(dir, 'empty.txt')], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('EMPTY');
    expect(readdirSync(out)).toEqual(['good.json']);
    expect(JSON.parse(readFileSync(join(out, 'good.json'), 'utf8')).relations.length).toBeGreaterThan(0);
  });
});
