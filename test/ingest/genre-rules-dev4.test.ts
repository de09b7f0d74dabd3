// Genre rules added from the fourth development set (bench/heldout4), each on
// sentences of its own (invented places, units and people).
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/ingest/extract.js';
import { edges, names } from './graph-views.js';


describe('unit names the tagger cuts or glues', () => {
  it('keeps the loose characters the tagger cut off a name (亭/ng 湖/ns, 月/m 河/ns)', () => {
    const g = extractArticle('江州市公安局亭湖分局刑侦大队被江州市公安局记集体二等功。近年来,月河派出所党支部以“红枫”党建品牌为引领。');
    expect(names(g, 'Unit')).toEqual(expect.arrayContaining(['江州市公安局亭湖分局刑侦大队', '江州市公安局亭湖分局', '月河派出所党支部']));
    expect(names(g, 'Unit').some((n) => n.startsWith('湖') || n.startsWith('河'))).toBe(false);
  });

  it('keeps a city name the tagger split before its suffix (金/nr 海市/ns), and reads generic stations as no units', () => {
    const g = extractArticle('为维护辖区治安稳定,金海市公安局金湾分局组织全区各派出所开展整治。请到就近派出所报案。');
    expect(names(g, 'Unit').sort()).toEqual(['金海市公安局', '金海市公安局金湾分局'].sort());
  });

  it('cuts a word glued to a name (记 in a headline) back to the name written between two links', () => {
    const g = extractArticle('坚守的青春——记金山分局东关派出所团支部\n江州市公安局金山分局东关派出所团支部组织青年民警巡逻。');
    expect(names(g, 'Unit')).not.toContain('记金山分局');
    expect(names(g, 'Unit')).toContain('江州市公安局金山分局东关派出所团支部');
  });

  it('reads a station met in full by its short form, three-character names too (和平桥所)', () => {
    const g = extractArticle('江州市公安局临江分局和平桥派出所地处老城。在他的带动下,和平桥所形成了比学赶超的氛围。');
    const station = g.entities.find((e) => e.name === '江州市公安局临江分局和平桥派出所');
    expect(station?.aliases).toContain('和平桥所');
    expect(names(g, 'Unit')).not.toContain('平桥所');
  });
});

describe('a commendation decision printed as a list', () => {
  const g = extractArticle(
    [
      '临江分局召开2023年度总结表彰大会',
      '1月20日,江州市公安局临江分局召开2023年度总结表彰大会。',
      '会议宣读了江州市公安局《关于表彰2023年度先进集体和先进个人的决定》,名单如下:',
      '一、记集体三等功(2个)',
      '西关派出所',
      '巡特警大队城北中队',
      '二、记个人三等功(2人)',
      '韩立新 胜利派出所民警',
      '钟 岩(女) 西关派出所社区民警',
      '此外,另有20名同志受到嘉奖。',
    ].join('\n'),
  );

  it('reads each line as a name and its unit and post, a padded two-character name (钟　岩) too', () => {
    expect(names(g, 'Person').sort()).toEqual(['钟岩', '韩立新'].sort());
    expect(edges(g, 'MEMBER_OF').sort()).toEqual(['钟岩 → 西关派出所 (社区民警)', '韩立新 → 胜利派出所 (民警)'].sort());
  });

  it('gives each heading’s honour to the lines under it, from the issuer named before the title, for its year', () => {
    const received = g.relations.filter((r) => r.type === 'RECEIVED');
    expect(received.map((r) => `${r.from} → ${r.to}`).sort()).toEqual(
      ['西关派出所 → 集体三等功', '巡特警大队城北中队 → 集体三等功', '韩立新 → 三等功', '钟岩 → 三等功'].sort(),
    );
    for (const r of received) expect(r, `${r.from} → ${r.to}`).toMatchObject({ conferredBy: '江州市公安局', year: 2023 });
  });

  it('names the commendation counted people received (另有20名同志受到嘉奖) without a recipient', () => {
    expect(names(g, 'Honour')).toContain('嘉奖');
    expect(g.relations.some((r) => r.to === '嘉奖')).toBe(false);
  });
});

