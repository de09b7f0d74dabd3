// Mention finders on sentences written in the genre's patterns.
import { describe, expect, it } from 'vitest';
import { findHonours } from '../../src/ingest/mentions/honours/index.js';
import { findInitiatives } from '../../src/ingest/mentions/initiatives.js';
import { findOrgMentions } from '../../src/ingest/mentions/organizations.js';
import { findPersonMentions } from '../../src/ingest/mentions/people/index.js';
import { readName } from '../../src/ingest/mentions/person-names.js';
import type { SentenceContext } from '../../src/ingest/mentions/types.js';
import { settleUnitNames } from '../../src/ingest/mentions/unit-names.js';
import { findUnitMentions } from '../../src/ingest/mentions/units.js';
import { tag } from '../../src/ingest/segment.js';

const ctx = (text: string): SentenceContext => ({ index: 0, sentence: { text, start: 0, end: text.length }, tokens: tag(text) });
// One sentence as a whole article: compound names, then the names the article settles.
const units = (text: string) => {
  const c = ctx(text);
  const found = [findUnitMentions(c)];
  settleUnitNames([c], found);
  return found[0]!;
};

describe('unit mentions', () => {
  it('reads a compound name as a chain of name + head', () => {
    const [u] = units('近日,宁波市公安局江北分局慈城派出所团支部开展活动。');
    expect(u!.surface).toBe('宁波市公安局江北分局慈城派出所团支部');
    expect(u!.segments.map((s) => s.head.head)).toEqual(['公安局', '分局', '派出所', '团支部']);
    expect(u!.segments.map((s) => s.core)).toEqual(['宁波', '江北', '慈城', '']);
  });

  it('stops the name at a verb or preposition before it', () => {
    expect(units('市局决定组建城北派出所。').map((u) => u.surface)).toContain('城北派出所');
    expect(units('表扬了江北交警大队民警。').map((u) => u.surface)).toContain('江北交警大队');
  });

  it('shares a head across an enumeration', () => {
    const found = units('依托南门、北关、西苑等3个警务室开展巡逻。');
    expect(found.map((u) => u.surface)).toEqual(['南门警务室', '北关警务室', '西苑警务室']);
  });

  it('finds references and short station names', () => {
    const found = units('该所民警巡逻;城北所获评先进。');
    expect(found.find((u) => u.surface === '该所')?.reference).toEqual(['station']);
    expect(found.find((u) => u.surface === '城北所')?.segments[0]?.core).toBe('城北');
  });

  it('ignores heads inside a title quotation and generic uses', () => {
    expect(units('被命名为“全国一级派出所”。').filter((u) => u.segments.length)).toEqual([]);
    expect(units('各基层派出所均设立调解室。').filter((u) => u.segments.length)).toEqual([]);
  });
});

describe('person mentions', () => {
  it('reads a name after a post, with the unit written before it', () => {
    const text = '江北交警大队民警李明辉正在路口执勤。';
    const [p] = findPersonMentions(ctx(text), units(text));
    expect(p!.name).toBe('李明辉');
    expect(p!.posts[0]).toMatchObject({ role: '民警', unit: { surface: '江北交警大队' } });
  });

  it('chooses two or three characters by the words that follow', () => {
    const c = ctx('所长王强介绍说');
    expect(readName(c.sentence.text, 2, c.tokens)).toBe('王强');
    const d = ctx('辅警赵小兵已经退休');
    expect(readName(d.sentence.text, 2, d.tokens)).toBe('赵小兵');
  });

  it('skips masked names and common words after a post', () => {
    const text = '民警李某某和民警幸福感都很强。';
    expect(findPersonMentions(ctx(text), units(text))).toEqual([]);
  });

  it('gives a post to every name listed after it', () => {
    const text = '副所长张建、刘洋和民警一起值守。';
    expect(findPersonMentions(ctx(text), units(text)).map((p) => p.name)).toEqual(['张建', '刘洋']);
  });
});

describe('honour mentions', () => {
  it('reads merit citations, quoted titles and the agent of a passive', () => {
    const text = '城南派出所2019年被市委组织部评为“先进基层党组织”,并荣立集体二等功。';
    const c = ctx(text);
    const found = findHonours(c, []);
    expect(found.mentions.map((m) => m.name)).toEqual(['先进基层党组织', '集体二等功']);
    const [titled] = found.events;
    expect(text.slice(titled!.agents[0]!.start, titled!.agents[0]!.end)).toBe('市委组织部');
  });

  it('marks counted statements and drops generic levels', () => {
    const found = findHonours(ctx('近年来,先后有5名民警荣立个人三等功,20人次受到市级以上表彰。'), []);
    expect(found.mentions.map((m) => m.name)).toEqual(['三等功']);
    expect(found.events[0]!.counted).toBe(true);
  });

  it('keeps a scope word and names a competition result by its competition', () => {
    const scoped = findHonours(ctx('该队获得全国“青年文明号”称号。'), []);
    expect(scoped.mentions[0]!.name).toBe('全国青年文明号');
    const rank = findHonours(ctx('在全省公安机关射击比武中荣获团体第二名。'), []);
    expect(rank.mentions[0]).toMatchObject({ name: '全省公安机关射击比武团体第二名', aliases: ['团体第二名'] });
  });
});

describe('initiative mentions', () => {
  it('takes quotations introduced by a creation verb or carrying an initiative head', () => {
    const found = findInitiatives(ctx('该所推出“午间课堂”,打造“蓝盾先锋”品牌,实施“暖心计划”。'), []);
    expect(found.map((i) => i.name)).toEqual(['午间课堂', '蓝盾先锋', '暖心计划']);
  });

  it('rejects slogans, goals, manners and joined events', () => {
    const text = '坚持“人民至上,生命至上”的理念,以“零发案”为目标,提供“一站式”服务,组织参加“环湖跑”活动。';
    expect(findInitiatives(ctx(text), [])).toEqual([]);
  });

  it('names a team by the quotation and its head', () => {
    const found = findInitiatives(ctx('她带领民警组建了“彩虹”志愿服务队。'), []);
    expect(found[0]!.name).toBe('彩虹志愿服务队');
  });
});

describe('organisation mentions', () => {
  it('reads organisations by their heads, prefixes and abbreviations', () => {
    const text = '该所与江州市第二人民医院签订协议,被共青团江州市委表彰,市综治办为其通报表扬。';
    const found = findOrgMentions(ctx(text), units(text)).map((o) => o.name);
    expect(found).toEqual(expect.arrayContaining(['江州市第二人民医院', '共青团江州市委', '市综治办']));
  });
});
