// Initiative and LEADS rules (ANNOTATION.md rule 11), each on sentences of its
// own (invented places, units and people).
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/ingest/extract.js';
import { edges, names } from './graph-views.js';

const BUREAU = '江州市公安局临江分局西关派出所党支部现有党员19名。';

describe('a unit’s own methods, schools and service points', () => {
  it('reads a counted method rolled out (推开), a night school opened (开办) and a reading club held (读书会 ends in 会)', () => {
    const g = extractArticle(
      BUREAU +
        '去年以来,支部在全所推开“一岗双员”机制,每个警务室配齐信息员、调解员。' +
        '所团支部开办“青苗夜校”,每月邀请业务骨干授课。' +
        '所团支部还组织开展青年民警“警苑读书会”活动6次。',
    );
    expect(names(g, 'Initiative')).toEqual(expect.arrayContaining(['一岗双员', '青苗夜校', '警苑读书会']));
    expect(edges(g, 'LEADS')).toContain('江州市公安局临江分局西关派出所党支部 → 一岗双员');
  });

  it('reads an unquoted service point set up as the first of its kind (建起了江州市第一家…工作站)', () => {
    const g = extractArticle('江州市公安局临江分局西关派出所辖区有居民3万人。派出所还建起了江州市第一家公益性法律服务工作站,律师协会选派律师进驻。');
    expect(edges(g, 'LEADS')).toContain('江州市公安局临江分局西关派出所 → 公益性法律服务工作站');
  });

  it('reads a place-named model the unit distilled (提炼出“…”的“X经验”)', () => {
    const g = extractArticle('江州市公安局临江分局西关派出所在总结调解经验的基础上,提炼出“一听二访三回”的“西关经验”,被临江分局在全区推广。');
    expect(edges(g, 'LEADS')).toContain('江州市公安局临江分局西关派出所 → 西关经验');
  });
});

describe('what is not an initiative', () => {
  it('leaves out a national system carried out (落实), the publisher’s own column, a list of sectors, a campaign for a title, a kind counted and an epithet', () => {
    const g = extractArticle(
      BUREAU +
        '会议要求,各单位严格落实“两会一课”等组织生活制度。' +
        '即日起,本网开设“身旁的标兵”专栏,讲述一线民警的故事。' +
        '派出所与青山茶业公司开展“警企户”三方共建,与青山小学开展“警校家”共建。' +
        '派出所开展“一所一特色”创建活动。' +
        '要把更多“临江”特色品牌叫响擦亮。' +
        '作为“法治驿站”,西关派出所“明理”法律服务室由民警骨干组建。',
    );
    for (const extra of ['两会一课', '身旁的标兵', '警企户', '警校家', '一所一特色', '临江', '法治驿站']) expect(names(g, 'Initiative')).not.toContain(extra);
  });

  it('leaves out a word that ends several of the article’s initiative names (组建“义警”队伍 beside “青山义警”、“白沙义警”)', () => {
    const g = extractArticle(
      '江州市公安局临江分局把保安、志愿者组织起来,组建“义警”队伍。目前已联合青山社区组建41人的“青山义警”、联合白沙社区组建52人的“白沙义警”。',
    );
    expect(names(g, 'Initiative')).toEqual(expect.arrayContaining(['青山义警', '白沙义警']));
    expect(names(g, 'Initiative')).not.toContain('义警');
  });
});

describe('LEADS to the right end', () => {
  it('gives a method to the unit written right before its name when no verb introduces it (推广西关派出所“…”工作法)', () => {
    const g = extractArticle(
      BUREAU + '支部探索推行“1+2+N”工作法,1名社区民警牵头。' + '临江分局政治处主任韩立新表示,分局将在全区推广西关派出所“1+2+N”工作法。',
    );
    expect(edges(g, 'LEADS')).toContain('江州市公安局临江分局西关派出所 → 1+2+N');
  });

  it('gives a service point to whom 由X担任站长 names, in a sentence the name opens', () => {
    const g = extractArticle(
      '江州市公安局临江分局西关派出所在青山科技公司设立“护民e站”警企服务站。“护民e站”由西关派出所教导员韩立新担任站长,安排民警每周到站坐班。',
    );
    expect(edges(g, 'LEADS')).toContain('韩立新 → 护民e站');
  });

  it('gives a studio to its founder named after a demonstrative reference (该工作室由X生前创立)', () => {
    const g = extractArticle(
      '江州市公安局党委号召全市民警向韩立新同志学习。会后,与会人员来到临江分局刑警大队“立新工作室”参观。该工作室由韩立新生前创立,专门研究侦查技战法。',
    );
    expect(edges(g, 'LEADS')).toContain('韩立新 → 立新工作室');
  });

  it('gives a room to the owner a later paragraph names (工作室的主人叫X)', () => {
    const g = extractArticle(
      ['在江州市公安局临江分局西关派出所一楼,有一间小屋,门口挂着“老韩调解工作室”的牌子。', '工作室的主人叫韩立新,今年56岁,是西关所的一名社区民警。'].join('\n'),
    );
    expect(edges(g, 'LEADS')).toContain('韩立新 → 老韩调解工作室');
  });

  it('gives a method to the unit a leader takes along (带着所里的民警创立…)', () => {
    const g = extractArticle('江州市公安局临江分局西关派出所所长韩立新带着所里的8名女民警,创立了“三暖”服务法。');
    expect(edges(g, 'LEADS')).toEqual(expect.arrayContaining(['韩立新 → 三暖', '江州市公安局临江分局西关派出所 → 三暖']));
  });

  it('reads a leader whose post and name run long (由事故处理中队中队长 韩立新 牵头)', () => {
    const g = extractArticle('江州市临江县公安局交通管理大队还将在县人民医院设立“警医小站”,由事故处理中队中队长 韩立新 牵头,安排民警轮流值守。');
    expect(edges(g, 'LEADS')).toContain('韩立新 → 警医小站');
  });

  it('gives what is set up at a sub-unit to the sentence’s topic too (支部打造…,在X警务服务站设立“…”)', () => {
    const g = extractArticle(BUREAU + '2020年,支部打造“红色港湾”党建品牌,在港湾警务服务站设立“渔嫂议事角”,邀请渔民家属参与议事。');
    expect(edges(g, 'LEADS')).toEqual(
      expect.arrayContaining(['江州市公安局临江分局西关派出所党支部 → 渔嫂议事角', '港湾警务服务站 → 渔嫂议事角']),
    );
  });

  it('gives nothing to a landmark the initiative stands by (在警务室旁开设)', () => {
    const g = extractArticle(
      '在江州市公安局临江分局西关派出所古巷社区警务室,社区民警韩立新已经驻守了12年。他会说一口地道的方言,在警务室旁开设了“古巷茶话”调解点,邀请老人一起喝茶调解纠纷。',
    );
    const leads = edges(g, 'LEADS').filter((e) => e.endsWith('古巷茶话'));
    expect(leads).toEqual(['韩立新 → 古巷茶话']);
  });
});
