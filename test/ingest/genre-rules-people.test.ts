// Genre rules for people and the decisions that list them, added from the
// third development set (bench/heldout3), each on sentences of its own
// (invented places, units and people).
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/ingest/extract.js';
import { edges, names } from './graph-views.js';


describe('a commendation decision that is the article itself', () => {
  const g = extractArticle(
    [
      '江州市公安局关于表彰2022年度先进集体和先进个人的决定',
      '经市局党委研究,决定对江州市公安局临江分局城西派出所等2个集体和韩立新等4名同志予以表彰。',
      '一、授予江州市公安局临江分局城西派出所“全市公安机关先进集体”称号。',
      '二、给韩立新(临江分局城西派出所所长)、纳小梅(江州市公安局刑事侦查支队民警)记个人二等功。',
      '三、授予拜志刚(临江分局城西派出所辅警)“全市优秀辅警”称号。',
    ].join('\n'),
  );

  it('reads each name before its post in brackets, Hui surnames (纳, 拜) included', () => {
    expect(names(g, 'Person').sort()).toEqual(['拜志刚', '纳小梅', '韩立新']);
    expect(edges(g, 'MEMBER_OF')).toEqual(
      expect.arrayContaining(['韩立新 → 江州市公安局临江分局城西派出所 (所长)', '纳小梅 → 江州市公安局刑事侦查支队 (民警)']),
    );
  });

  it('gives each item to the recipients between the verb and the honour, from the issuer, for the title year', () => {
    const received = g.relations.filter((r) => r.type === 'RECEIVED');
    expect(received.map((r) => `${r.from} → ${r.to}`).sort()).toEqual([
      '拜志刚 → 全市优秀辅警',
      '江州市公安局临江分局城西派出所 → 全市公安机关先进集体',
      '纳小梅 → 二等功',
      '韩立新 → 二等功',
    ]);
    for (const r of received) expect(r, `${r.from} → ${r.to}`).toMatchObject({ conferredBy: '江州市公安局', year: 2022 });
  });

  it('reads 经 (after) before a body as no part of its name, and a bare 表彰 of counted groups as no honour', () => {
    expect(names(g, 'Unit').some((n) => n.startsWith('经'))).toBe(false);
    expect(names(g, 'Honour')).not.toContain('表彰');
  });
});

describe('how people are introduced', () => {
  it('reads Tibetan names (no surname) after a post', () => {
    const g = extractArticle('日喀则市公安局城南派出所所长扎西多吉介绍,女民警卓玛担任服务队队长。');
    expect(names(g, 'Person').sort()).toEqual(['卓玛', '扎西多吉'].sort());
    expect(edges(g, 'MEMBER_OF')).toContain('扎西多吉 → 日喀则市公安局城南派出所 (所长)');
  });

  it('reads a name after a naming verb, and before 同志', () => {
    expect(names(extractArticle('调解室的主人叫韦国栋,今年52岁,是城西派出所的社区民警。'), 'Person')).toEqual(['韦国栋']);
    expect(names(extractArticle('邱海涛同志,1975年出生,现任城西派出所副所长。'), 'Person')).toEqual(['邱海涛']);
  });

  it('gives the post after 是 + unit to the subject, and reads 支部副书记 as a post in the Party branch', () => {
    const g = extractArticle(
      '江州市公安局临江分局城西派出所党支部有党员18名。老党员韦国栋是该所社区民警。工作室的主人叫莫振华,今年50岁,是城西所的一名民警。' +
        '支部副书记、教导员覃丽介绍了经验。',
    );
    expect(edges(g, 'MEMBER_OF')).toEqual(
      expect.arrayContaining([
        '韦国栋 → 江州市公安局临江分局城西派出所 (社区民警)',
        '莫振华 → 江州市公安局临江分局城西派出所 (民警)',
        '覃丽 → 江州市公安局临江分局城西派出所党支部 (支部副书记)',
        '覃丽 → 江州市公安局临江分局城西派出所 (教导员)',
      ]),
    );
  });

  it('keeps a 向 that starts a dictionary word in a station name (向阳派出所)', () => {
    expect(names(extractArticle('江州市公安局临江分局向阳派出所民警巡逻。'), 'Unit')).toContain('江州市公安局临江分局向阳派出所');
  });

  it('reads the head of a partner school as a person with no police post', () => {
    const g = extractArticle('城西派出所与江州市实验小学签订共建协议。校长韦丽红说,孩子们很喜欢上课。江州大学保卫处负责人蓝志军介绍了情况。');
    expect(names(g, 'Person').sort()).toEqual(['蓝志军', '韦丽红'].sort());
    expect(edges(g, 'MEMBER_OF')).toEqual([]);
  });
});

