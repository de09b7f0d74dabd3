// Initiative mentions. A quoted name is an initiative when a creation verb
// stands right before it (推行“快乐工作法”, 开辟“民生微课程”), when it or the
// word after it is an initiative head (“团圆计划”, “流动党建”品牌, …等文化项目),
// and when nothing marks it as a slogan, theme, goal, event or honour. An
// unquoted name needs a strong head and a distinctive name before it
// (开发智慧政工平台, 七色女警服务队).
import { CN_DIGITS, COUNT, allHan, isHan, matchesOf } from '../patterns.js';
import { alternation, FUNCTION_CHARS } from '../lexicon/common.js';
import {
  BUILDING_VERBS, CREATION_VERBS, DESCRIPTOR_ENDINGS, TEAM_HEADS, EVENT_ENDINGS, FOUNDING_VERBS, GENERIC_INITIATIVE_MODIFIERS, MIN_UNQUOTED_NAME, NEGATIVE_FOLLOWERS,
  NEGATIVE_PRECEDERS, STRONG_HEADS, WEAK_HEADS,
} from '../lexicon/initiatives.js';
import type { NamedMention, SentenceContext, Span } from './types.js';

export interface InitiativeMention extends NamedMention {
  /** Absolute offset of the creation verb, when one introduced it: the actor is written before it. */
  verbAt?: number;
  /** 由X牵头组建: where the founder is written, instead of the subject. */
  agent?: Span;
  /** 突击队队长: the post whose holder leads it. */
  leaderPost?: Span;
}

