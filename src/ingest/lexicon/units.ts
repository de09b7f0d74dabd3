// Police units and the Party / Youth League bodies inside them: name heads,
// police branches (警种) that stand between a place and a head, pronoun-like
// references, and place-name suffixes.

export type UnitKind =
  | 'ministry' | 'province' | 'bureau' | 'branch' | 'detachment' | 'brigade' | 'station' | 'squad' | 'post'
  | 'task_force' | 'center' | 'party_committee' | 'party_general_branch' | 'party_branch' | 'league_branch' | 'league_committee';

export interface UnitHead {
  head: string;
  kind: UnitKind;
  /** Rank in the police hierarchy; smaller is higher. Party bodies sit inside their unit. */
  level: number;
  /** Needs no name before it (公安部, 省厅). */
  standalone?: boolean;
  /** A shortened head (市局, 城东所): the long form is preferred as canonical. */
  short?: boolean;
  /** Too common a word to name a unit alone (组, 科): a unit only right after the link it sits in (空警五支队银鹰组). */
  chainOnly?: boolean;
  /** A squad formed and named like a team, often in quotes (“蓝焰”青年突击队, “铁骑先锋队”). */
  team?: boolean;
}

export const PARTY_KINDS: ReadonlySet<UnitKind> = new Set([
  'party_committee', 'party_general_branch', 'party_branch', 'league_branch', 'league_committee',
]);

export const UNIT_HEADS: readonly UnitHead[] = [
  { head: '公安部', kind: 'ministry', level: 0, standalone: true },
  { head: '国家移民管理局', kind: 'ministry', level: 0, standalone: true },
  { head: '公安厅', kind: 'province', level: 1 },
  { head: '省厅', kind: 'province', level: 1, standalone: true, short: true },
  { head: '总队', kind: 'province', level: 1.5 },
  { head: '公安局', kind: 'bureau', level: 2 },
  { head: '公安分局', kind: 'branch', level: 3 },
  { head: '分局', kind: 'branch', level: 3 },
  // A railway bureau's divisions (广州铁路公安局长沙公安处) rank as branches.
  { head: '公安处', kind: 'branch', level: 3 },
  { head: '市局', kind: 'bureau', level: 2, short: true },
  { head: '县局', kind: 'bureau', level: 3, short: true },
  { head: '区局', kind: 'bureau', level: 3, short: true },
  // A city bureau's traffic police (北京市公安局公安交通管理局) ranks with its detachments.
  { head: '公安交通管理局', kind: 'detachment', level: 3.5 },
  { head: '交通管理局', kind: 'detachment', level: 3.5 },
  { head: '交管局', kind: 'detachment', level: 3.5 },
  { head: '支队', kind: 'detachment', level: 3.5 },
  { head: '大队', kind: 'brigade', level: 4 },
  { head: '派出所', kind: 'station', level: 4 },
  { head: '看守所', kind: 'station', level: 4 },
  { head: '拘留所', kind: 'station', level: 4 },
  { head: '戒毒所', kind: 'station', level: 4 },
  // Headquarters offices of a bureau or branch (分局指挥中心), beside its brigades.
  { head: '指挥中心', kind: 'center', level: 4 },
  { head: '反电诈中心', kind: 'center', level: 4 },
  { head: '反诈中心', kind: 'center', level: 4 },
  { head: '反诈骗中心', kind: 'center', level: 4 },
  { head: '反电信诈骗中心', kind: 'center', level: 4 },
  { head: '反电信网络诈骗中心', kind: 'center', level: 4 },
  { head: '情报中心', kind: 'center', level: 4 },
  { head: '合成作战中心', kind: 'center', level: 4 },
  { head: '执法办案中心', kind: 'center', level: 4 },
  { head: '警务技能训练中心', kind: 'center', level: 4 },
  { head: '训练中心', kind: 'center', level: 4 },
  // A traffic police bureau's vehicle office (交管局车辆管理所), above its brigades.
  { head: '车辆管理所', kind: 'center', level: 3.8 },
  { head: '车管所', kind: 'center', level: 3.8, short: true },
  // A bureau's political department (分局政治处), which bylines and posts name (政治处主任).
  { head: '政治处', kind: 'center', level: 4 },
  { head: '政治部', kind: 'center', level: 4 },
  { head: '中队', kind: 'squad', level: 5 },
  // Sections and teams inside a named unit: 银鹰组, 治安科, 综合室, 禁毒办, 执勤岗.
  { head: '组', kind: 'squad', level: 5.5, chainOnly: true },
  { head: '科', kind: 'center', level: 4.5, chainOnly: true },
  { head: '室', kind: 'center', level: 4.5, chainOnly: true },
  { head: '办', kind: 'center', level: 4.5, chainOnly: true },
  { head: '岗', kind: 'post', level: 6, chainOnly: true },
  // A station's community policing team (白沙派出所社区警务队).
  { head: '警务队', kind: 'squad', level: 5 },
  // Police squads with frontline duty and members (ANNOTATION.md rule 11); a volunteer or service team is an initiative
  // (a 巡逻队 is either: 邻里守望巡逻队).
  { head: '突击队', kind: 'squad', level: 5, team: true },
  { head: '先锋队', kind: 'squad', level: 5, team: true },
  { head: '监区', kind: 'squad', level: 5 },
  { head: '工作专班', kind: 'task_force', level: 5 },
  { head: '专案组', kind: 'task_force', level: 5 },
  { head: '专班', kind: 'task_force', level: 5 },
  { head: '警务工作服务站', kind: 'post', level: 6 },
  { head: '警务服务站', kind: 'post', level: 6 },
  { head: '警务工作站', kind: 'post', level: 6 },
  { head: '警务站', kind: 'post', level: 6 },
  { head: '警务室', kind: 'post', level: 6 },
  { head: '警务区', kind: 'post', level: 6 },
  { head: '检查站', kind: 'post', level: 6 },
  { head: '机关党委', kind: 'party_committee', level: 9 },
  { head: '党委', kind: 'party_committee', level: 9 },
  { head: '党总支', kind: 'party_general_branch', level: 9 },
  { head: '党支部', kind: 'party_branch', level: 9 },
  { head: '团支部', kind: 'league_branch', level: 9 },
  { head: '团总支', kind: 'league_branch', level: 9 },
  { head: '团委', kind: 'league_committee', level: 9 },
];