describe('outside bodies', () => {
  it('reads ministries, provincial departments, the civilisation committee and a campus', () => {
    const g = extractArticle(
      '城西派出所被人力资源社会保障部、公安部联合授予“全国公安系统先进集体”称号。所长李国强被江南省司法厅评为“全省优秀人民调解员”。' +
        '该所还被江州市精神文明建设委员会命名为“江州市文明单位”,并与江州大学东湖校区签订警校共建协议。',
    );
    // The university that opens the campus's name is a body of its own (ANNOTATION.md rule 5b).
    expect(names(g, 'Organization').sort()).toEqual(['人力资源社会保障部', '江南省司法厅', '江州大学', '江州大学东湖校区', '江州市精神文明建设委员会'].sort());
    const won = g.relations.find((r) => r.type === 'RECEIVED' && r.to === '全国公安系统先进集体');
    expect(won?.conferredBy).toBe('人力资源社会保障部');
  });
});

describe('honours handed over and announced', () => {
  it('reads a merit medal handed to a named officer (为X颁发个人三等功奖章)', () => {
    const g = extractArticle('会上,临江分局局长韦国强为城西派出所民警莫小东颁发个人三等功奖章。');
    expect(edges(g, 'RECEIVED')).toEqual(['莫小东 → 三等功']);
  });

  it('takes the giver from the body when the headline announced the honour first', () => {
    const g = extractArticle('城西派出所荣获“全国优秀公安基层单位”称号\n近日,江州市公安局临江分局城西派出所被人力资源社会保障部、公安部联合授予“全国优秀公安基层单位”称号。');
    const won = g.relations.filter((r) => r.type === 'RECEIVED');
    expect(won).toHaveLength(1);
    expect(won[0]!.conferredBy).toBe('人力资源社会保障部');
  });
});

describe('units named after a containing reference', () => {
  it('places each link of 支队所属X大队团支部 in the one before it', () => {
    const g = extractArticle('江州市公安局交通警察支队团委成立于2010年。支队所属柳江大队团支部书记、民警莫小东带领队员参加志愿服务。');
    expect(edges(g, 'PART_OF')).toEqual(
      expect.arrayContaining(['柳江大队 → 江州市公安局交通警察支队', '柳江大队团支部 → 柳江大队']),
    );
    expect(edges(g, 'MEMBER_OF')).toContain('莫小东 → 柳江大队团支部 (团支部书记)');
  });
});

describe('references to the unit an article is about', () => {
  it('reads 我们所 (an interviewee\'s own station) and 这个X派出所 as references, not names', () => {
    const g = extractArticle(
      '——访江州市公安局临江分局城西派出所所长韦国强\n记者走进这个老街区派出所。韦国强:2022年,我们所被江南省公安厅记集体二等功。',
    );
    expect(names(g, 'Unit')).not.toContain('我们所');
    expect(names(g, 'Unit')).not.toContain('老街区派出所');
    expect(edges(g, 'RECEIVED')).toEqual(['江州市公安局临江分局城西派出所 → 集体二等功']);
  });
});

