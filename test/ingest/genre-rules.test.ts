// The genre rules added from the development articles, each on sentences of
// its own (invented places, units and people).
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/ingest/extract.js';
import { edges, names } from './graph-views.js';


describe('commendation decisions', () => {
  const g = extractArticle(
    [
      '江州市公安局召开全市公安机关表彰大会。',
      '会上宣读了《关于表彰2021年度全市公安机关先进集体和先进个人的决定》:临江分局刑警大队、东湖分局巡警大队等9个单位被记集体三等功;' +
        '临江分局城西派出所民警陈晓等40人被记个人三等功,东湖分局辅警李明等20名辅警被评为“优秀辅警”。',
    ].join('\n'),
  );
  const received = g.relations.filter((r) => r.type === 'RECEIVED');

  it('gives the honour to the named heads of a counted list', () => {
    expect(received.map((r) => `${r.from} → ${r.to}`)).toEqual(
      expect.arrayContaining(['临江分局刑警大队 → 集体三等功', '东湖分局巡警大队 → 集体三等功', '陈晓 → 三等功', '李明 → 优秀辅警']),
    );
  });

  it('takes giver and year from the meeting and the decision, across the sentences of its list', () => {
    for (const r of received) expect(r, `${r.from} → ${r.to}`).toMatchObject({ conferredBy: '江州市公安局', year: 2021 });
  });

  it('does not place branches the report names beside the city bureau in it: the text does not link them (rule 7)', () => {
    expect(edges(g, 'PART_OF').filter((e) => /^(?:临江|东湖)分局 →/.test(e))).toEqual([]);
  });
});

describe('people', () => {
  it('reads a dictionary word after a post as a name when it heads a list', () => {
    const g = extractArticle('江州市公安局城西派出所民警温暖等4人荣立个人三等功。');
    expect(names(g, 'Person')).toContain('温暖');
  });

  it('reads every post of a list that opens the sentence (a post in an unnamed Party body yields to the unit post: rule 8), and each named head of a counted list', () => {
    const g = extractArticle('城西派出所成立于1985年。所长、党支部书记杨志刚介绍,社区民警王勇和民警高明等3人荣立个人三等功。');
    expect(edges(g, 'MEMBER_OF').filter((e) => e.startsWith('杨志刚'))).toEqual(['杨志刚 → 城西派出所 (所长)']);
    expect(edges(g, 'RECEIVED').sort()).toEqual(['王勇 → 三等功', '高明 → 三等功']);
  });

  it('reads a profile that opens with the name and then the posts', () => {
    const g = extractArticle('王立新,城西派出所所长、党支部书记。他带领城西派出所党支部与城西街道办事处开展党建共建。');
    expect(edges(g, 'MEMBER_OF')).toEqual(expect.arrayContaining(['王立新 → 城西派出所 (所长)', '王立新 → 城西派出所党支部 (党支部书记)']));
    // …and the unit he leads into the partnership is the partner.
    expect(edges(g, 'PARTNERS_WITH')).toEqual(['城西派出所党支部 → 城西街道办事处']);
  });

  it('reads no name in 管不过来 or inside 群众满意', () => {
    const g = extractArticle('城西派出所所长王立新说,光靠几个民警管不过来。全所交出了一份群众满意的答卷。');
    expect(names(g, 'Person')).toEqual(['王立新']);
  });

  it('gives a unit post in a leadership list to the unit, not to its Party committee', () => {
    const g = extractArticle('江州市公安局党委书记、局长张强出席会议,党委副书记、政委刘敏主持会议。');
    expect(edges(g, 'MEMBER_OF')).toEqual(
      expect.arrayContaining(['刘敏 → 江州市公安局 (政委)', '刘敏 → 江州市公安局党委 (党委副书记)']),
    );
    expect(names(g, 'Unit')).not.toContain('江州市公安局党委党委');
  });

  it('places a community officer in the community police office named before', () => {
    const g = extractArticle('江州市公安局城西派出所桂园社区警务室的灯亮了。社区民警赵刚开始一天的工作。');
    expect(edges(g, 'MEMBER_OF')).toEqual(['赵刚 → 江州市公安局城西派出所桂园社区警务室 (社区民警)']);
  });
});

describe('who acts', () => {
  it('does not take the speaker of reported speech as its subject', () => {
    const g = extractArticle('城西派出所所长王立新介绍,该所推出“一站式”窗口,组建“城西夜巡队”。');
    expect(edges(g, 'LEADS')).toEqual(['城西派出所 → 城西夜巡队']);
  });

  it('reads a reference that opens a compound as part of it (支队团支部)', () => {
    const g = extractArticle('江州市公安局特警支队团支部有团员80名。支队团支部还与江州市红十字会联合成立“蓝盾急救志愿服务队”。');
    expect(edges(g, 'LEADS')).toEqual(['江州市公安局特警支队团支部 → 蓝盾急救志愿服务队']);
    expect(edges(g, 'PARTNERS_WITH')).toEqual(['江州市公安局特警支队团支部 → 江州市红十字会']);
  });

  it('gives a title for a kind of police unit to the unit, not to its Party body', () => {
    const g = extractArticle('城西派出所党支部坚持党建引领。该所党支部书记工作室的带领下,该所创建成了公安部命名的“全国一级派出所”。');
    expect(edges(g, 'RECEIVED')).toEqual(['城西派出所 → 全国一级派出所']);
  });
});

