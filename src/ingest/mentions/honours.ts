// Honour mentions and the events that confer them. An event ties an honour to
// where its recipient and giver are written: the clause before the verb
// (东进警务工作服务站荣立集体三等功), the agent of a passive (被江苏省委组织部评定为),
// the person after a title (全省优秀人民警察王洪斌), or 对X予以通报表扬.
import { allHan, alternation, GENERIC_MODIFIERS } from '../lexicon/common.js';
import {
  COMMENDATIONS, COMPETITION_NOUNS, COMPETITION_RESULT, DROPPED_PREFIXES, GENERIC_LEVEL, HONOUR_VERBS, MERIT, SCOPES,
  SELECTION_WORDS, TITLE_MARKERS, TITLE_QUALIFIERS, TITLE_TAILS,
} from '../lexicon/honours.js';
import { isFullPlaceName } from '../lexicon/places.js';
import type { NamedMention, PersonMention, SentenceContext, Span } from './types.js';

export interface HonourEvent {
  honour: NamedMention;
  /** Absolute offset of the verb (or title): the recipient is written before it. */
  at: number;
  /** Spans that name the giver: the agent of a passive, the subject of 对X予以. */
  agents: Span[];
  /** "2人荣立三等功": a count, not a named recipient. */
  counted: boolean;
  /** The recipient, when the pattern names it: the person after a title, X in 对X予以. */
  recipients?: Span;
  /** 并记功: shares recipient, giver and year with the event before it. */
  continues?: HonourEvent;
  /** Year written in the honour phrase itself (2021年度“辅警之星”). */
  year?: number;
}

interface HonourFindings {
  mentions: NamedMention[];
  events: HonourEvent[];
}