describe('how people are introduced (2)', () => {
  it('reads every item of a list of names after a post, one whose start is a dictionary word (顾家) too', () => {
    const g = extractArticle('江州市公安局临江分局召开会议。分局民警韩冬、顾家豪被江州市公安局记个人三等功。');
    expect(names(g, 'Person').sort()).toEqual(['韩冬', '顾家豪'].sort());
    expect(edges(g, 'RECEIVED').sort()).toEqual(['韩冬 → 三等功', '顾家豪 → 三等功'].sort());
  });

  it('reads the last name of a list after a post where a word starts after it (…、卜一凡获得)', () => {
    const g = extractArticle('民警高建军、柴晓雯、卜一凡获得“全市优秀人民警察”荣誉称号。');
    expect(names(g, 'Person').sort()).toEqual(['卜一凡', '柴晓雯', '高建军'].sort());
  });

  it('reads a civilian whose given name the tagger knows as a word (孙/红梅)', () => {
    expect(names(extractArticle('事后,老人的女儿孙红梅专门送来一面锦旗。'), 'Person')).toEqual(['孙红梅']);
  });

  it('reads a name written before its post at the head of a clause (王卫东局长…), in the unit the article is about', () => {
    const g = extractArticle('江州市公安局临江分局召开年度工作会议。临江分局通报了全年工作。王卫东局长在讲话中指出,全局要再接再厉。');
    expect(edges(g, 'MEMBER_OF')).toEqual(['王卫东 → 江州市公安局临江分局 (局长)']);
  });

  it('reads names with no surname (Mongolian) after 名叫 or a post, with the post after 的', () => {
    const g = extractArticle('这名年轻人,就是江州市公安局临江分局西关派出所一名名叫额尔德尼的辅警。西关派出所辅警吉日格勒跳入河中。');
    expect(names(g, 'Person').sort()).toEqual(['吉日格勒', '额尔德尼'].sort());
    expect(edges(g, 'MEMBER_OF')).toContain('额尔德尼 → 江州市公安局临江分局西关派出所 (辅警)');
  });

  it('reads no name in a title abbreviation of a unit (全所, 李所)', () => {
    expect(names(extractArticle('江州市公安局临江分局西关派出所全所民警为他点赞。'), 'Person')).toEqual([]);
  });
});

