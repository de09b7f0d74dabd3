// Reading honour titles: what follows a verb of winning (quoted titles with
// their scope, merit citations, commendations with their giver, competition
// results), how a title is named (ANNOTATION.md rule 13), and the titles named
// for a selection or a ceremony. Used by the honour rules (rules.ts).
import { CN_DIGITS, COUNT, allHan, endsClauseAt, matchesOf } from '../../patterns.js';
import { alternation } from '../../lexicon/common.js';
import {
  COMMENDATIONS, COMPETITION_NOUNS, COMPETITION_RESULT, DROPPED_PREFIXES, GENERIC_LEVEL, SCOPES, SELECTION_WORDS, TITLE_MARKERS,
  TITLE_QUALIFIERS, TITLE_TAILS,
} from '../../lexicon/honours.js';
import { isFullPlaceName } from '../../lexicon/places.js';
import type { NamedMention, Span } from '../types.js';

// A clause of a body's decision before its items: 重庆市公安局决定 (not 经研究决定, read as approval).
const DECIDES = /^[^经][^,;。]{1,30}决定$/;
// The verbs that open a decision's items.
const GRANTING = /授予|给予/;
const COMMENDATION_ALT = alternation(COMMENDATIONS);
const COMMENDATION_END = new RegExp(`(?:${COMMENDATION_ALT})$`);
const MERIT_EXACT = /^(集体)?[一二三]等功$/;
// What is no giver before a commendation: another honour, or a list joiner (记个人三等功和嘉奖).
const NOT_A_GIVER = /等功|[和、及]$/;
const YEAR_PREFIX = /^((?:19|20)\d{2})年(?:度)?/;
const YEAR_BEFORE = /^((?:19|20)\d{2})年(?!度)/;
const SCOPE_RE = new RegExp(`(?:${alternation(SCOPES)})$`);
const MARKER_RE = new RegExp(`(?:${alternation(TITLE_MARKERS)})$`);
const MARKER_START = new RegExp(`^(?:${alternation(TITLE_MARKERS)})`);
const SELECTION_RE = new RegExp(`^(?:${alternation(SELECTION_WORDS)})`);
const SELECTION_LIST_RE = new RegExp(`等(?:${alternation(SELECTION_WORDS)})`, 'g');
const COMPETITION_RE = new RegExp(`在([^,;。]{2,40}?(?:${alternation(COMPETITION_NOUNS)}))中`);
// 等 ends a list (…等一批), but not inside a merit grade (三等功).
const UNQUOTED_STOP = /[,;。!?:“”并的(]|等(?!功)/y;
const TRAILING_COUNT = new RegExp(String.raw`(?<!第[${COUNT}]*)\s*[${COUNT}]+\s*(?:人次|人|名|个|位|家)$`);
// 一等功1次: how often, not how many people.
const TRAILING_TIMES = new RegExp(String.raw`\s*[${COUNT}]+\s*次$`);
const LIST_START_VERBS = ['开展', '组织', '举行', '进行', '举办', '评选出', '选树'];
const LIST_START_VERB = new RegExp(`(?:${alternation(LIST_START_VERBS)})$`);
const LIST_START_VERB_LENGTH = Math.max(...LIST_START_VERBS.map((v) => v.length));

export const honourShaped = (t: string) =>
  MERIT_EXACT.test(t) ||
  COMMENDATIONS.includes(t) ||
  COMPETITION_RESULT.test(t) ||
  TITLE_QUALIFIERS.some((q) => t.includes(q)) ||
  (t.length >= 4 && TITLE_TAILS.some((q) => t.endsWith(q)));

/** Canonical honour name: quotes, markers and dropped prefixes removed; merit as (集体)X等功. */
export function cleanHonour(raw: string): string {
  let t = raw.replace(/[“”‘’"《》\s]/g, '');
  t = t.replace(MARKER_RE, '');
  for (let changed = true; changed; ) {
    changed = false;
    for (const p of DROPPED_PREFIXES) {
      if (t.startsWith(p) && t.length > p.length + 1) {
        t = t.slice(p.length);
        changed = true;
      }
    }
    // 2021年获评 drops its year; 2021年度辅警之星 keeps it, as the title is written (ANNOTATION.md rule 13).
    const year = YEAR_BEFORE.exec(t);
    if (year && t.length > year[0].length + 1) {
      t = t.slice(year[0].length);
      changed = true;
    }
  }
  // 一等功臣: the one who won 一等功 (ANNOTATION.md rule 13).
  return t.replace(MERIT_WINNER, '$1');
}

const MERIT_WINNER = /^([一二三]等功)臣$/;

/**
 * 重庆市公安局决定,给予X记个人二等功,给予Y嘉奖一次: the items follow the clause of the body that decides;
 * back over earlier items to a clause ending in 决定, whose words before it name the giver.
 */
export function deciderBefore(s: string, itemStart: number): Span | undefined {
  let end = itemStart;
  while (end > 0 && s[end - 1] === ',') {
    const start = clauseStartBefore(s, end - 1);
    const clause = s.slice(start, end - 1);
    if (DECIDES.test(clause)) return { start, end: end - 1 - 2 };
    if (!GRANTING.test(clause.slice(0, 2))) return undefined;
    end = start;
  }
  return undefined;
}

export function clauseStartBefore(s: string, i: number): number {
  let j = i;
  while (j > 0 && !endsClauseAt(s, j - 1)) j--;
  return j;
}

// A scope phrase before a quoted title: a place written in full, or 全国… / 全省…系统.
// (…and an edition after the scope stays with it: 全国第四批“枫桥式公安派出所”.)
const SCOPE_PHRASE =
  new RegExp(String.raw`^(?:(?:全国|全省|全市|全区|全县|省级|市级|国家级)(?:[\u4e00-\u9fff]{0,8}(?:系统|机关|行业))?)?(?:第[${COUNT}]{1,3}(?:批|届))?$`);
const isScope = (prefix: string) => prefix.length >= 2 && (isFullPlaceName(prefix) || SCOPE_PHRASE.test(prefix));

export interface HonourItem {
  start: number;
  end: number;
  name: string;
  aliases: string[];
  /** 公安部首批“枫桥式公安派出所”, 公安部一级派出所: the giver written before the title. */
  agent?: Span;
}

// A giver opening a title: a ministry, a provincial department, a government (公安部一级派出所).
const GIVER_PREFIX = /^(?:公安部|国务院|党中央|中共中央|[\u4e00-\u9fff]{2,8}?(?:公安厅|人民政府|省委|市委))/;

/** Quoted honours from `from`: 全国“巾帼文明岗”、全国“青年文明号”, 敬业奉献“巢湖好人”荣誉称号. */
export function quotedItems(s: string, from: number): HonourItem[] {
  const items: HonourItem[] = [];
  let i = from;
  for (let guard = 0; guard < 8; guard++) {
    const open = s.indexOf('“', i);
    if (open < 0 || open - i - (YEAR_PREFIX.exec(s.slice(i))?.[0].length ?? 0) > 8) break;
    const prefix = s.slice(i, open);
    if (!allHan(prefix.replace(YEAR_PREFIX, '')) || prefix.includes('的')) break;
    const close = s.indexOf('”', open + 1);
    if (close < 0 || close - open > 30) break;
    const quoted = s.slice(open + 1, close);
    if (/[,!?;。]/.test(quoted) || quoted.length < 2) break;
    const year = YEAR_PREFIX.exec(prefix);
    const titleYear = year?.[0].endsWith('度') ? year[0] : '';
    const scopePrefix = year ? prefix.slice(year[0].length) : prefix;
    // 全国“青年文明号”, 辽宁省“五一劳动奖状”, 全国铁路公安系统“模范派出所”: the scope stays in the name,
    // the bare quoted core is an alias; another prefix (公安部“一级派出所”) only names a form of it.
    const scope = isScope(scopePrefix) ? scopePrefix : (SCOPE_RE.exec(scopePrefix)?.[0] ?? '');
    const name = cleanHonour(titleYear + scope + quoted);
    const aliases = [...(scopePrefix && !scope ? [cleanHonour(scopePrefix + quoted)] : []), ...(scope || titleYear ? [cleanHonour(quoted)] : [])];
    let end = close + 1;
    const marker = MARKER_START.exec(s.slice(end));
    if (marker) end += marker[0].length;
    const giver = scope ? null : GIVER_PREFIX.exec(scopePrefix);
    const agentAt = open - scopePrefix.length;
    items.push({
      start: open + 1 - scope.length, end: close, name, aliases: aliases.filter((a) => a !== name),
      ...(giver ? { agent: { start: agentAt, end: agentAt + giver[0].length } } : {}),
    });
    const sep = s[end];
    if (sep === '“') i = end; // “A”“B”: adjacent titles
    else if (sep === '、' || sep === '和' || sep === '及') i = end + 1;
    // …“模范派出所”,辽宁省“五一劳动奖状”: a list of titles may go on after a comma with a scope.
    else if (sep === ',' && isScope(s.slice(end + 1, s.indexOf('“', end + 1)))) i = end + 1;
    else break;
  }
  return items;
}

export interface HonourObject {
  items: HonourItem[];
  end: number;
  year?: number;
  /** 获合肥市局嘉奖: the giver written inside the object. */
  agent?: Span;
  /** 嘉奖4人: the object ends in a count. */
  counted?: boolean;
}

/** What follows an honour verb. */
export function honourObject(s: string, from: number): HonourObject {
  let i = from;
  if (s[i] === '了') i++;
  let year: number | undefined;
  const y = YEAR_PREFIX.exec(s.slice(i));
  if (y) {
    year = Number(y[1]);
    // 获评2021年度“辅警之星”: the year of the title is part of it; 2021年 before it is not.
    if (!y[0].endsWith('度')) i += y[0].length;
  }
  const quoted = quotedItems(s, i);
  if (quoted.length) {
    const last = quoted[quoted.length - 1]!;
    let end = last.end + 1;
    const marker = MARKER_START.exec(s.slice(end));
    if (marker) end += marker[0].length;
    return withYear({ items: quoted, end }, year);
  }
  let j = i;
  for (; j < s.length && j - i < 40; j++) {
    UNQUOTED_STOP.lastIndex = j;
    if (UNQUOTED_STOP.test(s)) break;
  }
  let text = s.slice(i, j);
  const count = TRAILING_COUNT.exec(text);
  if (count) text = text.slice(0, -count[0].length);
  const marker = MARKER_RE.exec(text);
  if (marker) text = text.slice(0, -marker[0].length);
  if (!text || GENERIC_LEVEL.test(text)) return { items: [], end: j };
  const result = (o: HonourObject): HonourObject => withYear(count ? { ...o, counted: true } : o, year);

  // 获合肥市局嘉奖: giver + commendation.
  const commendation = COMMENDATION_END.exec(text);
  if (commendation && text.length > commendation[0].length && !NOT_A_GIVER.test(text.slice(0, -commendation[0].length))) {
    const at = i + text.length - commendation[0].length;
    const giver = text.slice(0, -commendation[0].length).replace(/本级$/, '');
    // 获全省表彰: a scope is no giver, and a bare 表彰 without one is no honour.
    if (SCOPES.includes(giver) && /^表[彰扬]$/.test(commendation[0])) return { items: [], end: j };
    return result({
      items: [{ start: at, end: at + commendation[0].length, name: commendation[0], aliases: [] }],
      end: j,
      agent: { start: i, end: i + giver.length },
    });
  }
  if (COMPETITION_RESULT.test(text)) {
    const competition = COMPETITION_RE.exec(s.slice(0, from));
    const rank = COMPETITION_RESULT.exec(text)![0];
    const event = competition ? competition[1]!.replace(/^.*的/, '') : '';
    return result({ items: [{ start: i, end: i + rank.length, name: event + rank, aliases: event ? [rank] : [] }], end: i + rank.length });
  }
  const items: HonourItem[] = [];
  let start = i;
  for (const part of text.split(/[、和]/)) {
    const giver = GIVER_PREFIX.exec(part);
    const own = giver && part.length - giver[0].length >= 3 ? part.slice(giver[0].length) : part;
    const name = cleanHonour(own.replace(TRAILING_TIMES, ''));
    if (name.length >= 2 && honourShaped(name)) {
      const item: HonourItem = { start: start + part.length - own.length, end: start + part.length, name, aliases: [] };
      if (own !== part) {
        item.aliases.push(cleanHonour(part));
        item.agent = { start, end: start + giver![0].length };
      }
      items.push(item);
    }
    start += part.length + 1;
  }
  return result({ items, end: i + text.length + (marker?.[0].length ?? 0) });
}

const withYear = (o: HonourObject, year: number | undefined): HonourObject => (year === undefined ? o : { ...o, year });

/** Honours named for a selection or ceremony: 开展“最美民警”“辅警之星”评选, 优秀党员、先进特勤等评选, “抗疫先锋”颁奖仪式. */
// A selection's quoted name opens with no mark or count, and is no bare numeral (“十佳”评选 is, “三”评选 is not).
const SELECTION_NAME_OPENING = new RegExp(String.raw`[,!?;。${COUNT}]`);
const NUMERAL_ONLY = new RegExp(String.raw`^[${CN_DIGITS}]+$`);

export function selections(s: string, mention: (start: number, end: number, name: string) => NamedMention): void {
  for (let close = s.indexOf('”'); close >= 0; close = s.indexOf('”', close + 1)) {
    let k = close + 1;
    // “A”“B”“C”评选: the selection word may follow a later quotation.
    while (s[k] === '“' || s[k] === '、') {
      const next = s.indexOf('”', k + 1);
      if (next < 0 || next - k > 20) break;
      k = next + 1;
    }
    if (!SELECTION_RE.test(s.slice(k))) continue;
    const open = s.lastIndexOf('“', close);
    const name = s.slice(open + 1, close);
    if (open >= 0 && name.length >= 2 && !SELECTION_NAME_OPENING.test(name[0]!) && !NUMERAL_ONLY.test(name)) {
      mention(open + 1, close, cleanHonour(name));
    }
  }
  for (const m of matchesOf(SELECTION_LIST_RE, s)) {
    let start = m.index;
    while (start > 0 && m.index - start < 40 && !endsClauseAt(s, start - 1) && !LIST_START_VERB.test(s.slice(Math.max(0, start - LIST_START_VERB_LENGTH), start))) start--;
    let at = start;
    for (const part of s.slice(start, m.index).split('、')) {
      const name = cleanHonour(part);
      if (name.length >= 3 && !/[“”]/.test(part) && honourShaped(name)) mention(at, at + part.length, name);
      at += part.length + 1;
    }
  }
}