describe('counted lists of units', () => {
  it('names each item with the kind word before the shared head (X、Y2个便民警务站)', () => {
    const g = extractArticle('江州市公安局城西派出所下设东湖湾、柳营2个便民警务站,辖区设有南门、北关3个社区警务室。');
    expect(names(g, 'Unit')).toEqual(
      expect.arrayContaining(['东湖湾便民警务站', '柳营便民警务站', '南门社区警务室', '北关社区警务室']),
    );
  });
});

describe('titles and pronouns around a recipient', () => {
  it('reads the titles listed before a leader’s post (在…的带领下), a dash before the name, and 一等功臣 as 一等功', () => {
    const g = extractArticle(
      '江州市公安局交通警察支队临江大队二中队成立于2001年。近年来,该中队在江州市劳动模范、一等功臣、“全国优秀人民警察”中队长——韩立新的带领下,圆满完成了各项任务。',
    );
    expect(edges(g, 'MEMBER_OF')).toContain('韩立新 → 江州市公安局交通警察支队临江大队二中队 (中队长)');
    expect(edges(g, 'RECEIVED').sort()).toEqual(['韩立新 → 一等功', '韩立新 → 全国优秀人民警察', '韩立新 → 江州市劳动模范']);
  });

  it('gives an honour conferred on 其 to the unit told of before, from the subject of the clause', () => {
    const g = extractArticle(
      '江州市公安局临江分局城西派出所组建于1998年。2011年4月,江州市公安局授予其“全市公安机关先进基层单位”称号;2012年6月,江州市公安局临江分局将其命名为“韩立新规范执法示范所”。',
    );
    const received = g.relations.filter((r) => r.type === 'RECEIVED').map((r) => `${r.from} → ${r.to} (${r.conferredBy})`);
    expect(received.sort()).toEqual([
      '江州市公安局临江分局城西派出所 → 全市公安机关先进基层单位 (江州市公安局)',
      '江州市公安局临江分局城西派出所 → 韩立新规范执法示范所 (江州市公安局临江分局)',
    ]);
  });

  it('reads a unit named under its parent’s other name (临江交警大队二中队) as the same unit', () => {
    const g = extractArticle('江州市公安局交通警察支队临江大队二中队有民警7人。近日,临江交警大队二中队再次获评“全市优秀公安基层单位”。');
    expect(names(g, 'Unit')).not.toContain('临江交警大队二中队');
    expect(edges(g, 'RECEIVED')).toEqual(['江州市公安局交通警察支队临江大队二中队 → 全市优秀公安基层单位']);
  });
});

describe('honours that name no recipient', () => {
  it('reads no honour after a verb in a list of ceremonies, and gives none to the topic for those who won it (荣立…的单位代表)', () => {
    const g = extractArticle(
      '江州市公安局举行“荣誉授予日”活动。全市公安机关还将举办新警宣誓、警衔授予、集中颁奖、走访慰问英模家庭等一系列仪式。参加仪式的有荣立集体三等功的单位代表。',
    );
    expect(names(g, 'Honour')).not.toContain('集中颁奖、走访慰问英模家庭');
    expect(names(g, 'Honour').some((n) => n.includes('走访'))).toBe(false);
    expect(edges(g, 'RECEIVED')).toEqual([]);
  });

  it('reads the subject a feature’s subtitle presents (——记全国爱民模范、X所长Y)', () => {
    const g = extractArticle('大山里的守护者\n——记全国爱民模范、江州市公安局城西派出所所长韩立新\n韩立新在城西派出所工作了二十年。');
    expect(edges(g, 'RECEIVED')).toEqual(['韩立新 → 全国爱民模范']);
    expect(edges(g, 'MEMBER_OF')).toContain('韩立新 → 江州市公安局城西派出所 (所长)');
  });
});