describe('units, honours and givers', () => {
  const g = extractArticle(
    [
      '临江分局召开会议',
      '2024-04-12 18:06　来源:江州公安',
      '江州市公安局临江分局召开会议。临江分局政治处主任司马丽介绍了情况。',
      '支队事故处理大队民警白建军坚持扎根一线,今年获评“江州最美交警”。',
      '2023年,临江分局荣获江南省公安厅授予的“全省公安机关先进单位”称号。江州市公安局给予白建军记个人二等功奖励。部门联动,守护学生平安路。',
      '来源:临江分局政治处',
    ].join('\n'),
  );

  it('reads a political department (政治处) and a brigade named by its work (事故处理大队) as units', () => {
    expect(edges(g, 'MEMBER_OF').sort()).toEqual(['司马丽 → 临江分局政治处 (主任)', '白建军 → 事故处理大队 (民警)'].sort());
  });

  it('gives a traffic officer’s title (最美交警) to the officer, not the unit', () => {
    expect(edges(g, 'RECEIVED')).toContain('白建军 → 江州最美交警');
  });

  it('reads the giver after the verb of winning (荣获X授予的) and the subject of 给予', () => {
    const by = (to: string) => g.relations.find((r) => r.type === 'RECEIVED' && r.to === to)?.conferredBy;
    expect(by('全省公安机关先进单位')).toBe('江南省公安厅');
    expect(by('二等功')).toBe('江州市公安局');
  });

  it('reads a medal (全国五一劳动奖章) as an honour', () => {
    expect(edges(extractArticle('江州市公安局临江分局民警韩冬荣获全国五一劳动奖章。'), 'RECEIVED')).toEqual(['韩冬 → 全国五一劳动奖章']);
  });

  it('reads a street (平安路) as no name, and a credit line at the foot (来源:…) as chrome', () => {
    expect(names(g, 'Person').sort()).toEqual(['司马丽', '白建军'].sort());
    expect(g.text).not.toContain('来源');
    expect(names(g, 'Unit').filter((n) => n.endsWith('政治处'))).toHaveLength(1);
  });

  it('reads no year in a period (2019年以来…先后被评为)', () => {
    const h = extractArticle('2019年以来,江州市公安局临江分局西关派出所先后被评为“全省一级派出所”“全国优秀公安基层单位”。');
    expect(h.relations.filter((r) => r.type === 'RECEIVED').map((r) => r.year)).toEqual([undefined, undefined]);
  });

  it('carries a year heading a sentence over its clauses after a semicolon', () => {
    const h = extractArticle(
      '2023年5月,江州市公安局临江分局西关派出所团支部被共青团江州市委授予“江州市五四红旗团支部”称号;民警蔡明获评“江州市优秀共青团员”。',
    );
    expect(h.relations.find((r) => r.to === '江州市优秀共青团员')).toMatchObject({ from: '蔡明', year: 2023 });
  });
});

describe('references and short forms', () => {
  it('reads a bare head before a named unit (支队事故处理大队) as its parent, not as the subject', () => {
    const g = extractArticle('2023年,江州市公安局交通警察支队开展夏季整治。支队事故处理大队民警白建军坚持扎根一线,今年获评“江州最美交警”。');
    expect(edges(g, 'PART_OF')).toContain('事故处理大队 → 江州市公安局交通警察支队');
    expect(edges(g, 'RECEIVED')).toEqual(['白建军 → 江州最美交警']);
  });

  it('reads a quoted name before a quick-response team head as a team its unit runs', () => {
    const g = extractArticle('江州市公安局交通警察支队城北中队负责人介绍了“闪电铁骑”快速处置队在早晚高峰疏堵保畅的做法。');
    expect(names(g, 'Initiative')).toEqual(['闪电铁骑快速处置队']);
    expect(edges(g, 'LEADS')).toEqual(['江州市公安局交通警察支队城北中队 → 闪电铁骑快速处置队']);
  });

  it('reads a numbered hospital written short (市三医院) as the hospital named in full', () => {
    const g = extractArticle('江州市公安局临江分局与江州市第三人民医院签订合作协议。民警在市三医院就医时可享受优先服务。');
    expect(g.entities.filter((e) => e.type === 'Organization')).toEqual([
      expect.objectContaining({ name: '江州市第三人民医院', aliases: ['市三医院'] }),
    ]);
  });

  it('reads 把这一做法推广到 as the unit running the initiative named last', () => {
    const g = extractArticle('2019年,西关派出所民警陆海牵头成立了“老娘舅调解室”。西关派出所随后把这一做法推广到辖区其他8个社区。');
    expect(edges(g, 'LEADS').sort()).toEqual(['西关派出所 → 老娘舅调解室', '陆海 → 老娘舅调解室'].sort());
  });
});

