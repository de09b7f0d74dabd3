// Initiatives: the verbs with which a unit or person sets something up or runs
// it, the head nouns named programmes carry, and the words around a quotation
// that show it is a slogan, theme, goal or event rather than an initiative.
import { alternation } from './common.js';

export const CREATION_VERBS = [
  '打造', '推进', '推行', '推出', '设立', '成立', '组建', '建立', '创建', '开设', '开辟', '开展', '启动', '实施', '实行',
  '推广', '创立', '发起', '策划', '开发', '研发', '开通', '创办', '举办', '负责管理', '运营', '探索', '首创', '创新推出', '牵头',
  '组成', '组织开展', '定为', '进行', '依托', '上线', '搭建起', '创设', '试行', '深入开展', '全面推行', '组织', '构建', '搭建',
  // Promoting a brand already set up (擦亮“禁毒先锋”品牌) is running it.
  '擦亮', '叫响',
  // Co-building one with a partner (与医院共建“海岛急救站”) is running it.
  '共建',
  // Rolling out, opening or distilling one's own method or school: 推开“一站三员”机制, 开办“青警夜校”, 提炼出“…经验”.
  '推开', '建起', '开办', '提炼出', '总结出',
];

/** Verbs that set up a body: 成立专班, 组建突击队. */
export const ESTABLISHING_VERBS = ['成立', '组建', '设立'];
/** Verbs that build something a unit then runs: 打造“…”品牌. */
export const BUILDING_VERBS = [...ESTABLISHING_VERBS, '创建', '推出', '打造'];
/** Verbs that found something, whose founder may be written before them: 他创立的“老杜谈心室”. */
export const FOUNDING_VERBS = [...BUILDING_VERBS, '创立', '创办', '发起', '首创'];

/** Heads that make a name an initiative by themselves (快乐工作法, 巾帼服务队, 团圆计划). */
export const STRONG_HEADS = [
  '工作法', '服务法', '调解法', '接警法', '勤务法', '巡逻法', '工作室', '服务队', '志愿队', '宣讲团', '小分队', '突击队', '调解队', '宣讲队', '小组', '谈心室', '调解室', '工程', '计划', '课堂', '讲堂', '学堂', '项目', '平台',
  '服务室', '接待室', '读书会', '夜校', '夏令营',
  '品牌', '行动', '学习日', '服务日', '活动日', '开放日', '接待日', '驿站', '之家', '直通车', '热线', '微课堂', '书屋',
  '联盟', '超市', '模式', '制度', '工作站', '微博', '公众号', '微信群', '交流群', '系列活动', '服务站', '服务点',
  '处置队', '反应队', '应急队', '救援队', '巡防队', '宣传队',
];
/** Heads of teams and rooms: with a quoted name before them they make one name (“暖心姐妹”帮教小组). */
export const TEAM_HEADS = [
  '服务队', '志愿服务队', '突击队', '志愿队', '宣讲团', '小分队', '调解队', '宣讲队', '巡逻队', '小组', '工作室', '谈心室', '调解室', '工作站', '党支部', '支部',
  '服务室', '法律服务室', '接待室',
  // Quick-response teams a unit sets up (“潮汛铁骑”快速处置队).
  '处置队', '反应队', '应急队', '救援队', '巡防队', '宣传队',
];

/** Posts that lead a team or room: 突击队队长X, 由X任组长. */
export const TEAM_LEADER_POSTS = ['队长', '团长', '领队', '组长', '室长', '负责人'];

/** What follows 由X when X leads it: 由X牵头, 由X担任站长, 由X任队长. */
export const LED_BY_VERB = `(?:牵头|负责|带头|担任|领衔|任(?=${alternation(TEAM_LEADER_POSTS)}))`;

/** Heads that need a creation verb before them (“内部110”服务, “文化进景区”活动). */
export const WEAK_HEADS = ['活动', '服务', '建设', '举措', '系列', '专栏', '群', '交流小组', '工作'];

/** A quotation followed by one of these is not an initiative. */
export const NEGATIVE_FOLLOWERS = [
  '理念', '精神', '主题', '氛围', '目标', '效应', '要求', '原则', '称号', '比赛', '竞赛', '仪式', '征集', '展播', '栏目',
  '站点', '海报', '形象', '作品', '口号', '热潮', '问题', '内容', '形式', '标准', '会', '评选', '评比', '颁奖', '表彰',
  '荣誉', '奖', '的', '宣传阵地', '阵地', '意识', '思想', '作风', '传统', '风气', '故事会', '演讲', '晚会', '宣誓',
  '措施', '启动', '警情', '案件', '专题', '中',
  // “开学第一课”暨警校共建签约活动: an event held together with another.
  '暨',
];
/**
 * Words before a quotation that make it something else: a theme, a nickname, an honour, an event joined,
 * a system carried out as set from above (落实“三会一课”), an epithet (作为“普法驿站”), a kind counted
 * (更多“X”特色品牌), or the publisher's own column (本网开设“…”专栏: the source is metadata).
 */
export const NEGATIVE_PRECEDERS = [
  '参加', '参与', '称为', '称作', '誉为', '叫做', '被称', '按照', '围绕', '践行', '坚持', '树立', '弘扬', '荣获', '获得', '评为', '授予', '接入', '利用', '使用', '通过', '登录', '依靠',
  '落实', '作为', '更多', '本网', '本报', '本台', '本刊',
];

/** Quoted words with these endings describe a manner or quality: “一站式”, “成就感”. */
export const DESCRIPTOR_ENDINGS = ['式', '型', '化', '感', '性', '度', '心'];
/** Events are one-off, not initiatives: 茶话会, 宣誓. */
export const EVENT_ENDINGS = ['会', '仪式', '宣誓', '比赛', '竞赛', '晚会', '典礼', '讲座', '演讲'];

/** Unquoted initiatives need a strong head and a name of at least this many characters: 智慧政工平台. */
export const MIN_UNQUOTED_NAME = 3;
/** Generic modifiers that do not name an initiative: 服务品牌, 展示平台. */
export const GENERIC_INITIATIVE_MODIFIERS = new Set(['服务', '工作', '文化', '特色', '警务', '宣传', '交流', '实践', '管理', '展示', '健康', '沟通', '学习', '新', '共享', '资源', '惠警', '一个', '这个', '各类', '多个']);
