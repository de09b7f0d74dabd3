// Genre rules added after the second held-out set (bench/heldout2), each on
// sentences of its own (invented places, units, people and partners): unit
// heads and branch words, counted lists, references, people, partners,
// initiatives and honours.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/ingest/extract.js';
import { edges, names } from './graph-views.js';


describe('unit heads and branch words', () => {
  it('reads a branch written with its generic tail (出入境管理, 森林警察) as one branch word', () => {
    const g = extractArticle('记者从临川市公安局出入境管理支队获悉,临川市公安局森林警察支队青山大队也参与了行动。');
    expect(names(g, 'Unit')).toEqual(
      expect.arrayContaining(['临川市公安局出入境管理支队', '临川市公安局森林警察支队', '临川市公安局森林警察支队青山大队']),
    );
    expect(edges(g, 'PART_OF')).toEqual(
      expect.arrayContaining(['临川市公安局森林警察支队青山大队 → 临川市公安局森林警察支队', '临川市公安局出入境管理支队 → 临川市公安局']),
    );
  });

  it('reads a railway 公安处 and takes 局长 inside it for no post', () => {
    const g = extractArticle('上海铁路公安局杭州公安处所属杭州东站派出所共有民警60名。');
    expect(names(g, 'Person')).toEqual([]);
    expect(edges(g, 'PART_OF')).toEqual(
      expect.arrayContaining(['上海铁路公安局杭州公安处 → 上海铁路公安局', '杭州东站派出所 → 上海铁路公安局杭州公安处']),
    );
  });

  it('knows 杭州铁路公安处 as the 公安处 of 上海铁路公安局杭州公安处', () => {
    const g = extractArticle('杭州铁路公安处:春运护航。上海铁路公安局杭州公安处今年发送旅客800万人次。');
    const unit = g.entities.find((e) => e.name === '上海铁路公安局杭州公安处');
    expect(unit?.aliases).toContain('杭州铁路公安处');
  });

  it('reads a 指挥中心 as a unit of its branch', () => {
    const g = extractArticle('在江北区分局指挥中心的大屏前,民警李娟正在调度警力。');
    expect(edges(g, 'MEMBER_OF')).toEqual(['李娟 → 江北区分局指挥中心 (民警)']);
    expect(edges(g, 'PART_OF')).toEqual(['江北区分局指挥中心 → 江北区分局']);
  });

  it('reads 全支队 as the whole detachment, not a unit named 占全', () => {
    const g = extractArticle('临川市公安局经侦支队党总支现有党员40名,占全支队民警的八成。');
    expect(names(g, 'Unit').some((n) => n.includes('占'))).toBe(false);
  });

  it('reads a name the tagger split (康巴/什) before a head', () => {
    const g = extractArticle('临川市公安局交警支队康巴什大队辖区道路600公里。');
    expect(names(g, 'Unit')).toContain('临川市公安局交警支队康巴什大队');
  });

  it('reads a post followed by a name and a unit (大队长郑浩是支队的…) as no unit name', () => {
    const g = extractArticle('临川市公安局特警支队一大队大队长郑浩是支队的业务尖子。');
    expect(names(g, 'Unit').some((n) => n.includes('郑浩'))).toBe(false);
    expect(names(g, 'Person')).toEqual(['郑浩']);
  });

  it('makes the Party body of a station written short (东城所党支部) one unit', () => {
    const g = extractArticle('青河县公安局东城派出所有民警20名。东城所党支部与青河县人民医院签订共建协议。');
    expect(edges(g, 'PARTNERS_WITH')).toEqual(['东城所党支部 → 青河县人民医院']);
    expect(edges(g, 'PART_OF')).toContain('东城所党支部 → 青河县公安局东城派出所');
  });
});

