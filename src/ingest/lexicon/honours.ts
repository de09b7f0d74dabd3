// Honours: the verbs that confer them, merit citations, commendations, title
// markers and the words an honour title is built from.
import { COUNT } from '../patterns.js';

/** Verbs whose object is an honour. `passive`: an agent may stand between 被 and the verb. */
export const HONOUR_VERBS = [
  '荣获', '获得', '获评', '喜获', '荣膺', '斩获', '摘得', '夺得', '获', '评为', '评选为', '评定为', '授予', '表彰为',
  '命名为', '认定为', '确定为', '当选为', '当选', '入选', '荣立', '荣记', '树为', '选树为', '创建成为', '创建成了',
  '创建成', '被誉为', '授予了', '追授', '追记',
  // Titles a unit makes itself into (建成省级执法示范单位, 打造成一级公安派出所): only a title shape is taken.
  '建成', '打造成', '创成',
  // 受到公安部通报表扬: only a commendation or title is taken as its object.
  '受到',
];

/** Merit citations: (集体|个人)?[一二三]等功. */
export const MERIT = /(集体|个人)?([一二三])等功/g;

/** Commendations named by their kind: an honour when the article names who gave or got it. */
export const COMMENDATIONS = ['通报表扬', '通报嘉奖', '通令嘉奖', '嘉奖', '记功', '表彰', '表扬'];

/** Trailing words that mark an honour title rather than name it. */
export const TITLE_MARKERS = ['荣誉称号', '光荣称号', '称号', '荣誉', '殊荣', '奖项'];

/** Leading words an honour name drops: 个人三等功 is 三等功, 系列十佳民警称号 is 十佳民警. */
export const DROPPED_PREFIXES = ['个人', '系列', '一系列', '各类', '各项', '多项', '多个', '年度', '荣誉', '光荣'];

/** Scope words an honour keeps (全国“青年文明号” → 全国青年文明号). */
export const SCOPES = ['全国', '全省', '全市', '全区', '全县', '省级', '市级', '国家级', '全军', '全警', '全系统'];

/** Words that make a noun phrase an honour title when it also ends in a person or collective noun. */
export const TITLE_QUALIFIERS = ['优秀', '先进', '最美', '十佳', '杰出', '模范', '标兵', '之星', '好人', '楷模', '英雄', '先锋', '卫士', '能手', '劳模', '示范', '突出', '标杆', '榜样', '巾帼', '青年文明号', '文明岗', '文明号', '好班子', '一级', '二级', '劳动模范'];
/** Endings of titles only a person can win: 最美辅警, 优秀人民警察, 先进个人. */
export const PERSON_TITLE_TAILS = ['民警', '辅警', '警察', '女警', '党员', '干部', '个人', '标兵', '之星', '能手', '好人', '卫士', '红旗手'];
/** Endings of titles only a collective can win: 先进集体, 优秀公安基层单位, 青年文明号. */
export const COLLECTIVE_TITLE_TAILS = ['集体', '单位', '派出所', '党组织', '班子', '示范点', '文明号', '文明岗'];
export const TITLE_TAILS = [
  ...PERSON_TITLE_TAILS, ...COLLECTIVE_TITLE_TAILS,
  '人民警察', '军人', '工作者', '模范', '先锋', '榜样', '英雄', '楷模', '青年', '特勤', '军转干', '骨干', '公仆', '妈妈', '警嫂',
  '家庭', '先进', '青年岗', '示范岗', '模范岗', '英模', '英雄模范', '劳动模范', '功臣',
  // Medals (全国五一劳动奖章, 人民警察二级英模勋章).
  '奖章', '勋章',
];

/** Competition results: 团体第一名, 个人一等奖. */
export const COMPETITION_RESULT = new RegExp(String.raw`^(?:团体|个人)?(?:第[${COUNT}]{1,2}名|[一二三]等奖|金奖|银奖|铜奖|冠军|亚军|季军|优胜奖|优秀奖|特等奖)`);
export const COMPETITION_NOUNS = ['竞赛', '比赛', '大赛', '比武', '评比', '运动会', '技能赛', '练兵'];

/** Contexts that name honours without giving them to anyone: 开展…评选, …颁奖仪式. */
export const SELECTION_WORDS = ['评选', '评比', '选树', '颁奖', '表彰'];

/** Levels that describe, not name, an honour: 市级以上表彰, 区级以上嘉奖. */
export const GENERIC_LEVEL = /[省市区县国]级以上|以上|各级|各类|各种/;