/** Short station names: 城东所, 包场所 (a two-character name and 所). */
export const SHORT_STATION_HEAD: UnitHead = { head: '所', kind: 'station', level: 4, short: true };
/** Words ending in 所 that are not stations. */
export const NOT_STATION_WORDS = new Set([
  '场所', '厕所', '住所', '处所', '诊所', '寓所', '会所', '居所', '哨所', '公所', '研究所', '事务所', '托儿所', '招待所',
  '指挥所', '收容所', '避难所', '庇护所', '交易所', '派出所', '看守所', '拘留所', '戒毒所', '全所', '该所', '本所',
  '我所', '我们所', '其所', '之所', '无所', '有所', '各所', '两所', '一所', '多所', '卫生所', '医务所', '疗养所',
]);

/** Fire and rescue services, no longer police (消防救援支队): their brigades and detachments are outside bodies. */
export const FIRE_RESCUE = /消防(?:救援)?(?:支队|大队|总队|站|局)?$/;

/** Verbs whose object is a unit (组织派出所民警…, 走进派出所): never a unit's name, though names may be verbs (解放, 团结). */
export const UNIT_OBJECT_VERBS = new Set([
  '组织', '要求', '走进', '来到', '前往', '走访', '部署', '带领', '率领', '协助', '配合', '指导', '督促', '联合', '依托', '推动',
  '深入', '到达', '赶到', '回到', '进入', '离开', '抽调', '派出', '调度', '通知', '召集', '协调', '支持', '帮助', '会同', '督导',
  '检查', '慰问', '看望', '视察', '调研', '联系', '对接', '指派', '责令', '提醒', '走入', '赶赴', '奔赴', '驻守', '扎根',
]);

/** Police branches that name a brigade or detachment: 交警大队, 海陵巡特警大队. */
export const POLICE_BRANCHES = [
  '巡特警', '特巡警', '交巡警', '巡警', '特警', '交警', '刑警', '交通警察', '刑事侦查', '刑侦', '治安管理', '治安', '经侦',
  '经济犯罪侦查', '禁毒', '网安', '网络安全保卫', '网警', '国保', '内保', '技侦', '出入境', '户政', '水上', '森林', '铁路',
  '巡逻', '反诈', '指挥', '情报', '督察', '法制', '警务保障', '食药环', '环食药', '监管', '警犬', '科技信息化',
  '机场', '港航', '交通', '治安巡逻', '特勤', '应急', '维稳', '便衣', '缉毒', '打拐', '侦查', '边境', '边境管理', '边防',
  '网络侦查', '网络安全', '女子',
  // A traffic detachment's brigades by their work (事故处理大队, 车辆管理所).
  '事故处理', '事故预防', '车辆管理', '高速公路', '秩序管理',
  // Written out with their generic tail (出入境管理支队, 森林警察支队): one branch word, not a name + noun.
  '出入境管理', '森林警察', '森林公安', '铁路警察', '水上警察', '机场警察', '交通管理', '人口管理', '监所管理', '警务督察',
  '治安巡逻警察', '巡逻警察', '特警巡逻', '巡逻特警',
  // Air marshals (中国民航空中警察总队).
  '空中警察', '空警',
];