describe('initiatives', () => {
  it('reads references to a police team by its head noun: a Unit (rule 11) with its head as a member', () => {
    const g = extractArticle(
      [
        '江州市公安局临江分局交警大队团支部有团员30名。',
        '“雷霆”突击队是该大队的一块牌子。突击队由临江分局交警大队团支部牵头组建。',
        '突击队队长、城西中队中队长周鹏介绍,出警时间已缩短。',
      ].join(''),
    );
    expect(names(g, 'Unit')).toContain('雷霆突击队');
    expect(edges(g, 'LEADS')).toEqual([]);
    expect(edges(g, 'MEMBER_OF').sort()).toEqual(['周鹏 → 城西中队 (中队长)', '周鹏 → 雷霆突击队 (队长)']);
  });

  it('reads who runs a method named by 这一工作法', () => {
    const g = extractArticle('民警赵刚总结出“三心工作法”。临江分局在全局推广这一工作法。');
    expect(edges(g, 'LEADS')).toEqual(expect.arrayContaining(['临江分局 → 三心工作法']));
  });

  it('reads founders in a relative clause and leaders named with 领衔', () => {
    const g = extractArticle('江州市公安局临江分局刑警大队大队长周鹏发言。大队创建的、由周鹏领衔的“周鹏合成作战工作室”已成为招牌。');
    expect(edges(g, 'LEADS').sort()).toEqual(['周鹏 → 周鹏合成作战工作室', '江州市公安局临江分局刑警大队 → 周鹏合成作战工作室']);
  });

  it('finds the creation verb before a description of the members, and promoting a brand', () => {
    const g = extractArticle(
      '江州市公安局城西派出所组建了由退休教师和志愿者组成的“桂园守望队”。城西派出所将继续擦亮“桂园红”品牌。',
    );
    expect(edges(g, 'LEADS')).toEqual(
      expect.arrayContaining(['江州市公安局城西派出所 → 桂园守望队', '江州市公安局城西派出所 → 桂园红']),
    );
  });

  it('does not take a quotation followed by a Latin word and a negative follower (“青春”LOGO形象)', () => {
    const g = extractArticle('城西派出所团支部推出由警徽和花朵组成的“青春”LOGO形象。');
    expect(names(g, 'Initiative')).toEqual([]);
  });
});

describe('organisations', () => {
  it('reads national bodies, college names with 与 and the Party bodies of outside organisations', () => {
    const g = extractArticle(
      '城西派出所团支部2020年被共青团中央授予“全国五四红旗团支部”称号。团支部还与江州大学海洋与环境学院团委开展共建。',
    );
    expect(names(g, 'Organization').sort()).toEqual(['共青团中央', '江州大学', '江州大学海洋与环境学院团委']);
    expect(g.relations.find((r) => r.type === 'RECEIVED')).toMatchObject({ conferredBy: '共青团中央' });
  });

  it('reads a counted organisation, or a community, as no organisation; a village only as a partner', () => {
    const g = extractArticle('他在一家物流公司找到了工作。今年以来,桂园社区入室盗窃案件为零。城西派出所与桂园社区开展共建。河东村民风淳朴,城西派出所与河东村结对共建。');
    expect(names(g, 'Organization')).toEqual(['河东村']);
    expect(edges(g, 'PARTNERS_WITH')).toEqual(['城西派出所 → 河东村']);
  });
});

describe('units', () => {
  it('reads a station name the tagger splits into loose characters between two links', () => {
    const g = extractArticle('江州市公安局召开表彰会,临江分局金都派出所民警陈晓荣立个人三等功。');
    expect(names(g, 'Unit')).toContain('临江分局金都派出所');
    expect(edges(g, 'PART_OF')).toContain('临江分局金都派出所 → 临江分局');
  });

  it('merges a short form whose tagger glued the branch name to the station name', () => {
    const g = extractArticle('江州临江城西派出所:守护老城\n江州市公安局临江分局城西派出所是一个年轻的所。');
    const units = g.entities.filter((e) => e.type === 'Unit' && e.name.endsWith('城西派出所'));
    expect(units).toHaveLength(1);
    expect(units[0]!.aliases).toContain('江州临江城西派出所');
  });

  it('reads a renamed unit (将…命名为“…警务室”) as no honour', () => {
    const g = extractArticle('2016年,城西派出所将桂园社区警务室命名为“老赵警务室”。');
    expect(names(g, 'Honour')).toEqual([]);
  });
});