describe('counted lists of units', () => {
  it('expands 下设A、B、C3个巡警中队 into units inside the one before 下设', () => {
    const g = extractArticle('青河区分局巡逻大队下设东湖、西岭、南塘3个巡警中队。东湖巡警中队民警张强说,任务很重。');
    expect(names(g, 'Unit')).toEqual(expect.arrayContaining(['东湖巡警中队', '西岭巡警中队', '南塘巡警中队']));
    expect(edges(g, 'PART_OF')).toEqual(
      expect.arrayContaining(['东湖巡警中队 → 青河区分局巡逻大队', '西岭巡警中队 → 青河区分局巡逻大队', '南塘巡警中队 → 青河区分局巡逻大队']),
    );
    expect(edges(g, 'MEMBER_OF')).toEqual(['张强 → 东湖巡警中队 (民警)']);
  });
});

describe('references', () => {
  it('takes a bare 大队 for the brigade the article names most, not the one named last', () => {
    const g = extractArticle(
      [
        '青河区分局巡逻大队负责商圈巡逻。青河区分局巡逻大队现有民警80名。青河区分局法制大队对案件逐一审核。',
        '大队还与青河区红十字会联合开展急救培训。',
      ].join('\n'),
    );
    expect(edges(g, 'PARTNERS_WITH')).toEqual(['青河区分局巡逻大队 → 青河区红十字会']);
  });

  it('does not take the giver of an honour (被X记…) for what 该局 points back to', () => {
    const g = extractArticle(
      [
        '临川市公安局空港分局守护着机场。今年3月,民警王海被临川市公安局记个人三等功。',
        '该局与临川空港集团有限公司签订警企共建协议。',
      ].join('\n'),
    );
    expect(edges(g, 'PARTNERS_WITH')).toEqual(['临川市公安局空港分局 → 临川空港集团有限公司']);
  });

  it('gives a 局长 of a branch to the branch', () => {
    const g = extractArticle('临川市公安局空港分局党总支书记、局长周平说,安全是第一位的。');
    expect(edges(g, 'MEMBER_OF')).toEqual(expect.arrayContaining(['周平 → 临川市公安局空港分局 (局长)']));
  });

  it('reads 他 / 她 within the paragraph only', () => {
    const g = extractArticle('民警王海从警20年。\n她获评“全市最美辅警”。');
    expect(edges(g, 'RECEIVED')).toEqual([]);
  });
});

describe('people', () => {
  it('reads southwestern surnames, a name before its post, and a known word after a post as a name', () => {
    const g = extractArticle('青河大队民警岩香说,林子里信号不好。玉坎教导员介绍,大队破案86起。民警向阳在街头巡逻。');
    expect(names(g, 'Person')).toEqual(expect.arrayContaining(['岩香', '玉坎', '向阳']));
    expect(edges(g, 'MEMBER_OF')).toContain('玉坎 → 青河大队 (教导员)');
  });

  it('gives a community officer with no 警务室 named the unit the sentence opens with', () => {
    const g = extractArticle('青山县公安局有12个派出所。在石门派出所,社区民警邓丽已经工作了17年。');
    expect(edges(g, 'MEMBER_OF')).toEqual(['邓丽 → 石门派出所 (社区民警)']);
  });

  it('gives a person with a post and no unit the unit named after 是', () => {
    const g = extractArticle('青河县公安局交警大队下设一中队。辅警李芳是一中队唯一的女队员。');
    expect(edges(g, 'MEMBER_OF')).toContain('李芳 → 一中队 (辅警)');
  });

  it('reads a traveller by the civilian word 旅客', () => {
    const g = extractArticle('78岁的旅客张秀兰在换乘时与家人走散。');
    expect(names(g, 'Person')).toEqual(['张秀兰']);
  });

  it('reads a name whose first two characters are a dictionary word (方志/远) after 邻居', () => {
    const g = extractArticle('老人在家中摔倒,邻居方志远发现后报了警。群众满意率达到99%。');
    expect(names(g, 'Person')).toEqual(['方志远']);
  });
});

