// Genre rules added from the fifth development set (bench/heldout5), each on
// sentences of its own (invented places, units and people).
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/ingest/extract.js';
import { edges, names } from './graph-views.js';

describe('a decision that names the head of each group and prints the group below', () => {
  const g = extractArticle(
    [
      '江州市公安局关于表彰2023年度全市公安机关先进集体和先进个人的决定',
      '经研究,决定授予江州市公安局临江分局西关派出所等3个单位“2023年度全市公安机关先进集体”称号,授予韩立新等2名同志“2023年度全市公安机关先进个人”称号。',
      '一、2023年度全市公安机关先进集体(3个)',
      '江州市公安局临江分局西关派出所',
      '江州市公安局东岭分局胜利派出所',
      '江州市公安局刑事侦查支队',
      '二、2023年度全市公安机关先进个人(2名)',
      '韩立新 临江分局西关派出所所长',
      '钟 岩(女) 东岭分局胜利派出所社区民警',
    ].join('\n'),
  );

  it('gives each title, with the year it is written with (rule 13), to every line under the heading that repeats it, persons only a person’s title', () => {
    expect(edges(g, 'RECEIVED').sort()).toEqual(
      [
        '江州市公安局临江分局西关派出所 → 2023年度全市公安机关先进集体',
        '江州市公安局东岭分局胜利派出所 → 2023年度全市公安机关先进集体',
        '江州市公安局刑事侦查支队 → 2023年度全市公安机关先进集体',
        '韩立新 → 2023年度全市公安机关先进个人',
        '钟岩 → 2023年度全市公安机关先进个人',
      ].sort(),
    );
    for (const r of g.relations.filter((x) => x.type === 'RECEIVED')) expect(r).toMatchObject({ year: 2023, conferredBy: '江州市公安局' });
  });
});

describe('place names the tagger cuts', () => {
  it('reads a whole noun between two links of a compound as the opening of the lower unit’s name (管城/n 回族区分局)', () => {
    const g = extractArticle('江州市公安局白沙回族区分局交巡警大队被评为先进集体。');
    expect(names(g, 'Unit')).toEqual(expect.arrayContaining(['江州市公安局白沙回族区分局交巡警大队', '江州市公安局白沙回族区分局']));
    expect(names(g, 'Unit').some((n) => n.startsWith('回族区'))).toBe(false);
  });

  it('does not read a verb the tagger calls a noun as a name above a city’s chain or when the next head ranks above the link (公安部命名/n, 分局荣获/n)', () => {
    const g = extractArticle('江州市公安局临江分局荣获江南省公安厅表彰。');
    expect(names(g, 'Unit')).toContain('江南省公安厅');
    expect(names(g, 'Unit').some((n) => n.includes('荣获'))).toBe(false);
    const named = extractArticle('近日,公安部命名江州市公安局临江分局西关派出所为“枫桥式公安派出所”。');
    expect(names(named, 'Unit')).toContain('江州市公安局');
  });

  it('restores the opening characters cut off a name that the article writes in full elsewhere (黔/j 灵山路)', () => {
    const g = extractArticle('云岩分局黔灵山路派出所党支部打造调解工作室。今年6月,黔灵山路派出所党支部被江南省公安厅命名为“全省公安机关示范党支部”。');
    expect(names(g, 'Unit')).not.toContain('灵山路派出所党支部');
    expect(edges(g, 'RECEIVED')).toEqual(['云岩分局黔灵山路派出所党支部 → 全省公安机关示范党支部']);
  });
});

describe('names given only as the items of a group', () => {
  it('reads the names bracketed after a counted post as people of that post in the unit before the count, and as the recipients', () => {
    const g = extractArticle('其中,江州市公安局临江分局的三名民警(程浩、阿依别克、杜晓梅)被共青团江州市委表彰为“江州市优秀共青团员”。');
    expect(names(g, 'Person').sort()).toEqual(['程浩', '阿依别克', '杜晓梅'].sort());
    expect(edges(g, 'MEMBER_OF').sort()).toEqual(
      ['程浩 → 江州市公安局临江分局 (民警)', '阿依别克 → 江州市公安局临江分局 (民警)', '杜晓梅 → 江州市公安局临江分局 (民警)'].sort(),
    );
    expect(edges(g, 'RECEIVED').sort()).toEqual(
      ['程浩 → 江州市优秀共青团员', '阿依别克 → 江州市优秀共青团员', '杜晓梅 → 江州市优秀共青团员'].sort(),
    );
  });

  it('reads a list closed by 等同志 as people and the recipients, but not masked names', () => {
    const g = extractArticle('此外,宋建国、高鹏远、李某等同志被江州市委市政府授予“平安江州建设先进个人”称号。');
    expect(names(g, 'Person').sort()).toEqual(['宋建国', '高鹏远'].sort());
    expect(edges(g, 'RECEIVED').sort()).toEqual(['宋建国 → 平安江州建设先进个人', '高鹏远 → 平安江州建设先进个人'].sort());
  });
});

describe('a body’s decision followed by its items', () => {
  it('gives each item, 嘉奖一次 too, from the body whose clause ends in 决定', () => {
    const g = extractArticle('8月3日,江州市公安局决定,给予临江派出所民警韩立新记个人二等功,给予辅警钟岩嘉奖一次。');
    const received = g.relations.filter((r) => r.type === 'RECEIVED');
    expect(received.map((r) => `${r.from} → ${r.to}`).sort()).toEqual(['韩立新 → 二等功', '钟岩 → 嘉奖'].sort());
    for (const r of received) expect(r.conferredBy, r.to).toBe('江州市公安局');
  });
});