// 获 is also 抓获, 破获, 获悉…; 记 only as 记…功, handled with merit citations.
// 记 confers only a merit citation (被省公安厅记集体三等功).
const VERB_RE = new RegExp(
  `(?<![抓破查缴捕截收俘猎])(?:${alternation(HONOUR_VERBS)}|记(?=(?:个人|集体)?[一二三]等功))(?![悉取救利准批益胜释得知])`,
  'g',
);
const COMMENDATION_ALT = alternation(COMMENDATIONS);
const COMMENDATION_END = new RegExp(`(?:${COMMENDATION_ALT})$`);
// 被新城分局记个人嘉奖一次: how often may follow.
const PASSIVE_COMMENDATION = new RegExp(`被([^,;。被“”]{2,24}?)(?:记个人)?(${COMMENDATION_ALT})(?=(?:[一两二三\\d]次)?(?:$|[,;。!?并…]))`, 'g');
// 对X予以通报表扬, 对X通报表扬, 给予X嘉奖: the recipient between the preposition (or 给予) and the commendation.
// (集体嘉奖: a collective's commendation keeps 集体.)
const GRANT_COMMENDATION = new RegExp(
  `(?:对([^,;。]{2,30}?)(?:等同志|等人)?(?:予以|给予)|对([^,;。“”]{2,20}?)(?<!予以|给予)(?=通报|通令)|给予([^,;。“”]{2,16}?))((?:集体)?(?:${COMMENDATION_ALT}))(?=(?:[一两二三\\d]次)?(?:$|[,;。!?并]))`,
  'g',
);
// 被凉山州森林公安局予以集体嘉奖: a passive with no 对 before the commendation.
const PASSIVE_GRANT = new RegExp(`被([^,;。被“”]{2,24}?)(?:予以|给予)((?:集体)?(?:${COMMENDATION_ALT}))(?=(?:[一两二三\\d]次)?(?:$|[,;。!?并…]))`, 'g');
const NAMING_RE = /(命名|授予|颁发)的(?=“)/g;
// A decision's items name the recipients between the verb and the honour:
// 授予X、Y“…”称号 / 给X(所长)、Y记个人二等功.
const GRANT_LIST = /(?:授予|给予|给)([^“”,;。]{2,120}?)(?:“([^”,;。]{2,30})”(?:荣誉)?称号|记((?:个人|集体)?[一二三]等功))/g;
// 经江南省人民政府批准,授予…: the approving body gives the honour.
const APPROVED_BY = /经([^,;。]{2,30}?)(?:批准|研究决定|研究|决定)$/;
// 公安部命名X派出所为“枫桥式公安派出所”: the giver before the verb, the recipient between it and 为.
const NAMED_AS = /(?:命名|认定|确定|评定)([^“”,;。]{2,40}?)为“([^”,;。]{2,30})”/g;
const YEAR_ONLY = /^(?:19|20)\d{2}年度?$/;
// A clause of a body's decision before its items: 重庆市公安局决定 (not 经研究决定, read as approval).
const DECIDES = /^[^经][^,;。]{1,30}决定$/;
// The verbs that open a decision's items.
const GRANTING = /授予|给予/;
// 荣获X授予的“…”: the winner is written before the verb of winning, the giver after it.
const WON_FROM = /(?:荣获|获得|喜获|获)(?=[^,;。]*$)/g;
// 为民警李某颁发个人三等功奖章: the medal or certificate of a merit citation handed over.
const AWARD_TO = /(?:为|向|给)([^“”,;。]{2,30}?)颁发了?((?:个人|集体)?[一二三]等功)(?=奖章|证书|奖牌)/g;
// 以他名字命名的“…工作室”: named after someone, not a title conferred.
const NAMED_AFTER = /以[^,;。“”]{1,8}$/;
const MERIT_EXACT = /^(集体)?[一二三]等功$/;
// What is no giver before a commendation: another honour, or a list joiner (记个人三等功和嘉奖).
const NOT_A_GIVER = /等功|[和、及]$/;
const COUNT_BEFORE = /(?:[\d一二三四五六七八九十两百]+|多|数|若干)\s*(?:名|人|个|位|家|支)(?!民警队伍)/;
const COUNT_AFTER = /^\s*[\d一二三四五六七八九十两百]+\s*(?:人|名|个|位|家)/;
const YEAR_PREFIX = /^((?:19|20)\d{2})年(?:度)?/;
const MADE_INTO = new Set(['建成', '打造成', '创成']);
const titleThroughout = (t: string) => TITLE_QUALIFIERS.some((q) => t.includes(q)) && TITLE_TAILS.some((q) => t.endsWith(q));
// 获X记集体二等功: X gives what is recorded.
const GOT_FROM = /获得?([^,;。获]{2,20})$/;
// A roll's heading: a bullet and a title alone on its line (●“全国优秀人民警察”, ■ 先进集体).
const ROLL_HEADING = /^[●■◆★▲◎○•]\s*“?([^“”,;。:!?]{2,30}?)”?(?:荣誉称号|称号)?$/;
const YEAR_BEFORE = /^((?:19|20)\d{2})年(?!度)/;
const SCOPE_RE = new RegExp(`(?:${alternation(SCOPES)})$`);
const MARKER_RE = new RegExp(`(?:${alternation(TITLE_MARKERS)})$`);
const MARKER_START = new RegExp(`^(?:${alternation(TITLE_MARKERS)})`);
const SELECTION_RE = new RegExp(`^(?:${alternation(SELECTION_WORDS)})`);
const SELECTION_LIST_RE = new RegExp(`等(?:${alternation(SELECTION_WORDS)})`, 'g');
const COMPETITION_RE = new RegExp(`在([^,;。]{2,40}?(?:${alternation(COMPETITION_NOUNS)}))中`);
const CLAUSE_END = /[,;。!?:]/;
// 等 ends a list (…等一批), but not inside a merit grade (三等功).
const UNQUOTED_STOP = /[,;。!?:“”并的(]|等(?!功)/y;
const TRAILING_COUNT = /(?<!第[\d一二三四五六七八九十两百]*)\s*[\d一二三四五六七八九十两百]+\s*(?:人次|人|名|个|位|家)$/;
// 一等功1次: how often, not how many people.
const TRAILING_TIMES = /\s*[\d一二三四五六七八九十两百]+\s*次$/;
// 将朱雀社区警务室命名为“老马警务室”: a unit given a new name, not a title won (被…命名为 is one).
const RENAMING = /[将把][^被]{2,24}命名为$/;
const LIST_START_VERBS = ['开展', '组织', '举行', '进行', '举办', '评选出', '选树'];
const LIST_START_VERB = new RegExp(`(?:${alternation(LIST_START_VERBS)})$`);
const LIST_START_VERB_LENGTH = Math.max(...LIST_START_VERBS.map((v) => v.length));

const honourShaped = (t: string) =>
  MERIT_EXACT.test(t) ||
  COMMENDATIONS.includes(t) ||
  COMPETITION_RESULT.test(t) ||
  TITLE_QUALIFIERS.some((q) => t.includes(q)) ||
  (t.length >= 4 && TITLE_TAILS.some((q) => t.endsWith(q)));

/** Canonical honour name: quotes, markers and dropped prefixes removed; merit as (集体)X等功. */
function cleanHonour(raw: string): string {
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
  return t;
}

export function findHonours(ctx: SentenceContext, persons: readonly PersonMention[]): HonourFindings {
  const s = ctx.sentence.text;
  const base = ctx.sentence.start;
  const mentions: NamedMention[] = [];
  const events: HonourEvent[] = [];
  const mention = (start: number, end: number, name: string, aliases: string[] = []): NamedMention => {
    const found = mentions.find((m) => m.start === base + start && m.name === name);
    if (found) return found;
    const m: NamedMention = { start: base + start, end: base + end, name, sentence: ctx.index };
    const extra = aliases.filter((a) => a !== name);
    if (extra.length) m.aliases = extra;
    mentions.push(m);
    return m;
  };
  const covered = (i: number) => mentions.some((m) => m.start - base <= i && m.end - base > i);

  for (const p of persons) {
    if (!p.honourBefore) continue;
    const name = cleanHonour(p.honourBefore.name);
    const honour = mention(p.honourBefore.start - base, p.honourBefore.end - base, name);
    events.push({ honour, at: p.start, agents: [], counted: false, recipients: { start: p.start, end: p.end } });
  }

  // 被省见义勇为基金会表彰 / 对杨磊成等同志予以通报表扬.
  PASSIVE_COMMENDATION.lastIndex = 0;
  for (let m = PASSIVE_COMMENDATION.exec(s); m; m = PASSIVE_COMMENDATION.exec(s)) {
    if (NOT_A_GIVER.test(m[1]!)) continue; // 被X记个人三等功和嘉奖: the commendation ends a list of honours
    const agentStart = m.index + 1;
    const honourStart = agentStart + m[1]!.length;
    const honour = mention(honourStart, honourStart + m[2]!.length, m[2]!);
    events.push({ honour, at: base + m.index, agents: [{ start: base + agentStart, end: base + honourStart }], counted: false });
  }
  PASSIVE_GRANT.lastIndex = 0;
  for (let m = PASSIVE_GRANT.exec(s); m; m = PASSIVE_GRANT.exec(s)) {
    const agentStart = m.index + 1;
    const honourStart = m.index + m[0].length - m[2]!.length;
    const honour = mention(honourStart, honourStart + m[2]!.length, m[2]!);
    events.push({ honour, at: base + m.index, agents: [{ start: base + agentStart, end: base + agentStart + m[1]!.length }], counted: false });
  }
  GRANT_COMMENDATION.lastIndex = 0;
  for (let m = GRANT_COMMENDATION.exec(s); m; m = GRANT_COMMENDATION.exec(s)) {
    const given = m[3] !== undefined; // 给予X嘉奖, in a decision's list of items
    const named = m[1] ?? m[2] ?? m[3]!;
    const kind = m[4]!;
    // 对X等4个集体和Y等8名同志予以表彰: a bare 表彰 of counted groups announces a list, it is no honour.
    if (kind === '表彰' && COUNT_BEFORE.test(named)) continue;
    const honourStart = m.index + m[0].length - kind.length;
    const honour = mention(honourStart, honourStart + kind.length, kind);
    const namedAt = m.index + (given ? 2 : 1);
    const recipients = { start: base + namedAt, end: base + namedAt + named.length };
    // The giver: the sentence's subject before 对 (市疫情办为…,对X予以通报表扬), the clause's before 给予;
    // never a recipient of an item before (决定授予X…,对Y通报表扬).
    const agentStart = given ? clauseStartBefore(s, m.index) : 0;
    const firstItem = s.slice(0, m.index).search(GRANTING);
    const agentEnd = firstItem >= 0 ? firstItem : m.index;
    const decider = given ? deciderBefore(s, agentStart) : undefined;
    const agent = decider ?? { start: agentStart, end: Math.max(agentStart, agentEnd) };
    events.push({ honour, at: base + m.index, agents: [{ start: base + agent.start, end: base + agent.end }], counted: false, recipients });
  }

  const granted: Span[] = [];
  GRANT_LIST.lastIndex = 0;
  for (let m = GRANT_LIST.exec(s); m; m = GRANT_LIST.exec(s)) {
    if (YEAR_ONLY.test(m[1]!)) continue; // 被…授予2022年度“…”称号: a passive, its recipient before 被
    const raw = m[2] ?? m[3]!;
    const honourEnd = m.index + (m[2] ? m[0].lastIndexOf('”') : m[0].length);
    const honour = mention(honourEnd - raw.length, honourEnd, cleanHonour(raw));
    const recipientsStart = m.index + m[0].indexOf(m[1]!);
    const recipients = { start: base + recipientsStart, end: base + recipientsStart + m[1]!.length };
    // 包头市公安局给予X记个人二等功: the subject of the clause gives it; 经X批准,授予…: X does.
    const cs = clauseStartBefore(s, m.index);
    const approved = cs > 0 ? APPROVED_BY.exec(s.slice(0, cs - 1)) : null;
    const decider = approved ? undefined : deciderBefore(s, cs);
    const own = decider ?? { start: cs, end: m.index };
    const agents = [approved ? { start: base + approved.index + 1, end: base + approved.index + 1 + approved[1]!.length } : { start: base + own.start, end: base + own.end }];
    events.push({ honour, at: base + m.index, agents, counted: false, recipients });
    granted.push({ start: m.index, end: m.index + m[0].length });
  }

  NAMED_AS.lastIndex = 0;
  for (let m = NAMED_AS.exec(s); m; m = NAMED_AS.exec(s)) {
    const honourStart = m.index + m[0].length - 1 - m[2]!.length;
    const honour = mention(honourStart, honourStart + m[2]!.length, cleanHonour(m[2]!));
    const recipientsStart = m.index + 2;
    const recipients = { start: base + recipientsStart, end: base + recipientsStart + m[1]!.length };
    events.push({ honour, at: base + m.index, agents: [{ start: base + clauseStartBefore(s, m.index), end: base + m.index }], counted: false, recipients });
    granted.push({ start: m.index, end: m.index + m[0].length });
  }

  AWARD_TO.lastIndex = 0;
  for (let m = AWARD_TO.exec(s); m; m = AWARD_TO.exec(s)) {
    const honourEnd = m.index + m[0].length;
    const honour = mention(honourEnd - m[2]!.length, honourEnd, cleanHonour(m[2]!));
    const recipients = { start: base + m.index + 1, end: base + m.index + 1 + m[1]!.length };
    events.push({ honour, at: base + m.index, agents: [], counted: false, recipients });
  }

  NAMING_RE.lastIndex = 0;
  for (let m = NAMING_RE.exec(s); m; m = NAMING_RE.exec(s)) {
    if (m[1] === '命名' && NAMED_AFTER.test(s.slice(Math.max(0, m.index - 10), m.index))) continue;
    const objectStart = m.index + m[0].length;
    const items = quotedItems(s, objectStart);
    let agentStart = m.index;
    while (agentStart > 0 && !CLAUSE_END.test(s[agentStart - 1]!) && m.index - agentStart < 20) agentStart--;
    let at = agentStart;
    const won = [...s.slice(agentStart, m.index).matchAll(WON_FROM)].pop();
    if (won) {
      at = agentStart + won.index!;
      agentStart = at + won[0].length;
    }
    for (const it of items) {
      const honour = mention(it.start, it.end, it.name, it.aliases);
      events.push({ honour, at: base + at, agents: [{ start: base + agentStart, end: base + m.index }], counted: false });
    }
  }

  VERB_RE.lastIndex = 0;
  let previous: HonourEvent | undefined;
  for (let m = VERB_RE.exec(s); m; m = VERB_RE.exec(s)) {
    const vs = m.index;
    const ve = vs + m[0].length;
    if (covered(vs) || granted.some((g) => g.start <= vs && vs < g.end)) continue;
    const found = honourObject(s, ve);
    // 建成 / 打造成 make a unit into something: a title only when it reads as one throughout (省级执法示范单位, not 训练角).
    if (MADE_INTO.has(m[0])) found.items = found.items.filter((it) => titleThroughout(it.name));
    if (found.items.length === 0) continue;
    const clauseStart = clauseStartBefore(s, vs);
    if (RENAMING.test(s.slice(clauseStart, ve))) continue;
    const passive = s.lastIndexOf('被', vs - 1);
    const before = s.slice(clauseStart, passive >= clauseStart ? passive : vs);
    const counted = COUNT_BEFORE.test(before) || found.counted === true || COUNT_AFTER.test(s.slice(found.end, found.end + 6));
    // 受到表彰的先进典型: after 受到 only a commendation with its giver (受到公安部通报表扬), or one counted
    // people received (另有46名同志受到嘉奖), is one.
    if (m[0] === '受到' && !counted && (!found.agent || GENERIC_MODIFIERS.has(s.slice(found.agent.start, found.agent.end)))) continue;
    const agents: Span[] = [];
    if (passive >= clauseStart && passive + 1 < vs) agents.push({ start: base + passive + 1, end: base + vs });
    if (found.agent) agents.push({ start: base + found.agent.start, end: base + found.agent.end });
    // 获国家林业局森林公安局记集体二等功: the body between 获 and 记 gives it; the recipient is written before 获.
    const gotFrom = m[0] === '记' && passive < clauseStart ? GOT_FROM.exec(s.slice(clauseStart, vs)) : null;
    if (gotFrom) agents.push({ start: base + clauseStart + gotFrom.index + gotFrom[0].length - gotFrom[1]!.length, end: base + vs });
    const at = base + (passive >= clauseStart ? passive : gotFrom ? clauseStart + gotFrom.index : vs);
    for (const it of found.items) {
      const honour = mention(it.start, it.end, it.name, it.aliases);
      const own = it.agent ? [...agents, { start: base + it.agent.start, end: base + it.agent.end }] : agents;
      const event: HonourEvent = { honour, at, agents: own, counted };
      if (found.year !== undefined) event.year = found.year;
      events.push(event);
      previous = event;
    }
    // 并记功: a bare commendation after 并 shares the event.
    const rest = s.slice(found.end);
    const joined = /^并(记功|嘉奖|通报嘉奖)/.exec(rest);
    if (joined && previous) {
      const start = found.end + 1;
      const honour = mention(start, start + joined[1]!.length, joined[1]!);
      events.push({ honour, at, agents, counted, continues: previous });
    }
  }

  // ●“全国优秀人民警察”: a roll's heading is the title its lines received.
  const heading = ROLL_HEADING.exec(s);
  if (heading && !covered(heading.index + heading[0].length - 1)) {
    const at = s.indexOf(heading[1]!);
    const name = cleanHonour(heading[1]!);
    if (honourShaped(name)) events.push({ honour: mention(at, at + heading[1]!.length, name), at: base, agents: [], counted: false });
  }

  MERIT.lastIndex = 0;
  for (let m = MERIT.exec(s); m; m = MERIT.exec(s)) {
    if (covered(m.index + m[0].length - 1)) continue;
    mention(m.index, m.index + m[0].length, cleanHonour(m[0]));
  }
  selections(s, mention);
  return { mentions, events };
}

/**
 * 重庆市公安局决定,给予X记个人二等功,给予Y嘉奖一次: the items follow the clause of the body that decides;
 * back over earlier items to a clause ending in 决定, whose words before it name the giver.
 */
function deciderBefore(s: string, itemStart: number): Span | undefined {
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

function clauseStartBefore(s: string, i: number): number {
  let j = i;
  while (j > 0 && !CLAUSE_END.test(s[j - 1]!)) j--;
  return j;
}

// A scope phrase before a quoted title: a place written in full, or 全国… / 全省…系统.
const SCOPE_PHRASE = /^(?:全国|全省|全市|全区|全县|省级|市级|国家级)[\u4e00-\u9fff]{0,8}(?:系统|机关|行业)$/;
const isScope = (prefix: string) => prefix.length >= 2 && (isFullPlaceName(prefix) || SCOPE_PHRASE.test(prefix));

interface HonourItem {
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
function quotedItems(s: string, from: number): HonourItem[] {
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

interface HonourObject {
  items: HonourItem[];
  end: number;
  year?: number;
  /** 获合肥市局嘉奖: the giver written inside the object. */
  agent?: Span;
  /** 嘉奖4人: the object ends in a count. */
  counted?: boolean;
}

/** What follows an honour verb. */
function honourObject(s: string, from: number): HonourObject {
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
function selections(s: string, mention: (start: number, end: number, name: string) => NamedMention): void {
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
    if (open >= 0 && name.length >= 2 && !/[,!?;。\d一二三四五六七八九十]/.test(name[0]!) && !/^[一二三四五六七八九十]+$/.test(name)) {
      mention(open + 1, close, cleanHonour(name));
    }
  }
  SELECTION_LIST_RE.lastIndex = 0;
  for (let m = SELECTION_LIST_RE.exec(s); m; m = SELECTION_LIST_RE.exec(s)) {
    let start = m.index;
    while (start > 0 && m.index - start < 40 && !CLAUSE_END.test(s[start - 1]!) && !LIST_START_VERB.test(s.slice(Math.max(0, start - LIST_START_VERB_LENGTH), start))) start--;
    let at = start;
    for (const part of s.slice(start, m.index).split('、')) {
      const name = cleanHonour(part);
      if (name.length >= 3 && !/[“”]/.test(part) && honourShaped(name)) mention(at, at + part.length, name);
      at += part.length + 1;
    }
  }
}