describe('titles of a person named with 由…担任, and titles only referred to', () => {
  it('gives 由X获得者、Y、Z教官N担任 its titles, and none to the unit that carries on a title’s spirit', () => {
    const g = extractArticle(
      '江州市公安局交警支队直属二大队组建了青年突击中队。该中队将传承由公安部交通管理局授牌的“韩立新规范执法示范中队”优良作风。' +
        '中队由2021年江州市五四青年奖章获得者、2021年江州市优秀人民警察、江州市公安局警务技能训练中心教官纳小梅担任中队长。',
    );
    expect(edges(g, 'RECEIVED').sort()).toEqual(['纳小梅 → 江州市五四青年奖章', '纳小梅 → 江州市优秀人民警察']);
    expect(names(g, 'Honour')).toContain('韩立新规范执法示范中队');
  });
});

describe('givers written as notices and joint bodies, and names that run into units', () => {
  it('gives an honour to the body that issued the commending notice (下发通报)', () => {
    const g = extractArticle('江东省公安厅下发通报,临川市公安局交警支队被记集体二等功。');
    expect(g.relations).toContainEqual(
      expect.objectContaining({ type: 'RECEIVED', from: '临川市公安局交警支队', to: '集体二等功', conferredBy: '江东省公安厅' }),
    );
  });

  it('reads 市委市政府 as its first-named body (the Party committee)', () => {
    const g = extractArticle('会上,临川市委市政府授予城南派出所“人民满意派出所”称号。');
    expect(names(g, 'Organization')).toEqual(['临川市委']);
    expect(g.relations).toContainEqual(expect.objectContaining({ type: 'RECEIVED', conferredBy: '临川市委' }));
  });

  it('reads no name running into a unit (民警向刑侦大队学习)', () => {
    const g = extractArticle('城南派出所组织民警向刑侦大队学习破案经验。');
    expect(names(g, 'Person')).toEqual([]);
  });
});

describe('winners listed after the honour, and office holders named before 现任', () => {
  it('gives the honour of 获评“X”的3名民警是: to each person listed after the colon, with their posts', () => {
    const g = extractArticle(
      '获评“全省优秀人民警察”的3名民警是:青山县公安局城关派出所所长刘卫国,青山县公安局刑侦大队教导员马骏,青山县公安局交警大队民警阿依古丽·买买提。',
    );
    expect(edges(g, 'RECEIVED').sort()).toEqual(['刘卫国 → 全省优秀人民警察', '阿依古丽·买买提 → 全省优秀人民警察', '马骏 → 全省优秀人民警察'].sort());
    expect(edges(g, 'MEMBER_OF')).toContain('马骏 → 青山县公安局刑侦大队 (教导员)');
  });

  it('gives a collective title of 被评为X的单位有: to the units listed, and none to 荣立X的单位代表', () => {
    const g = extractArticle('2022年被评为“全市公安机关先进集体”的单位有:青山县公安局城关派出所、青山县公安局刑侦大队。荣立集体三等功的单位代表上台领奖。');
    expect(g.relations.filter((r) => r.type === 'RECEIVED').map((r) => `${r.from} ${r.year}`).sort()).toEqual([
      '青山县公安局刑侦大队 2022',
      '青山县公安局城关派出所 2022',
    ]);
  });

  it('reads the name opening a clause of 现任 / 担任 as the office holder, also after a relative clause', () => {
    const g = extractArticle('曾任区公安局政治部主任的王海涛,现任江北区公安分局党委委员、副局长。他现任江北区公安分局副局长。');
    expect(names(g, 'Person')).toEqual(['王海涛']);
    expect(edges(g, 'MEMBER_OF')).toContain('王海涛 → 江北区公安分局 (副局长)');
  });
});