/** 该所 / 本局 / 该大队 …: resolved to the unit meant, never a name. */
export const UNIT_PRONOUN_HEADS: Record<string, UnitKind[]> = {
  所: ['station'],
  局: ['bureau', 'branch'],
  分局: ['branch'],
  大队: ['brigade'],
  支队: ['detachment'],
  中队: ['squad'],
  站: ['post'],
  队: ['brigade', 'detachment', 'squad'],
  党委: ['party_committee'],
  党总支: ['party_general_branch'],
  支部: ['party_branch', 'league_branch'],
  党支部: ['party_branch'],
  团支部: ['league_branch'],
  专班: ['task_force'],
  中心: ['center'],
};

/** Kinds of place a post serves (社区警务室, 校园警务室): what the unit is for, not which one it is. */
export const KIND_OF_PLACE: ReadonlySet<string> = new Set(['社区', '街道', '村', '农村', '乡镇', '校园', '社区警务', '林场', '驻场', '驻村', '驻校']);

/** Place-name suffixes: a name with one of these is a place, and its stem is learnt as one. */
export const PLACE_SUFFIXES = ['自治州', '自治区', '自治县', '街道', '省', '市', '区', '县', '州', '旗', '镇', '乡'];

export const PROVINCES = [
  '北京', '天津', '上海', '重庆', '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西', '山东',
  '河南', '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海', '台湾', '内蒙古', '广西', '西藏',
  '宁夏', '新疆', '香港', '澳门',
];
export const PROVINCE_SET: ReadonlySet<string> = new Set(PROVINCES);

/** The one-character unit heads (所 for 派出所, 队 for 大队…), also written alone for the unit itself (所里, 我们队). */
export const UNIT_CHARS = '所局队站';

/** Single characters that are unit heads of their own (东城/所 党支部, 城东所), never a name's last character. */
export const SHORT_HEAD_CHARS = new RegExp(`[${UNIT_CHARS}处]`);

/** Prefixes that mean "former" or "newly": kept as an alias, not in the name. */
export const FORMER_PREFIXES = ['原', '前'];

/** Abbreviated police branches: 网安支队 is the 网络安全保卫支队. */
export const BRANCH_ABBREVIATIONS: Record<string, string> = {
  网络安全保卫: '网安', 网络安全: '网安', 交通警察: '交警', 交通管理: '交警', 刑事侦查: '刑侦', 刑事警察: '刑警',
  经济犯罪侦查: '经侦', 治安管理: '治安', 特警巡逻: '巡特警', 巡逻特警: '巡特警', 特巡警: '巡特警', 出入境管理: '出入境',
  森林警察: '森林', 森林公安: '森林', 铁路警察: '铁路', 水上警察: '水上', 机场警察: '机场', 巡逻警察: '巡警', 治安巡逻警察: '巡警',
  网络安全保卫支队: '网安',
  空中警察: '空警',
};

/** The post a person holds, when it names the kinds of unit held (所长 → station; 局长 → a bureau or a branch 分局). */
export const POST_UNIT_KIND: Record<string, UnitKind[]> = {
  所长: ['station'], 副所长: ['station'], 局长: ['bureau', 'branch'], 副局长: ['bureau', 'branch'], 处长: ['branch'], 副处长: ['branch'],
  大队长: ['brigade'], 副大队长: ['brigade'], 支队长: ['detachment'], 副支队长: ['detachment'], 中队长: ['squad'], 副中队长: ['squad'],
  站长: ['post'], 副站长: ['post'], 监区长: ['squad'], 副监区长: ['squad'], 室长: ['post'],
  // A community officer staffs the community police office (社区警务室) when the article names one.
  社区民警: ['post'],
};