const VERB_END = new RegExp(`(?:${alternation(CREATION_VERBS)})(?:了|起)?$`);
const STRONG_START = new RegExp(`^(?:${alternation(STRONG_HEADS)})`);
const STRONG_END = new RegExp(`(?:${alternation(STRONG_HEADS)})$`);
const NEGATIVE_IN_FOLLOWER = new RegExp(`(?:${alternation(NEGATIVE_FOLLOWERS)})`);
const NEGATIVE_START = new RegExp(`^(?:${alternation(NEGATIVE_FOLLOWERS)})`);
const NEGATIVE_BEFORE = new RegExp(`(?:${alternation(NEGATIVE_PRECEDERS)})[\\u4e00-\\u9fff]{0,4}$`);
const EVENT_END = new RegExp(`(?:${alternation(EVENT_ENDINGS)})$`);
// Heads that become part of the name rather than a classifier of it: “星级”党支部.
const TEAM_END = new RegExp(`(?:${alternation(TEAM_HEADS)})$`);
const TEAM_START = new RegExp(`^(?:${alternation(TEAM_HEADS)})`);
// The words after a quotation up to the head that classifies it: 党建品牌, 巾帼志愿服务队, 个别教育工作法.
// A strong head further on wins over a weak one nearer (“法企通”法律服务平台 is a 平台, not a 服务).
const STRONG_HEAD_PHRASE = new RegExp(`^[\\u4e00-\\u9fff]{0,6}?(?:${alternation([...STRONG_HEADS, ...TEAM_HEADS])})`);
const HEAD_PHRASE = new RegExp(`^[\\u4e00-\\u9fff]{0,6}?(?:${alternation([...STRONG_HEADS, ...WEAK_HEADS, ...TEAM_HEADS])})`);
// Founding verbs keep their object across 的: 他创立的“老杜谈心室”.
const FOUNDED_BY = new RegExp(`(?:${alternation([...FOUNDING_VERBS, '开设'])})的$`);
// (组建41人的“青云义警”, 组建52人“凤岭义警”: a count of its members may stand between the verb and the name.)
const COMPOSED_OF = new RegExp(String.raw`由[^,;。“”]{1,30}?(?:组成|构成)的$|[${COUNT}余多]+(?:人|名)(?:的)?$`);
// 四心, 五进: a counted set of virtues or visits names a method, though 心 ends descriptions (暖心).
const COUNTED_SET = new RegExp(String.raw`^[${CN_DIGITS}两]+[心进访]$`);
const ABBREVIATION = new RegExp(String.raw`^[${CN_DIGITS}两]+[\u4e00-\u9fff]{1,2}$`);
// A list of channels the news went out on (…学习平台、全国公安新媒体矩阵和中国警察网同步播出).
const CHANNEL_LIST = /^[^。;]{0,50}?(?:同步)?(?:播出|播发|刊发|刊登|转载|推送|首播)/;
const DESCRIBED_AS = /“[^“”]{1,30}”的$/;
const UNQUOTED_RE = new RegExp(
  `(?:${alternation(['服务队', '工作室', '工作法', '志愿队', '宣讲团', '平台', '工程', '计划', '课堂', '工作站', '服务站', '服务室', '调解室'])})`,
  'g',
);
// 建起了赣州市第一家…工作站: a first-of-its-kind phrase may stand between the verb and the name.
const UNQUOTED_VERBS = new RegExp(
  `(?:${alternation([...BUILDING_VERBS, '开发', '研发', '上线', '开通', '推行', '建起', '建立', '设立'])})了?(?:(?:全|[\\u4e00-\\u9fff]{1,3}[省市县区])?(?:第一|首)[家个座所支])?$`,
);
// Platforms, programmes, plans and service points are named by generic words too often: only a creation verb makes them initiatives.
const VERB_NEEDED = /^(?:平台|工程|计划|课堂|工作站|服务站|服务室|调解室)$/;
// Words an unquoted initiative name is made of: nouns, unknown words, distinguishing words, numerals (七色).
const NAME_WORD_TAGS = /^(?:n|x|j|b|s|vn|m$)/;
// What may stand between a group of quotations and the head that classifies them: 等10余项服务举措.
// (…等多种形式的关爱活动: the forms counted are no follower of the names.)
const GROUP_TAIL = new RegExp(String.raw`^等?[${COUNT}余多个项类种]{0,5}(?:形式的)?`);
const MAX_GAP = 4;
// 警医联动, 警企共建, 校警联防: a kind of arrangement between the police and a sector, not a named initiative (rule 11).
const GENERIC_MECHANISM = /^(?:警[\u4e00-\u9fff]|[\u4e00-\u9fff]警)(?:联动|对接|联勤|共建|联防|联控|合作|协作|联调|共治|共管)(?:机制|模式)?$/;
// “警企村”三方共建, “警校”: the sectors a joint arrangement brings together, not its name.
const SECTOR_LIST = /^(?=[^警]*警)[警企村校医社民家银政]{2,4}$/;
const FORMULA = /^[\dA-Za-z]+(?:[+\-][\dA-Za-z]+)+$/;
// Quotations stay one group when only a joiner, or a short head and a joiner, stands between them: “A”活动、“B”.
const GROUP_JOINER = /^(?:[\u4e00-\u9fff]{1,6}[、和及与]|[、和及与]?)$/;

interface Quoted extends Span {
  text: string;
}

/** Quotations of the sentence grouped when adjacent or joined by 、 和 及. */
function quotedGroups(s: string): Quoted[][] {
  const groups: Quoted[][] = [];
  let group: Quoted[] = [];
  let i = 0;
  for (let guard = 0; guard < 200; guard++) {
    const open = s.indexOf('“', i);
    if (open < 0) break;
    const close = s.indexOf('”', open + 1);
    if (close < 0) break;
    const q: Quoted = { start: open + 1, end: close, text: s.slice(open + 1, close) };
    const prev = group[group.length - 1];
    if (prev && !GROUP_JOINER.test(s.slice(prev.end + 1, open))) {
      groups.push(group);
      group = [];
    }
    group.push(q);
    i = close + 1;
  }
  if (group.length) groups.push(group);
  return groups;
}

/** “一站式”, “人性化”, “暖心”: a short word with a descriptor ending (a longer name may end so: “犬警心连心”). */
function describes(t: string): boolean {
  if (COUNTED_SET.test(t)) return false;
  return DESCRIPTOR_ENDINGS.some((e) => t.endsWith(e) && t.length <= (e === '心' ? 2 : 4));
}

const COUNT_ONLY = new RegExp(String.raw`^[${COUNT}]+$`);

