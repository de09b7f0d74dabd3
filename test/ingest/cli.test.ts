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

describe('score CLI', () => {
  it('scores a set per type, and a wrong fact in the gold shows as a miss', () => {
    const dir = mkdtempSync(join(tmpdir(), 'score-'));
    const articles = join(dir, 'articles');
    const gold = join(dir, 'gold');
    for (const d of [articles, gold]) execFileSync('mkdir', ['-p', d]);
    writeFileSync(join(articles, 'a.txt'), '城南派出所:守护平安\n城南派出所民警李明辉荣立个人三等功。');
    writeFileSync(
      join(gold, 'a.json'),
      JSON.stringify({
        entities: [{ type: 'Unit', name: '城南派出所' }, { type: 'Person', name: '李明辉' }, { type: 'Person', name: '王大力' }, { type: 'Honour', name: '三等功' }],
        relations: [
          { type: 'MEMBER_OF', from: '李明辉', to: '城南派出所', role: '民警' },
          { type: 'RECEIVED', from: '李明辉', to: '三等功' },
        ],
      }),
    );
    const r = spawnSync('node', ['--import', 'tsx', 'src/cli/score.ts', '--misses', dir], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`${dir}: 1 articles`);
    expect(r.stdout).toMatch(/Person\s+P 1\.000\s+R 0\.500/);
    expect(r.stdout).toMatch(/relations\s+P 1\.000\s+R 1\.000\s+F1 1\.000/);
    expect(r.stdout).toContain('missed Person 王大力');
  });
});