describe('partners', () => {
  it('reads the whole name after a partner marker, over words the tagger splits', () => {
    const g = extractArticle('青河交警大队与青河冰雪大世界股份有限公司签订交通安保合作协议。');
    expect(edges(g, 'PARTNERS_WITH')).toEqual(['青河交警大队 → 青河冰雪大世界股份有限公司']);
  });

  it('reads non-police bureaus, gardens and airports as organisations', () => {
    const g = extractArticle('青河森林大队与青河国家级自然保护区管护局签订合作协议;与中国科学院青河植物园共建科普基地;与青河国际机场联合巡查。');
    expect(names(g, 'Organization')).toEqual(
      expect.arrayContaining(['青河国家级自然保护区管护局', '中国科学院青河植物园', '青河国际机场']),
    );
    expect(edges(g, 'PARTNERS_WITH')).toHaveLength(3);
  });

  it('reads an outside Party committee as an organisation, and the local League committee (团区委, no place) as none', () => {
    const g = extractArticle('青河区分局团委与团区委携手;青河区分局巡逻大队与滨江商圈党委签订共建协议。');
    expect(names(g, 'Organization')).toEqual(['滨江商圈党委']);
    expect(edges(g, 'PARTNERS_WITH')).toEqual(['青河区分局巡逻大队 → 滨江商圈党委']);
  });

  it('drops a generic word before the partner name and reads no office in 预约办、延时办', () => {
    const g = extractArticle('青河派出所与辖区阳光社区党委结成共建对子,窗口推行预约办、就近办、延时办。');
    expect(names(g, 'Organization')).toEqual(['阳光社区党委']);
  });

  it('reads government bureaus by their heads (海洋与渔业局)', () => {
    const g = extractArticle('青河派出所与青河市海洋与渔业局联合组建应急救援队。');
    expect(edges(g, 'PARTNERS_WITH')).toEqual(['青河派出所 → 青河市海洋与渔业局']);
  });

  it('reads an affiliated hospital (大学附属X医院) as one name, and 所里 as the station', () => {
    const g = extractArticle('青河派出所位于海岛。所里还与青河大学附属中山医院共建“海岛急救站”。');
    expect(edges(g, 'PARTNERS_WITH')).toEqual(['青河派出所 → 青河大学附属中山医院']);
    expect(edges(g, 'LEADS')).toEqual(['青河派出所 → 海岛急救站']);
  });

  it('keeps a police traffic bureau a unit', () => {
    const g = extractArticle('临川市公安局公安交通管理局与临川市交通运输局签订合作协议。');
    expect(names(g, 'Organization')).toEqual(['临川市交通运输局']);
    expect(names(g, 'Unit')).toContain('临川市公安局公安交通管理局');
  });
});