function plausibleName(t: string): boolean {
  if (t.length < 2 || t.length > 16) return false;
  if (/[,!?;。:]/.test(t) || COUNT_ONLY.test(t)) return false;
  // “红蓝潮汐涌、同心聚合力”: two matching phrases are a slogan (ANNOTATION.md rule 11).
  const halves = t.split(/[、 ]/);
  if (halves.length === 2 && halves.every((h) => h.length >= 3) && Math.abs(halves[0]!.length - halves[1]!.length) <= 1) return false;
  // 警营读书会: a strong head wins over the event ending it shares (会).
  if (describes(t) || (EVENT_END.test(t) && !STRONG_END.test(t)) || GENERIC_MECHANISM.test(t) || SECTOR_LIST.test(t)) return false;
  // “1+5+N”, “110-120-119”: a model written as a formula.
  return /[\u4e00-\u9fff]/.test(t) || FORMULA.test(t);
}

const SAFE_X_CAMPAIGN = /^平安[\u4e00-\u9fff]{1,4}$/;
// “一支部一品牌”创建活动, “无诈社区”争创: a title worked towards is a campaign's goal (ANNOTATION.md rule 11).
const CAMPAIGN_FOR = /^(?:创建|争创|创评)/;
const PARTIES_COUNTED = /^[两双三四五多]方/;

/** The words right after a quotation up to the next separator (Latin letters too: “青春”LOGO形象). */
function followerOf(s: string, end: number): string {
  let j = end + 1;
  while (j < s.length && j - end < 12 && (isHan(s.charCodeAt(j)) || /[A-Za-z]/.test(s[j]!))) j++;
  return s.slice(end + 1, j);
}