describe('names set off by spaces on a roll, and prepositions that are surnames', () => {
  it('reads the name after the post and the spaces of a roll line, and the honour of its heading', () => {
    const g = extractArticle('【光荣榜】\n●“全国优秀人民警察”\n岚州市公安局清溪分局石岗派出所所长　梁振华\n汀阳县公安局禁毒大队教导员　苏曼青(女)\n');
    expect(edges(g, 'RECEIVED').sort()).toEqual(['梁振华 → 全国优秀人民警察', '苏曼青 → 全国优秀人民警察']);
    expect(edges(g, 'MEMBER_OF')).toContain('苏曼青 → 汀阳县公安局禁毒大队 (教导员)');
  });

  it('reads no name of 向 + the word after it (向先进典型看齐), and the name after 向 (向骆建军同志学习)', () => {
    const g = extractArticle('号召全市公安民警辅警向先进典型看齐。号召全市民警向骆建军同志学习。城关派出所民警向伟在巡逻。');
    expect(names(g, 'Person').sort()).toEqual(['向伟', '骆建军']);
  });
});

describe('national figures named in passing', () => {
  it('reads national leaders and heroes as people with no relation, and no kind named after one (雷锋式, 学雷锋活动)', () => {
    const g = extractArticle('习近平总书记强调,要坚持人民至上。城关派出所民警以焦裕禄为榜样,像任长霞一样扎根基层。开展学雷锋活动,争做雷锋式好民警。');
    expect(names(g, 'Person').sort()).toEqual(['任长霞', '焦裕禄', '习近平'].sort());
    expect(g.relations.filter((r) => ['任长霞', '焦裕禄', '习近平'].includes(r.from))).toEqual([]);
  });
});

describe('a name ending in 和 before a speech verb', () => {
  it('reads 杨春和介绍 as 杨春和, and 王刚和李明表示 as two people', () => {
    const g = extractArticle('派出所教导员杨春和介绍,今年初开展了活动。民警王刚和李明表示,要再接再厉。');
    expect(names(g, 'Person').sort()).toEqual(['杨春和', '李明', '王刚'].sort());
  });
});

describe('posthumous honours and duties that name squads', () => {
  it('reads 追授X同志“…”称号 and 为其追记个人一等功, given by the bodies that did it', () => {
    const g = extractArticle(
      '骆建军生前系泺川市公安局柳桥分局刑警大队副大队长,从警18年,2009年被泺川市委、市政府授予“泺川市劳动模范”称号。会上宣读了公安部追授骆建军同志“全国公安系统一级英雄模范”称号的命令,以及山东省公安厅为其追记个人一等功的决定。',
    );
    expect(g.relations.filter((r) => r.type === 'RECEIVED').map((r) => `${r.from} → ${r.to} (${r.conferredBy})`).sort()).toEqual([
      '骆建军 → 一等功 (山东省公安厅)',
      '骆建军 → 全国公安系统一级英雄模范 (公安部)',
      '骆建军 → 泺川市劳动模范 (泺川市委)',
    ]);
  });

  it('reads a squad named by its duty right after its bureau (机场公安局行李查验中队)', () => {
    const g = extractArticle('在荆川机场公安局行李查验中队,记者见到了刚刚结束夜班的团员民警邝晓彤、付一鸣。');
    expect(edges(g, 'PART_OF')).toEqual(['荆川机场公安局行李查验中队 → 荆川机场公安局']);
    expect(edges(g, 'MEMBER_OF')).toContain('邝晓彤 → 荆川机场公安局行李查验中队 (民警)');
  });
});

describe('a decision list headed by a commendation alone', () => {
  it('gives 五、嘉奖 to the people on the lines under it', () => {
    const g = extractArticle('四、记个人三等功4名\n东湖派出所民警张立、吴涛、韩青\n五、嘉奖\n宿澄市公安局特警支队辅警范小东、邱瑞\n希望受到表彰的集体和个人珍惜荣誉。');
    expect(edges(g, 'RECEIVED').sort()).toEqual(['吴涛 → 三等功', '张立 → 三等功', '范小东 → 嘉奖', '邱瑞 → 嘉奖', '韩青 → 三等功'].sort());
  });
});