describe('initiatives', () => {
  it('prefers a strong head further on to a weak one nearer (法律服务平台)', () => {
    const g = extractArticle('青河经侦支队与青河律师事务所共建“法企通”法律服务平台。');
    const initiative = g.entities.find((e) => e.name === '法企通');
    expect(initiative?.aliases).toContain('法企通法律服务平台');
    expect(edges(g, 'LEADS')).toEqual(['青河经侦支队 → 法企通']);
  });

  it('reads a name after a quoted description (创立了“…”的“四心”服务法)', () => {
    const g = extractArticle('青河服务站站长刘敏创立了“微笑、耐心、细心、贴心”的“四心”服务法。');
    expect(names(g, 'Initiative')).toEqual(['四心']);
  });

  it('reads a longer name ending in 心 as a name, a headline epithet as none', () => {
    const g = extractArticle('青河特警:雨林里的“流动服务站”\n民警胡丽带领队员创建“犬警心连心”工作室。');
    expect(names(g, 'Initiative')).toEqual(['犬警心连心工作室']);
  });

  it('reads a team its founder set up (她组建的“…”调解队)', () => {
    const g = extractArticle('社区民警邓丽在山区工作了17年。她组建的“石门嫂子”调解队化解纠纷600余起。');
    expect(edges(g, 'LEADS')).toEqual(['邓丽 → 石门嫂子调解队']);
  });

  it('gives what a person sets up leading a unit (他带领党总支打造…) to both, an unnamed Party body standing for its unit, and the unit partners', () => {
    const g = extractArticle('青河大队大队长张海涛从警24年。他带领大队党总支打造“畅通青河”党建品牌,与青河大学交通学院合作开展研究。');
    expect(edges(g, 'LEADS')).toEqual(expect.arrayContaining(['张海涛 → 畅通青河', '青河大队 → 畅通青河']));
    expect(edges(g, 'PARTNERS_WITH')).toEqual(['青河大队 → 青河大学交通学院']);
  });

  it('does not take the unit whose people a leader leads (带领女子监区6名女民警) for a founder', () => {
    const g = extractArticle('女子监区监区长韩雪是“80后”,她带领女子监区6名女民警组建了“暖心姐妹”帮教小组。');
    expect(edges(g, 'LEADS')).toEqual(['韩雪 → 暖心姐妹帮教小组']);
  });

  it('reads people listed with their posts (所长X、教导员Y) as one subject', () => {
    const g = extractArticle('青河派出所有民警18名。所长林强、教导员黄玲带领民警推行“渔船管家”工作法。');
    expect(edges(g, 'LEADS')).toEqual(expect.arrayContaining(['林强 → 渔船管家', '黄玲 → 渔船管家']));
  });

  it('gives what a leader sets up with the whole unit (带领全队) to the unit too', () => {
    const g = extractArticle('青河交警大队一中队负责景区周边道路。中队长李强带领全队推出“暖心驿站”。');
    expect(edges(g, 'LEADS')).toEqual(expect.arrayContaining(['李强 → 暖心驿站', '青河交警大队一中队 → 暖心驿站']));
  });

  it('reads 由X任队长 as heading the police team, a Unit (rule 11; 任 is no part of the name)', () => {
    const g = extractArticle('青河派出所成立“海岛先锋”突击队,由副所长黄东任队长。');
    expect(names(g, 'Person')).toEqual(['黄东']);
    expect(edges(g, 'MEMBER_OF')).toContain('黄东 → 海岛先锋突击队 (队长)');
  });

  it('reads 在她的带领下 as leading', () => {
    const g = extractArticle('团支部书记陈静是服务台的负责人。在她的带领下,团支部组建了“春风”青年志愿服务队。');
    expect(edges(g, 'LEADS').some((e) => e.startsWith('陈静 → 春风'))).toBe(true);
  });

  it('reads a studio named after its founder (以他名字命名的) as an initiative, not an honour', () => {
    const g = extractArticle('青河交警大队大队长王海说,路口要畅通。2020年,大队成立了以他名字命名的“王海疏导工作室”,由他领衔研究疏导方案。');
    expect(names(g, 'Honour')).toEqual([]);
    expect(edges(g, 'LEADS')).toEqual(expect.arrayContaining(['青河交警大队 → 王海疏导工作室', '王海 → 王海疏导工作室']));
  });
});

describe('honours', () => {
  it('carries a year heading the sentence to its coordinated clauses', () => {
    const g = extractArticle('2021年,青河分局被省公安厅荣记集体二等功,青河派出所被评为“全省优秀公安派出所”。');
    for (const r of g.relations.filter((x) => x.type === 'RECEIVED')) expect(r.year, r.to).toBe(2021);
  });

  it('reads a title opening the clause before the posts (全国优秀人民警察、…大队长X)', () => {
    const g = extractArticle('全国优秀人民警察、青河大队大队长张海涛从警24年。');
    expect(edges(g, 'RECEIVED')).toEqual(['张海涛 → 全国优秀人民警察']);
    expect(edges(g, 'MEMBER_OF')).toEqual(['张海涛 → 青河大队 (大队长)']);
  });

  it('reads a commendation after 受到 only with its giver', () => {
    const g = extractArticle('青河派出所成立于1990年。2021年,该所受到公安部通报表扬。民警王红多次受到上级表彰,对受到表彰的民警送奖到岗。');
    expect(g.relations.filter((r) => r.type === 'RECEIVED')).toEqual([
      expect.objectContaining({ from: '青河派出所', to: '通报表扬', year: 2021, conferredBy: '公安部' }),
    ]);
  });

  it('gives a person-only title to nobody when its person went unread', () => {
    const g = extractArticle('青河交警大队负责城区交通。2023年,其其格获评“全区最美辅警”。');
    expect(edges(g, 'RECEIVED')).toEqual([]);
  });
});