export function findInitiatives(ctx: SentenceContext, claimed: readonly Span[]): InitiativeMention[] {
  const s = ctx.sentence.text;
  const base = ctx.sentence.start;
  const out: InitiativeMention[] = [];
  const isClaimed = (start: number, end: number) => claimed.some((c) => c.start < base + end && c.end > base + start);

  const headline = ctx.index === 0 && !/[。!?]$/.test(s);
  for (const group of quotedGroups(s)) {
    const first = group[0]!;
    const last = group[group.length - 1]!;
    // 组建了由退休教师和志愿者组成的“…”: the verb stands before the description of the members.
    const members = COMPOSED_OF.exec(s.slice(Math.max(0, first.start - 1 - 40), first.start - 1));
    // 创立了“微笑、耐心…”的“四心”服务法: a quoted description may also stand between verb and name.
    const described = members ? undefined : DESCRIBED_AS.exec(s.slice(Math.max(0, first.start - 1 - 40), first.start - 1));
    const edge = first.start - 1 - (members?.[0].length ?? described?.[0].length ?? 0);
    const before = s.slice(Math.max(0, edge - 12), edge);
    let verbAt: number | undefined;
    const founded = FOUNDED_BY.exec(before);
    if (founded) verbAt = base + edge - founded[0].length;
    for (let gap = 0; verbAt === undefined && gap <= MAX_GAP && gap <= before.length; gap++) {
      const head = before.slice(0, before.length - gap);
      const gapText = before.slice(before.length - gap);
      if (!allHan(gapText) || gapText.includes('的')) break;
      const v = VERB_END.exec(head);
      if (v) {
        verbAt = base + edge - gap - v[0].length;
        break;
      }
    }
    if (NEGATIVE_BEFORE.test(before)) continue;
    // 在央视网、“学习强国”学习平台…同步播出: a channel the news went out on, not something the unit runs.
    if (CHANNEL_LIST.test(s.slice(last.end + 1, last.end + 60))) continue;
    const tail = GROUP_TAIL.exec(s.slice(last.end + 1))![0];
    const groupHeadText = followerOf(s, last.end + tail.length);
    const groupStrong = STRONG_START.test(groupHeadText) || (tail.startsWith('等') && STRONG_END.test(groupHeadText));
    for (const q of group) {
      if (!plausibleName(q.text) || isClaimed(q.start, q.end)) continue;
      const own = q === last ? groupHeadText : followerOf(s, q.end);
      // “两室”, “三到”: a counted abbreviation names a method only with the head that says what it is (“三到”工作法).
      if (ABBREVIATION.test(q.text) && !COUNTED_SET.test(q.text) && !STRONG_HEAD_PHRASE.test(own)) continue;
      const selfStrong = STRONG_END.test(q.text);
      // “玫瑰警务服务队”的队员们, “老兵驿站”是…推出的: a name with its own head is one whatever is then said of it.
      const negative = selfStrong ? NEGATIVE_START.test(own) && !own.startsWith('的') : NEGATIVE_IN_FOLLOWER.test(own);
      if (own && negative && !STRONG_START.test(own) && !TEAM_START.test(own)) continue;
      // “平安医院”建设: the national 平安X campaigns (ANNOTATION.md rule 11) are no unit's initiative.
      if ((SAFE_X_CAMPAIGN.test(q.text) && own.startsWith('建设')) || CAMPAIGN_FOR.test(own)) continue;
      // “警企户”三方共建: the parties counted after it.
      if (PARTIES_COUNTED.test(followerOf(s, q.end))) continue;
      const headPhrase = (STRONG_HEAD_PHRASE.exec(own) ?? HEAD_PHRASE.exec(own))?.[0];
      const strong = selfStrong || (headPhrase !== undefined && STRONG_END.test(headPhrase)) || groupStrong;
      // Without a strong head, only a creation verb makes it one (and a weak head needs that verb too).
      // In the headline a quotation is an epithet (草原上的“流动服务站”) unless a verb sets it up.
      if ((!strong || headline) && verbAt === undefined) continue;
      const mention: InitiativeMention = { start: base + q.start, end: base + q.end, name: q.text, sentence: ctx.index };
      // “暖心姐妹”帮教小组 is the team's name; “流动党建”品牌 is named 流动党建.
      if (headPhrase && TEAM_END.test(headPhrase)) mention.name = q.text + headPhrase;
      else if (headPhrase) mention.aliases = [q.text + headPhrase];
      if (verbAt !== undefined) mention.verbAt = verbAt;
      out.push(mention);
    }
  }

  for (const m of matchesOf(UNQUOTED_RE, s)) {
    const he = m.index + m[0].length;
    // The name: the words before the head back to a verb, a function word or a separator.
    let ti = ctx.tokens.findIndex((t) => t.end === m!.index);
    let start = m.index;
    let words = 0;
    let lastTag = '';
    for (; ti >= 0 && m.index - ctx.tokens[ti]!.start <= 8; ti--, words++) {
      const t = ctx.tokens[ti]!;
      if (!NAME_WORD_TAGS.test(t.tag) || !isHan(t.word.charCodeAt(0)) || FUNCTION_CHARS.has(t.word[0]!)) break;
      start = t.start;
      lastTag = t.tag;
    }
    const modifier = s.slice(start, m.index);
    if (modifier.length < MIN_UNQUOTED_NAME || GENERIC_INITIATIVE_MODIFIERS.has(modifier) || s[start - 1] === '“' || s[start - 1] === '”') continue;
    // One dictionary word is a description (充分发挥工作室); a name is composed (七色女警) or unknown.
    if (words === 1 && lastTag !== 'x') continue;
    const verb = UNQUOTED_VERBS.exec(s.slice(Math.max(0, start - 16), start));
    if (VERB_NEEDED.test(m[0]) && !verb) continue;
    if (isClaimed(start, he) || out.some((o) => o.start - base < he && o.end - base > start)) continue;
    const mention: InitiativeMention = { start: base + start, end: base + he, name: s.slice(start, he), sentence: ctx.index };
    if (verb) mention.verbAt = base + start - verb[0].length;
    out.push(mention);
  }
  return out;
}

/**
 * 组建“义警”队伍 beside “青云义警”、“凤岭义警”: a word that ends two or more of the article's
 * initiative names is their common kind, not an initiative of its own.
 */
export function withoutKindWords(mentions: readonly InitiativeMention[]): InitiativeMention[] {
  const names = new Set(mentions.map((m) => m.name));
  const endsOthers = (name: string) => [...names].filter((n) => n !== name && n.endsWith(name)).length >= 2;
  return mentions.filter((m) => !endsOthers(m.name));
}