describe('profiles, lists and respective honours', () => {
  it('gives the posts after 现任 to the person the profile opens with (郭振华,男,…)', () => {
    const g = extractArticle('在江城市公安局柳林派出所,有这样一位民警。\n郭振华,男,1972年出生,中共党员,现任江城市公安局柳林派出所副所长、柳北社区警务室警长。');
    expect(edges(g, 'MEMBER_OF').sort()).toEqual(['郭振华 → 江城市公安局柳林派出所 (副所长)', '郭振华 → 柳北社区警务室 (警长)'].sort());
  });

  it('gives the posts after 现任 to a person named in an earlier sentence', () => {
    const g = extractArticle('他就是民警郭振华。郭振华现任江城市公安局柳林派出所副所长。');
    expect(edges(g, 'MEMBER_OF')).toContain('郭振华 → 江城市公安局柳林派出所 (副所长)');
  });

  it('reads people listed each with their unit and post as one subject', () => {
    const g = extractArticle('青山分局石桥派出所所长付海涛、刑侦大队民警曹雨晴被评为“全省公安机关优秀人民警察”。');
    expect(edges(g, 'RECEIVED').sort()).toEqual(['付海涛 → 全省公安机关优秀人民警察', '曹雨晴 → 全省公安机关优秀人民警察'].sort());
  });

  it('gives honours 分别 (respectively) in turn, and reads no giver in a list of honours', () => {
    const g = extractArticle('分局交警大队民警温晓峰和巡特警大队辅警覃立军因表现突出,分别被青州市公安局记个人三等功和嘉奖。');
    expect(g.relations.filter((r) => r.type === 'RECEIVED').map((r) => `${r.from} → ${r.to} (${r.conferredBy})`).sort()).toEqual(
      ['温晓峰 → 三等功 (青州市公安局)', '覃立军 → 嘉奖 (青州市公安局)'].sort(),
    );
  });

  it('reads 多个集体 as counted recipients, and 省厅 as a reference to the provincial department named, never a name', () => {
    const g = extractArticle('青山分局多个集体和个人受到省厅表彰\n近日,湖东省公安厅对全省公安机关先进集体和个人进行表彰。');
    expect(edges(g, 'RECEIVED')).toEqual([]);
    expect(g.entities.find((e) => e.name === '湖东省公安厅')).toBeDefined();
    expect(g.entities.some((e) => e.name === '省厅' || e.aliases?.includes('省厅'))).toBe(false);
  });
});

describe('teams and their people', () => {
  const g = extractArticle(
    [
      '记者走进河西市公安局新城分局长青派出所,见到了“玫瑰警务服务队”的队员们。这支队伍由该所8名女民警组成,队长是副所长卢晓燕。',
      '服务队队员、民警邱丽娟去年被新城分局记个人嘉奖一次。河西市妇联主席杨秀芬对服务队给予高度评价。',
    ].join('\n'),
  );

  it('reads a quoted team name with its own head, whatever 的 then says of it', () => {
    expect(names(g, 'Initiative')).toEqual(['玫瑰警务服务队']);
  });

  it('reads a self-headed name the sentence then says a unit set up (“老兵驿站”是X推出的…)', () => {
    const h = extractArticle('江州市公安局临江分局西关派出所位于老城。“老兵驿站”是西关派出所推出的又一品牌。');
    expect(edges(h, 'LEADS')).toEqual(['江州市公安局临江分局西关派出所 → 老兵驿站']);
  });

  it('gives the team to the person said to head it (队长是X) and no post to its members (队员)', () => {
    expect(edges(g, 'LEADS')).toContain('卢晓燕 → 玫瑰警务服务队');
    expect(edges(g, 'MEMBER_OF')).toContain('邱丽娟 → 河西市公安局新城分局长青派出所 (民警)');
    expect(edges(g, 'MEMBER_OF').some((e) => e.includes('队员'))).toBe(false);
  });

  it('reads a commendation with how often (记个人嘉奖一次), and the head of an outside body as a person', () => {
    expect(edges(g, 'RECEIVED')).toEqual(['邱丽娟 → 嘉奖']);
    expect(names(g, 'Person')).toContain('杨秀芬');
  });
});