describe('national bodies and sections', () => {
  it('keeps 全国 in a national body’s name, joins 团中央 to 共青团中央, and reads a section glued to the next word (银鹰组由)', () => {
    const g = extractArticle(
      '江州市公安局巡警支队三大队飞燕组获评成绩突出青年集体。三大队飞燕组由18名民警组成,2013年获团中央授予的“全国青年文明号”称号;' +
        '2020年又被全国水利团委评为“全国水利青年安全生产示范岗”。此前共青团中央曾专门发文表扬。',
    );
    expect(names(g, 'Organization').sort()).toEqual(['全国水利团委', '共青团中央'].sort());
    const received = g.relations.filter((r) => r.type === 'RECEIVED').map((r) => `${r.from} → ${r.to} (${r.conferredBy ?? ''})`);
    expect(received.sort()).toEqual(
      [
        '江州市公安局巡警支队三大队飞燕组 → 成绩突出青年集体 ()',
        '江州市公安局巡警支队三大队飞燕组 → 全国青年文明号 (共青团中央)',
        '江州市公安局巡警支队三大队飞燕组 → 全国水利青年安全生产示范岗 (全国水利团委)',
      ].sort(),
    );
  });
});

describe('committees by their full names', () => {
  it('reads 共青团X公安局委员会 as the bureau’s League committee, the same body as 局团委, and each quoted activity of a list with 等多种形式的', () => {
    const g = extractArticle(
      '5月25日,共青团江州市公安局委员会第二次代表大会召开。局团委先后开展了“蓝盾护学”、“蓝盾敬老”等多种形式的关爱帮扶志愿活动。',
    );
    expect(names(g, 'Unit').sort()).toEqual(['共青团江州市公安局委员会', '江州市公安局'].sort());
    expect(edges(g, 'PART_OF')).toEqual(['共青团江州市公安局委员会 → 江州市公安局']);
    expect(edges(g, 'LEADS').sort()).toEqual(['共青团江州市公安局委员会 → 蓝盾护学', '共青团江州市公安局委员会 → 蓝盾敬老']);
  });
});

describe('police teams and generic arrangements (rule 11)', () => {
  it('reads a police team (突击队, 先锋队) as a Unit, placed in the police unit that formed it; a generic 警X联动 is no initiative', () => {
    const g = extractArticle(
      '江州市公安局特警支队组建“飞虎”青年突击队,在汛期转移群众300余人。支队团支部还成立了“铁骑先锋队”。突击队就是全支队的“先锋队”。支队推行“警医联动”,与江州市人民医院开通绿色通道。',
    );
    expect(names(g, 'Unit').sort()).toEqual(['江州市公安局', '江州市公安局特警支队', '铁骑先锋队', '飞虎青年突击队'].sort());
    expect(edges(g, 'PART_OF')).toContain('飞虎青年突击队 → 江州市公安局特警支队');
    expect(edges(g, 'PART_OF').some((e) => e.startsWith('铁骑先锋队'))).toBe(false);
    expect(names(g, 'Initiative')).not.toContain('警医联动');
  });
});

describe('a place’s second name in brackets', () => {
  it('keeps 经开区(综保区) in the branch’s name, and reads 经开区 as a place, not 经 + 开区', () => {
    const g = extractArticle('西江市公安局经开区(综保区)分局治安副所长李强荣立个人三等功2次、嘉奖5次。西江市公安局经开区分局民警王刚参加了行动。');
    expect(names(g, 'Unit')).toEqual(expect.arrayContaining(['西江市公安局经开区(综保区)分局', '西江市公安局经开区分局']));
    expect(edges(g, 'MEMBER_OF')).toContain('李强 → 西江市公安局经开区(综保区)分局 (治安副所长)');
    expect(edges(g, 'RECEIVED').sort()).toEqual(['李强 → 三等功', '李强 → 嘉奖']);
  });
});