describe('people listed among the article’s police', () => {
  it('puts 等众多青年民警 in the police unit the article is about, not its League body; a counted list of winners in none', () => {
    const g = extractArticle(
      '青州市公安局团委召开团员大会。局团委选树了王晓明、李可欣等众多青年民警典型。全省有张大伟、刘建国等4名民警当选“全省优秀人民警察”。',
    );
    expect(edges(g, 'MEMBER_OF').sort()).toEqual(['李可欣 → 青州市公安局', '王晓明 → 青州市公安局']);
  });
});

describe('givers of meetings, approvals and scoped titles', () => {
  it('gives what is announced at a commendation meeting (表彰暨…大会, 会上,获评…是:) by the body that held it', () => {
    const g = extractArticle(
      '1月14日,郑川铁路公安局淮梁公安处召开2018年度总结表彰暨2019年春运动员大会。处长袁卫东宣读了表彰决定。\n会上,获评2018年度“最美铁警”的2名民警是:淮梁东站派出所副所长孔德明,淮梁公安处乘警支队二大队乘警长冉世杰。',
    );
    expect(g.relations.filter((r) => r.type === 'RECEIVED').map((r) => `${r.from} (${r.conferredBy})`).sort()).toEqual([
      '冉世杰 (郑川铁路公安局淮梁公安处)',
      '孔德明 (郑川铁路公安局淮梁公安处)',
    ]);
    expect(edges(g, 'MEMBER_OF')).toContain('冉世杰 → 淮梁公安处乘警支队二大队 (乘警长)');
  });

  it('gives a citation approved by a body (经X批准,Y荣立…) from that body, and a title scoped before its quotes to the subject', () => {
    const g = extractArticle('经郑川铁路公安局批准,淮梁车站派出所荣立集体三等功。2019年度,城关派出所被授予全国“枫桥式公安派出所”称号。');
    expect(g.relations.filter((r) => r.type === 'RECEIVED').map((r) => `${r.from} → ${r.to} (${r.conferredBy ?? ''} ${r.year ?? ''})`).sort()).toEqual([
      '城关派出所 → 全国枫桥式公安派出所 ( 2019)',
      '淮梁车站派出所 → 集体三等功 (郑川铁路公安局 )',
    ]);
  });
});

describe('the year written on a title before a name', () => {
  it('gives 2021年X获得者 / 2021年Y before a name their year', () => {
    const g = extractArticle('中队由2021年邵阳市五四青年奖章获得者、2021年邵阳市优秀人民警察、邵阳市公安局警务技能训练中心特聘教官谭毅担任中队长。');
    expect(g.relations.filter((r) => r.type === 'RECEIVED').map((r) => `${r.to} ${r.year}`).sort()).toEqual(['邵阳市五四青年奖章 2021', '邵阳市优秀人民警察 2021']);
  });
});

describe('list lines whose names the dictionary knows as words', () => {
  it('reads the name to the spaces on a list line (蒋文博, 杜　鹃), with posts after units written in pieces (市局|网安支队三大队)', () => {
    const g = extractArticle(
      '郑州市公安局关于表彰2023年度先进集体和先进个人的决定\n经研究,决定授予李晓峰等4名同志“2023年度全市公安机关先进个人”称号。\n二、2023年度全市公安机关先进个人(4名)\n李晓峰 金水分局经三路派出所所长\n王振宇 中原分局刑侦大队副大队长\n蒋文博 市局网安支队三大队大队长\n杜 鹃(女) 市局指挥中心副主任\n',
    );
    expect(names(g, 'Person').sort()).toEqual(['李晓峰', '杜鹃', '王振宇', '蒋文博'].sort());
    expect(edges(g, 'RECEIVED')).toHaveLength(4);
  });
});