describe('unit names and short forms (2)', () => {
  it('reads a development area as a name (开发区交警大队), distinct from another brigade of the branch', () => {
    const g = extractArticle('开发区交警大队教导员汪海燕、城区交警大队二中队中队长祁振宇分别被评为“全省交通管理工作先进个人”和“滨海市优秀共产党员”。');
    expect(edges(g, 'MEMBER_OF')).toContain('汪海燕 → 开发区交警大队 (教导员)');
    expect(edges(g, 'RECEIVED').sort()).toEqual(['汪海燕 → 全省交通管理工作先进个人', '祁振宇 → 滨海市优秀共产党员'].sort());
  });

  it('reads a bare 市局 as no county bureau, and keeps a team leader’s post off the unit', () => {
    const g = extractArticle('云岭县公安局法制大队大队长龙海燕被市局评为“全市优秀法制员”。2022年,城关派出所组建“雪莲”服务队,由民警唐丽担任队长。');
    expect(g.relations.find((r) => r.to === '全市优秀法制员')?.conferredBy).toBeUndefined();
    expect(edges(g, 'MEMBER_OF')).toContain('唐丽 → 城关派出所 (民警)');
  });
});

describe('roles', () => {
  it('names a membership by the post, not by the rank written with it (副大队长、一级警长)', () => {
    expect(edges(extractArticle('交警大队副大队长、一级警长费建国说,今年事故下降。'), 'MEMBER_OF')).toEqual(['费建国 → 交警大队 (副大队长)']);
  });

  it('drops a modifier from a post however the person is introduced (是…的一名老民警)', () => {
    const g = extractArticle('平川市公安局巡特警支队一大队开展训练。老党员于德水是一大队的一名老民警,从警30年。');
    expect(edges(g, 'MEMBER_OF')).toEqual(['于德水 → 平川市公安局巡特警支队一大队 (民警)']);
  });
});

describe('names of every kind, and masked ones', () => {
  it('reads a dotted Uyghur name after a post, and no masked name (民警李某) however it is written', () => {
    const g = extractArticle('城北分局红柳派出所所长王建军、教导员阿依古丽·吐尔逊带领全所民警巡逻。去年冬天,民警李某在巡逻中救起一名落水群众。');
    expect(names(g, 'Person').sort()).toEqual(['王建军', '阿依古丽·吐尔逊'].sort());
    expect(edges(g, 'MEMBER_OF')).toContain('阿依古丽·吐尔逊 → 城北分局红柳派出所 (教导员)');
  });
});

describe('choosing the recipient', () => {
  const g = extractArticle(
    '在所长贺立平的带领下,南岭市公安局雁山分局石门派出所连续两年被评为“全市优秀派出所”,2023年又荣记集体二等功。' +
      '“全国特级优秀人民警察”、石门派出所副所长包文斌已在基层工作28年。',
  );

  it('reads the leader of 在X的带领下 as no subject, and gives a collective honour to no person', () => {
    expect(edges(g, 'RECEIVED')).toEqual(
      expect.arrayContaining(['南岭市公安局雁山分局石门派出所 → 全市优秀派出所', '南岭市公安局雁山分局石门派出所 → 集体二等功']),
    );
    expect(edges(g, 'RECEIVED').some((e) => e.startsWith('贺立平'))).toBe(false);
  });

  it('reads a quoted title opening the clause before the posts and the name', () => {
    expect(edges(g, 'RECEIVED')).toContain('包文斌 → 全国特级优秀人民警察');
  });
});