describe('chains of a brigade’s stations and a section’s chief', () => {
  it('puts a border station written after its brigade in the brigade', () => {
    const g = extractArticle('二连浩特边境管理大队赛罕塔拉边境派出所所长刘勇在巡逻。');
    expect(edges(g, 'PART_OF')).toEqual(['二连浩特边境管理大队赛罕塔拉边境派出所 → 二连浩特边境管理大队']);
    expect(edges(g, 'MEMBER_OF')).toEqual(['刘勇 → 二连浩特边境管理大队赛罕塔拉边境派出所 (所长)']);
  });

  it('reads a section before its own chief’s post (宣传科科长, 治安科科长) as the section', () => {
    const g = extractArticle('青山县公安局政治处宣传科科长周洁在会上发言。青山县公安局治安科科长王刚也参加了会议。');
    expect(edges(g, 'MEMBER_OF').sort()).toEqual(['周洁 → 青山县公安局政治处宣传科 (科长)', '王刚 → 青山县公安局治安科 (科长)']);
    expect(edges(g, 'PART_OF')).toContain('青山县公安局政治处宣传科 → 青山县公安局政治处');
  });
});

describe('words glued in front of a unit by the segmenter, and provinces before unknown cities', () => {
  it('leaves 系, 记 and 从 out of the name, and keeps the one character jieba cut from an unknown city (从岚/x 州市)', () => {
    const g = extractArticle(
      '林海深处的“老杜”——记白溪森林公安局松岭派出所教导员杜长青\n骆建军生前系泺川市公安局柳桥分局刑警大队副大队长。记者从岚州市公安局获悉。',
    );
    expect(names(g, 'Unit')).toEqual(
      expect.arrayContaining(['白溪森林公安局松岭派出所', '泺川市公安局柳桥分局刑警大队', '岚州市公安局']),
    );
    expect(names(g, 'Unit').some((n) => /^[系记从州]/.test(n))).toBe(false);
  });

  it('names a unit without the province before a city the gazetteer does not know, keeping the full form as an alias', () => {
    const g = extractArticle('这背后,是浙江省台岚市公安局嵊湖分局桐溪派出所的努力。');
    const station = g.entities.find((e) => e.name === '台岚市公安局嵊湖分局桐溪派出所');
    expect(station?.aliases).toContain('浙江省台岚市公安局嵊湖分局桐溪派出所');
  });
});

describe('police areas and partners described before their names', () => {
  it('reads a 警务区 as a unit of its station, and partners written after a description (与沿线的X、Y共同开展)', () => {
    const g = extractArticle('兰阳站派出所关庙警务区民警申宝林介绍,近年来,关庙警务区与沿线的关庙镇中心小学、关庙村委会共同开展“护路小卫士”活动。');
    expect(edges(g, 'PART_OF')).toEqual(['兰阳站派出所关庙警务区 → 兰阳站派出所']);
    expect(names(g, 'Organization').sort()).toEqual(['关庙村委会', '关庙镇中心小学']);
    expect(edges(g, 'PARTNERS_WITH').sort()).toEqual(['兰阳站派出所关庙警务区 → 关庙村委会', '兰阳站派出所关庙警务区 → 关庙镇中心小学']);
  });
});

describe('sections a unit is said to contain, and credit lines', () => {
  it('reads 科, 室 and 办 listed after 下设 as units, and a bracketed credit line as chrome', () => {
    const g = extractArticle('黔溪市公安局交通警察支队城区一大队下设秩序中队、铁骑中队、事故科、法制室和宣传办,现有民警46名。\n(黔溪交警 宣传办供稿)\n');
    expect(names(g, 'Unit')).toEqual(expect.arrayContaining(['事故科', '法制室', '宣传办']));
    expect(names(g, 'Person')).toEqual([]);
    expect(names(g, 'Organization')).toEqual([]);
  });
});

describe('campaigns and events that are no initiatives', () => {
  it('reads no initiative in a national 平安X campaign (“平安医院”建设) or an event held with another (“开学第一课”暨…签约活动)', () => {
    const g = extractArticle(
      '城关分局还与固城县中医院联合开展“平安医院”建设宣传活动。城南派出所联合潇川县实验小学举行“开学第一课”暨警校共建签约活动。公司安保部部长卞立强担任联络员。',
    );
    expect(names(g, 'Initiative')).toEqual([]);
    expect(edges(g, 'PARTNERS_WITH').sort()).toEqual(['城关分局 → 固城县中医院', '城南派出所 → 潇川县实验小学']);
    expect(names(g, 'Person')).toEqual(['卞立强']);
    expect(edges(g, 'MEMBER_OF')).toEqual([]);
  });
});
