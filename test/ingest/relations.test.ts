// Relations with their evidence, on short articles in the genre's patterns.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/ingest/extract.js';

const rel = (text: string, type: string) => extractArticle(text).relations.filter((r) => r.type === type);

describe('relations', () => {
  it('MEMBER_OF: the unit and post written before a name, several posts at once', () => {
    const text = '江州市公安局临江分局城西派出所党支部书记、所长王立新介绍,辖区发案下降。城西派出所民警陈晓说,这是大家的功劳。';
    const members = rel(text, 'MEMBER_OF').map((r) => `${r.from} ${r.role} ${r.to}`);
    expect(members).toEqual(
      expect.arrayContaining([
        '王立新 党支部书记 江州市公安局临江分局城西派出所党支部',
        '王立新 所长 江州市公安局临江分局城西派出所',
        '陈晓 民警 江州市公安局临江分局城西派出所',
      ]),
    );
  });

  it('RECEIVED: recipient, year and giver; a counted statement gives no edge', () => {
    const text = '江州市公安局临江分局城西派出所2021年被公安部评为“全国优秀公安基层单位”。近年来,该所有3人荣立个人三等功。';
    const graph = extractArticle(text);
    const received = graph.relations.filter((r) => r.type === 'RECEIVED');
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ from: '江州市公安局临江分局城西派出所', to: '全国优秀公安基层单位', year: 2021, conferredBy: '公安部' });
    expect(graph.entities.some((e) => e.type === 'Honour' && e.name === '三等功')).toBe(true);
  });

  it('RECEIVED: an honour title written before a person', () => {
    const text = '江州市公安局临江分局城西派出所涌现出了全省优秀人民警察陈晓等一批先进典型。';
    expect(rel(text, 'RECEIVED')).toEqual([expect.objectContaining({ from: '陈晓', to: '全省优秀人民警察' })]);
  });

  it('LEADS: the subject of the clause, or the subject the sentence opened with', () => {
    const text = '江州市公安局临江分局城西派出所立足实际,推出“夜市守护”服务,打造“老街管家”品牌。';
    expect(rel(text, 'LEADS').map((r) => `${r.from} → ${r.to}`)).toEqual([
      '江州市公安局临江分局城西派出所 → 夜市守护',
      '江州市公安局临江分局城西派出所 → 老街管家',
    ]);
  });

  it('PARTNERS_WITH: organisations a unit joins with', () => {
    const text = '江州市公安局临江分局城西派出所与江州市第二人民医院签订共建协议,并联合江州职业学校、江州图书馆等单位开展活动。';
    expect(rel(text, 'PARTNERS_WITH').map((r) => r.to)).toEqual(
      expect.arrayContaining(['江州市第二人民医院', '江州职业学校', '江州图书馆']),
    );
  });

  it('every relation carries evidence that points into the normalized text', () => {
    const graph = extractArticle('江州市公安局城西派出所民警陈晓,2020年被评为“江州好人”。');
    expect(graph.relations.length).toBeGreaterThan(0);
    for (const r of graph.relations) {
      expect(r.evidence).toBeDefined();
      expect(graph.text.slice(r.evidence!.start, r.evidence!.end)).toBe(r.evidence!.sentence);
    }
  });

  it('MEMBER_OF: a Party post in a body the article does not name is held in the unit it sits in (rules 3 and 8)', () => {
    const text = '城东派出所位于城区中心。党支部书记王建国、党支部副书记李红梅带领党员开展活动。党支部书记王建国说,大家干劲很足。';
    const graph = extractArticle(text);
    expect(graph.entities.filter((e) => e.name === '城东派出所党支部')).toHaveLength(0);
    expect(rel(text, 'MEMBER_OF').map((r) => `${r.from} ${r.role} ${r.to}`).sort()).toEqual(['李红梅 党支部副书记 城东派出所', '王建国 党支部书记 城东派出所']);
  });
});