describe('names the dictionary knows as common words, and names padded with spaces in running text', () => {
  it('reads a name jieba tags as a common word (田野, 高峰) after a post and before a verb of taking charge, and no verb or noun so placed', () => {
    const g = extractArticle(
      '江州市公安局临江分局交警大队事故科科长田野牵头成立“事故调解工作室”,全年调解纠纷300余起。' +
        '江州市公安局临江分局城西派出所副所长高峰带队开展夜间巡逻。经民警查明,该车系被盗车辆。民警张贴宣传海报200余张。',
    );
    expect(names(g, 'Person').sort()).toEqual(['田野', '高峰'].sort());
    expect(edges(g, 'MEMBER_OF')).toEqual(
      expect.arrayContaining(['田野 → 江州市公安局临江分局交警大队事故科 (科长)', '高峰 → 江州市公安局临江分局城西派出所 (副所长)']),
    );
    expect(edges(g, 'LEADS')).toEqual(['田野 → 事故调解工作室']);
  });

  it('reads the leader padded with spaces after 由 (由中队长 韩立新 牵头) and a speaker padded before the speech verb', () => {
    const g = extractArticle(
      '江州市公安局临江分局交警大队在江州市人民医院设立“警医驿站”,由事故处理中队中队长 韩立新 牵头,安排民警、辅警轮流值守。' +
        '“伤员先救治、后缴费。” 莫振华 说。',
    );
    expect(edges(g, 'LEADS')).toContain('韩立新 → 警医驿站');
    expect(names(g, 'Person').sort()).toEqual(['莫振华', '韩立新'].sort());
  });
});

describe('a list of posts and names', () => {
  it('reads no name where the next item is a unit whose place name reads like one (所长韩立新、岳西分局刑警大队副大队长莫振华)', () => {
    const g = extractArticle('江州市公安局岳西分局城西派出所所长韩立新、岳西分局刑警大队副大队长莫振华、岳西分局交警大队民警纳小梅榜上有名。');
    expect(names(g, 'Person').sort()).toEqual(['纳小梅', '莫振华', '韩立新'].sort());
    expect(edges(g, 'MEMBER_OF').sort()).toEqual(
      ['韩立新 → 江州市公安局岳西分局城西派出所 (所长)', '莫振华 → 岳西分局刑警大队 (副大队长)', '纳小梅 → 岳西分局交警大队 (民警)'].sort(),
    );
  });
});

describe('counted posts', () => {
  it('reads no name after a counted post (3名辅警包片, 1名民警包联): it is a number of people', () => {
    const g = extractArticle('江州市公安局临江分局城西派出所推行“1+3+N”工作法:1名社区民警牵头,3名辅警包片,N名网格员协助。每个村明确1名民警包联,建立1个警民微信群。');
    expect(names(g, 'Person')).toEqual([]);
    expect(edges(g, 'MEMBER_OF')).toEqual([]);
  });
});

describe('a second post held with 兼任', () => {
  const station = '江州市公安局临江分局城西派出所望江警务室设在江州市人民医院门诊楼一层,常驻民警2名。';

  it('gives a person read after a post the second post too, in the unit its head refers back to (由…副所长程立新兼任警务室警长)', () => {
    const g = extractArticle(`${station}由城西派出所副所长程立新兼任警务室警长,实行24小时值守。`);
    expect(edges(g, 'MEMBER_OF').sort()).toEqual(
      ['程立新 → 江州市公安局临江分局城西派出所 (副所长)', '程立新 → 江州市公安局临江分局城西派出所望江警务室 (警长)'].sort(),
    );
  });

  it('reads 同时兼任, 兼任X的Y, and the post written first with its holder after 由 (警务室警长由X兼任)', () => {
    for (const sentence of ['城西派出所副所长程立新同时兼任望江警务室警长。', '城西派出所副所长程立新兼任望江警务室的警长。', '望江警务室警长由城西派出所副所长程立新兼任。']) {
      expect(edges(extractArticle(station + sentence), 'MEMBER_OF'), sentence).toContain('程立新 → 江州市公安局临江分局城西派出所望江警务室 (警长)');
    }
  });
});