describe('names the tagger reads as words', () => {
  it('reads a name written before the same head more than once, though the tagger reads a verb (解放/v 分局, 团结/a 派出所)', () => {
    const g = extractArticle(
      '近日,安庆市公安局解放分局团结派出所民警王小明被评为“优秀民警”。团结派出所还推出了“平安小区”。解放分局党委书记、局长李大伟表示祝贺。',
    );
    expect(names(g, 'Unit')).toEqual(expect.arrayContaining(['安庆市公安局解放分局团结派出所', '安庆市公安局解放分局']));
    expect(edges(g, 'MEMBER_OF')).toContain('王小明 → 安庆市公安局解放分局团结派出所 (民警)');
  });

  it('reads no name in a count or a demonstrative written twice before a head (两个派出所, 这家派出所)', () => {
    const g = extractArticle('江州市公安局临江分局召开会议。两个派出所民警参加了培训,两个派出所还开展了宣传。这家派出所不大,这家派出所很忙。');
    expect(names(g, 'Unit').sort()).toEqual(['江州市公安局', '江州市公安局临江分局'].sort());
  });

  it('reads no unit in a verb whose object is a unit (组织派出所, 走进派出所), or in 所有派出所; 市公安局 alone names none', () => {
    const g = extractArticle('市公安局组织派出所民警开展培训,市公安局组织派出所民警参加考试。走进派出所,记者看到一面锦旗。所有派出所都设立了调解室,所有派出所都开通了热线。');
    expect(names(g, 'Unit')).toEqual([]);
  });
});

describe('names the dictionary knows', () => {
  it('reads a name the tagger knows as one (杨建华/nr) after a naming verb', () => {
    expect(names(extractArticle('一位名叫杨建华的民警走了过来。'), 'Person')).toEqual(['杨建华']);
  });

  it('reads 向 before a name with 同志 as the preposition, not a surname', () => {
    expect(names(extractArticle('全局上下要向孔红同志学习,向石涛同志看齐。'), 'Person').sort()).toEqual(['孔红', '石涛'].sort());
  });
});

describe('givers written before the recipient', () => {
  it('reads 公安部命名X为“…” with the recipient between the verb and 为', () => {
    const g = extractArticle('近日,公安部命名江州市公安局临江分局西关派出所为“枫桥式公安派出所”。');
    expect(g.relations.filter((r) => r.type === 'RECEIVED')).toEqual([
      expect.objectContaining({ from: '江州市公安局临江分局西关派出所', to: '枫桥式公安派出所', conferredBy: '公安部' }),
    ]);
  });

  it('reads the approving body of 经X批准,授予… as the giver', () => {
    const g = extractArticle('经江南省人民政府批准,授予东关派出所民警王小明“江南省特级劳动模范”称号。');
    expect(g.relations.find((r) => r.type === 'RECEIVED')).toMatchObject({ from: '王小明', conferredBy: '江南省人民政府' });
  });
});

describe('subjects (2)', () => {
  it('reads a person with a long unit and post chain before the name as the subject', () => {
    const g = extractArticle('江州市公安局交通警察支队开展志愿服务。支队所属云龙大队团支部书记、民警孙浩带领队员参与赛事保障,2023年4月获评“江州市优秀共青团员”。');
    expect(edges(g, 'RECEIVED')).toEqual(['孙浩 → 江州市优秀共青团员']);
  });

  it('reads the unit contained (分局下辖的X派出所), not the container, as the subject', () => {
    const g = extractArticle('江州市公安局临江分局开展创建。分局下辖的青义派出所打造志愿服务队,今年5月被共青团中央等部门命名为全国“青年文明号”。');
    expect(edges(g, 'RECEIVED')).toEqual(['青义派出所 → 全国青年文明号']);
  });

  it('reads a year phrase after 授予 in a passive as no recipient', () => {
    const g = extractArticle('江州市公安局交通警察支队团委被共青团江南省委授予2022年度“江南省五四红旗团委”称号。');
    expect(g.relations.find((r) => r.type === 'RECEIVED')).toMatchObject({ from: '江州市公安局交通警察支队团委', year: 2022 });
  });
});

