// Resolution within an article: short forms join the full name, references
// resolve to the unit they mean, compound names give the hierarchy.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/ingest/extract.js';

const unitsOf = (text: string) => extractArticle(text).entities.filter((e) => e.type === 'Unit');

describe('unit resolution', () => {
  const text = [
    '江州市公安局临江分局城西派出所:守护老城',
    '江州市公安局临江分局城西派出所是一个年轻的所。城西派出所党支部坚持党建引领。',
    '去年,该所被评为“全省优秀公安基层单位”。城西所所长王立新说,成绩属于大家。临江分局高度重视。',
  ].join('\n');
  const graph = extractArticle(text);
  const units = graph.entities.filter((e) => e.type === 'Unit');
  const station = units.find((u) => u.name === '江州市公安局临江分局城西派出所');

  it('names a unit by its fullest form and keeps the short forms as aliases', () => {
    expect(station?.aliases).toEqual(expect.arrayContaining(['城西派出所', '城西所']));
    expect(units.find((u) => u.name === '江州市公安局临江分局')?.aliases).toContain('临江分局');
  });

  it('states the hierarchy the compound name gives', () => {
    const partOf = graph.relations.filter((r) => r.type === 'PART_OF').map((r) => `${r.from} → ${r.to}`);
    expect(partOf).toEqual(
      expect.arrayContaining([
        '江州市公安局临江分局城西派出所 → 江州市公安局临江分局',
        '江州市公安局临江分局 → 江州市公安局',
        '城西派出所党支部 → 江州市公安局临江分局城西派出所',
      ]),
    );
  });

  it('resolves 该所 to the station, never naming it 该所', () => {
    expect(units.some((u) => [u.name, ...(u.aliases ?? [])].includes('该所'))).toBe(false);
    const received = graph.relations.find((r) => r.type === 'RECEIVED');
    expect(received).toMatchObject({ from: station!.name, to: '全省优秀公安基层单位' });
  });

  it('matches abbreviated police branches and places with the full name', () => {
    const u = unitsOf('滨海市公安局网络安全保卫支队(以下简称“滨海网安支队”)成立于2000年。滨海网安支队民警刘峰说,工作很忙。');
    expect(u.find((x) => x.name === '滨海市公安局网络安全保卫支队')?.aliases).toContain('滨海网安支队');
  });
});