describe('unit lists and generic units', () => {
  it('reads the first name of a list after a word that opens it (即东海湾、宝珊…), and a bare 社区警务室 as no name', () => {
    const g = extractArticle('该所构建“1+5+N”警务网格:“5”即东海湾、宝珊、后埔3个社区警务室。江州市公安局东海派出所社区警务室建设走在前列。');
    expect(names(g, 'Unit')).toEqual(expect.arrayContaining(['东海湾社区警务室', '宝珊社区警务室', '后埔社区警务室']));
    expect(names(g, 'Unit')).not.toContain('社区警务室');
    expect(names(g, 'Initiative')).toContain('1+5+N');
  });

  it('reads one unit where the same words were parsed two ways (设立东海湾商圈警务站 | 东海湾商圈警务站)', () => {
    const g = extractArticle('该所在商圈中心设立东海湾商圈警务站。2023年3月,东海湾商圈警务站被全国妇联授予“全国巾帼文明岗”称号。');
    expect(names(g, 'Unit').filter((n) => n === '东海湾商圈警务站')).toHaveLength(1);
  });
});

describe('organisations and partners', () => {
  const g = extractArticle(
    [
      '2月28日,东江市公安局城南分局与中国工商银行东江分行签订反诈合作协议。',
      '城南分局反诈中心主任薛宁介绍,该中心联合东江市第一中学、城南街道办事处、城南社区居委会开展反诈宣传200余场。',
      '此外,分局还与东江市人民检察院、东江市司法局建立联席会议制度。工商银行东江分行行长朱立平表示,银行将全力配合。',
    ].join('\n'),
  );

  it('reads a body named after a place word (城南街道办事处), and a name without its opening words as an alias', () => {
    expect(names(g, 'Organization')).toEqual(expect.arrayContaining(['城南街道办事处', '城南社区居委会']));
    expect(g.entities.find((e) => e.name === '中国工商银行东江分行')?.aliases).toEqual(['工商银行东江分行']);
  });

  it('reads 该中心 as the centre named before, and a joint meeting mechanism as a partnership', () => {
    expect(edges(g, 'PARTNERS_WITH')).toEqual(
      expect.arrayContaining(['城南分局反诈中心 → 城南街道办事处', '东江市公安局城南分局 → 东江市人民检察院', '东江市公安局城南分局 → 东江市司法局']),
    );
  });

  it('reads an abbreviated office before a post (市禁毒办副主任X) as the office named in full, and its staff as no police', () => {
    const h = extractArticle(
      '江州市公安局禁毒支队联合江州市禁毒委员会办公室举办宣传活动。市禁毒办副主任邬丽表示,将持续推进禁毒宣传进校园。',
    );
    expect(h.entities.find((e) => e.name === '江州市禁毒委员会办公室')?.aliases).toEqual(['市禁毒办']);
    expect(edges(h, 'MEMBER_OF')).toEqual([]);
  });

  it('reads the head of a bank (行长) as a person', () => {
    expect(names(g, 'Person')).toContain('朱立平');
  });
});

describe('profiles across paragraphs', () => {
  it('reads a paragraph opening with 他 as going on about the person the profile is about', () => {
    const g = extractArticle(
      [
        '在云州市公安局青峰分局石岭派出所,民警蒙小川是出了名的“拼命三郎”。',
        '辖区山高路远。蒙小川就背着移动警务终端进村入户,蒙小川一年跑坏了两双胶鞋。',
        '2022年,他被评为“云州市最美基层民警”。',
        '去年,他又荣获全省“人民满意政法干警”称号。',
      ].join('\n'),
    );
    expect(edges(g, 'RECEIVED').sort()).toEqual(['蒙小川 → 云州市最美基层民警', '蒙小川 → 全省人民满意政法干警'].sort());
  });
});

describe('interviews', () => {
  it('reads 我们 in an officer’s answer as the unit the article is about', () => {
    const g = extractArticle(
      [
        '江州市公安局临江分局西关派出所所长次仁多吉接受了记者专访。',
        '记者:派出所有哪些特色工作?',
        '次仁多吉:2021年,我们成立了“格桑花”双语服务队。我们还和江州市人民医院签订了警医共建协议。',
      ].join('\n'),
    );
    expect(edges(g, 'LEADS')).toContain('江州市公安局临江分局西关派出所 → 格桑花双语服务队');
    expect(edges(g, 'PARTNERS_WITH')).toEqual(['江州市公安局临江分局西关派出所 → 江州市人民医院']);
  });
});

describe('railway, airport and border units', () => {
  it('reads a railway station’s police (柳州站派出所), an airport bureau and a border checkpoint named by stacked branches', () => {
    const g = extractArticle(
      '南宁铁路公安处柳州站派出所民警覃明救下一名落水儿童。白云机场公安局候机楼派出所推出“暖心服务台”。拱北出入境边防检查站获评“青年文明号”。',
    );
    expect(names(g, 'Unit')).toEqual(
      expect.arrayContaining(['南宁铁路公安处柳州站派出所', '白云机场公安局候机楼派出所', '白云机场公安局', '拱北出入境边防检查站']),
    );
    expect(edges(g, 'MEMBER_OF')).toEqual(['覃明 → 南宁铁路公安处柳州站派出所 (民警)']);
  });
});

describe('competitions', () => {
  it('reads no person in a place before a kind of officer (江州特警), and gives a team result to the unit', () => {
    const g = extractArticle(
      '江州特警在全省大比武中勇夺团体第一\n江州市公安局特警支队代表队在比赛中获得团体第一名,支队民警肖逸飞获得个人第二名。',
    );
    expect(names(g, 'Person')).toEqual(['肖逸飞']);
    expect(edges(g, 'RECEIVED').sort()).toEqual(['江州市公安局特警支队 → 团体第一名', '肖逸飞 → 个人第二名'].sort());
  });
});

describe('command centres and outside services', () => {
  const g = extractArticle(
    [
      '江州市公安局110指挥中心接警大厅里,接警员正在紧张地工作。指挥中心主任欧阳晓峰告诉记者,去年全市110共接警86万余起。',
      '接警员蓝晓天创造的“三问两核”接警法在全市推广。',
      '指挥中心还与江州市急救中心、江州市消防救援支队建立了“110-120-119”联动机制。',
    ].join('\n'),
  );

  it('reads a service number naming a centre (110指挥中心), and call-takers (接警员) as its people', () => {
    expect(edges(g, 'MEMBER_OF').sort()).toEqual(['欧阳晓峰 → 江州市公安局110指挥中心 (主任)', '蓝晓天 → 江州市公安局110指挥中心 (接警员)'].sort());
  });

  it('reads a fire and rescue detachment as an outside body and partner, and a numbered mechanism as an initiative', () => {
    expect(names(g, 'Organization')).toContain('江州市消防救援支队');
    expect(edges(g, 'PARTNERS_WITH')).toContain('江州市公安局110指挥中心 → 江州市消防救援支队');
    expect(edges(g, 'LEADS')).toEqual(expect.arrayContaining(['蓝晓天 → 三问两核', '江州市公安局110指挥中心 → 110-120-119']));
  });
});

describe('a decision’s items in one sentence', () => {
  it('reads 给予X记…功, 给予X嘉奖 and 对X通报表扬 with the name ending where the honour starts, given by the issuer', () => {
    const g = extractArticle(
      '江州市公安局关于表彰2023年度先进集体和先进个人的决定\n经研究,决定授予西关派出所“全市公安机关先进集体”称号,给予民警韩冬记个人二等功,给予辅警陈红嘉奖,对民警李强通报表扬。',
    );
    expect(names(g, 'Person').sort()).toEqual(['李强', '陈红', '韩冬'].sort());
    const received = g.relations.filter((r) => r.type === 'RECEIVED');
    expect(received.map((r) => `${r.from} → ${r.to}`).sort()).toEqual(
      ['李强 → 通报表扬', '西关派出所 → 全市公安机关先进集体', '陈红 → 嘉奖', '韩冬 → 二等功'].sort(),
    );
    for (const r of received) expect(r, `${r.from} → ${r.to}`).toMatchObject({ conferredBy: '江州市公安局', year: 2023 });
  });
});
