// Unit mentions: compound names read as chains of name + head
// (常州市 公安局 | 天宁 分局 | 水门桥 派出所 | 团支部), enumerations that share one
// head (东进、联华、暮春、温泰等4座警务工作服务站), and references — 该所, 本局,
// a bare 大队 — resolved later. Short station names (城东所) are read in unit-names.ts.
import { CN_DIGITS, COUNT, allHan, isHan, matchesOf } from '../patterns.js';
import { alternation, FUNCTION_CHARS, GENERIC_MODIFIERS } from '../lexicon/common.js';
import {
  BRANCH_ABBREVIATIONS, FIRE_RESCUE, KIND_OF_PLACE, PARTY_KINDS, PLACE_SUFFIXES, PROVINCE_SET, SHORT_HEAD_CHARS, UNIT_HEADS,
  UNIT_CHARS, UNIT_PRONOUN_HEADS, type UnitHead,
} from '../lexicon/units.js';
import { parseNameBefore, placeStem, type NamePart, type ParsedName } from './names.js';
import { quoteSpans } from './quotes.js';
import type { SentenceContext, UnitMention, UnitSegment } from './types.js';

const HEAD_BY_TEXT = new Map(UNIT_HEADS.map((h) => [h.head, h]));
const COMMITTEE_OF = /(?:共青团|中共|中国共产党)$/;
const HEAD_RE = new RegExp(`(?:${alternation(UNIT_HEADS.map((h) => h.head))})`, 'g');
// 大队长, 支队长 are posts — unless a unit name follows (丹东边境管理支队长甸边境派出所).
// The name between must be a name: 大队长郑浩是支队… has a verb in it.
const HEAD_AHEAD_RE = new RegExp(`^长[^\\s${[...FUNCTION_CHARS].join('')},;:。!?、“”]{1,8}?(?:${alternation(UNIT_HEADS.map((h) => h.head))})`);
// 10个交警中队: a counted, generic unit.
const COUNTED_BEFORE = new RegExp(String.raw`[${COUNT}]+[个座支家所]$`);
// 支队下设的网络侦查大队: the unit before these words contains the one after.
const CONTAINS_WORDS = /(?:下设的|下辖的|下设|下辖|所属的|所属|所辖的|所辖)$/;
// 下设X中队、Y科和: the items so far of a list of what a unit contains.
const CONTAINED_LIST = /(?:下设|下辖|设有|内设)(?:[^,;。:、和及]{2,12}[、和及])*$/;
// (以下简称“顺德交警大队”): a quotation that declares a short name.
const SHORT_NAME_DECLARATION = /简称$/;
const HEAD_AHEAD = new RegExp(`^(?:${alternation(UNIT_HEADS.map((h) => h.head))})`);
// 督办, 承办, 主办: 办 closing a verb.
const VERB_BEFORE_SECTION = /^[督承主举创开兴代包查协筹申营]办$/;
// Words a section head starts (派出所组建于, 科技, 办理, 岗位): no head there.
const CHAIN_HEAD_WORDS = /^(?:组[建织成合长员]|科[技学研普]|室[内外]|办[理案公事好法实]|岗[位前亭])/;
// Between a unit and the short name it is given: (以下简称“, (简称“, (下称“.
const DECLARED_AFTER = /^\((?:以下)?(?:简称|下称)“$/;
// 我们所, 我们大队: how an interviewed officer names their own unit.
const PRONOUN_RE = new RegExp(`(该|本|我们的?|我)(${alternation(Object.keys(UNIT_PRONOUN_HEADS))})(?![长在有能以们])`, 'g');
const PRONOUN_HEAD_BY_TEXT = new Map(Object.entries(UNIT_PRONOUN_HEADS));
// 所领导班子, 所里: the unit's leadership, or the unit as a place, stands for the unit.
const LEADERSHIP_RE = new RegExp(`(?<![\\u4e00-\\u9fff])([${UNIT_CHARS}])(?=里|领导班子|党支部|党总支|党委|团支部)`, 'g');
// Between an enumeration and its shared head: 等4座, 共3个.
const ENUMERATION_TAIL = new RegExp(String.raw`(?:等|共)?[${COUNT}]{0,3}[座个家所支处]?$`);
// 名列分局第一, 全局排名: a head used for a ranking, not a name.
// Tags of the words a listed place name is cut into (东/ns 海湾/ns, 冲赛康/x, 东湖/ns 湾/zg).
const ENUMERATED_NAME_TAGS = /^(?:ns|nr|nz|x|zg|ng)$/;
const DEMONSTRATIVE_BEFORE = /[这那][个座家支]$/;
// The head of a line of a printed list: a name (钟　灵 padded), maybe a bracketed note (女), then spaces.
const LIST_LINE_NAME = /^[\u4e00-\u9fff] ?[\u4e00-\u9fff]{1,3}(?:\([^()]{1,4}\))? +$/;
// What stands right before the first item of a list of names: 即东海湾、宝珊…, 设有A、B….
const LIST_OPENER = /[即是为有含设括内:,“”]/;
// What a clause-opening name stands after.
const CLAUSE_OPENING = /[,;:。!?、“”(\s]/;
// Tags of a word that may open a place name: nouns and proper nouns, not verbs or adjectives.
const NOUN_TAG = /^(?:n|nz|ns|nr|nt)$/;
const CITY_LEVEL = 2;
const CODE_NAME_MAX = 12;
const TEAM_KIND_WORDS = /(?:青年|党员|民警|巾帼|青年民警)$/;
// Right before a former name: (原, 原名, 前身为.
const RENAMED_BEFORE = /(?:\(原|原名|原称|前身为|前身是)$/;
const RANKING_AFTER = new RegExp(String.raw`^(?:第[${CN_DIGITS}](?![任届批次期个])|前列|排名)`);

export const headOf = (text: string): UnitHead => HEAD_BY_TEXT.get(text)!;
const abbreviateBranch = (name: string) => BRANCH_ABBREVIATIONS[name] ?? name;

function segmentFrom(rawParts: NamePart[], head: UnitHead, start: number, end: number): UnitSegment {
  // Adjacent loose words are one name (长 + 甸 → 长甸).
  const parts: NamePart[] = [];
  for (const p of rawParts) {
    const prev = parts[parts.length - 1];
    if (prev && !prev.place && !prev.branch && !p.place && !p.branch && prev.text !== '公安') parts[parts.length - 1] = { ...prev, text: prev.text + p.text };
    else parts.push(p);
  }
  // A province only locates a place after it (浙江临安); before a facility it names which one (民航吉林机场公安局).
  const names = parts.filter(
    (p, i) => p.text !== '公安' && !(PROVINCE_SET.has(placeStem(p.text)) && parts.slice(i + 1).some((q) => q.place)),
  );
  const last = names[names.length - 1];
  if (last && last.place && last.text.length === 1 && PLACE_SUFFIXES.includes(last.text)) {
    return { start, end, core: '', qualifiers: [], levelOnly: last.text, head };
  }
  // A branch with a place before it (海陵巡特警) is named by the branch; the place qualifies it.
  const core = last ? (last.place ? placeStem(last.text) : abbreviateBranch(last.text)) : '';
  const qualifiers = names.slice(0, -1).map((p) => (p.place ? placeStem(p.text) : abbreviateBranch(p.text)));
  return { start, end, core, qualifiers, head };
}

/**
 * A head can continue a chain when it ranks below the previous link (or is a Party body inside it); a station
 * written after a brigade is that brigade's (边境管理大队X边境派出所, 森林公安大队X派出所).
 */
function continuesChain(prev: UnitHead, next: UnitHead): boolean {
  if (PARTY_KINDS.has(prev.kind)) return false;
  return PARTY_KINDS.has(next.kind) || next.level > prev.level || (prev.kind === 'brigade' && next.kind === 'station');
}

/** `repeated`: names written before the same head more than once in the article (repeatedUnitNames), as name + head. */
export function findUnitMentions(ctx: SentenceContext, repeated: ReadonlySet<string> = new Set()): UnitMention[] {
  const { sentence, tokens, index } = ctx;
  const s = sentence.text;
  const base = sentence.start;
  const out: UnitMention[] = [];
  const pronouns = findPronouns(s, base, index);
  const quoted = quoteSpans(s);

  let chain: UnitMention | undefined;
  let lastHeadEnd = 0;
  for (const m of matchesOf(HEAD_RE, s)) {
    const head = headOf(m[0]);
    const hs = m.index;
    const he = hs + m[0].length;
    if (RANKING_AFTER.test(s.slice(he, he + 3))) continue;
    if (s[he] === '长' && !HEAD_AHEAD_RE.test(s.slice(he, he + 16))) continue;
    const quote = quoted.find((q) => hs >= q.start && hs < q.end);
    const declared = quote !== undefined && SHORT_NAME_DECLARATION.test(s.slice(Math.max(0, quote.start - 5), quote.start - 1));
    // “铁骑先锋队”: a team's whole name quoted.
    // (A bare head quoted is a figure of speech: 突击队就是全所的“先锋队”.)
    const quotedTeam = quote !== undefined && head.team === true && he === quote.end && hs > quote.start;
    if (quote && !declared && !quotedTeam) continue;
    let name = head.standalone ? { start: hs, parts: [], former: false } : parseNameBefore(s, tokens, lastHeadEnd, hs);
    if (!head.standalone) {
      const linked = chain !== undefined && chain.end - base === lastHeadEnd;
      const prev = chain?.segments[chain.segments.length - 1]?.head;
      // Inside a city's chain only: between 公安部 and a 公安局 stands a city, read already, or a verb (命名/n).
      const ranksBelow = prev !== undefined && prev.level >= CITY_LEVEL && continuesChain(prev, head);
      name = (linked ? nameBetweenLinks(s, tokens, lastHeadEnd, name, hs, ranksBelow) : undefined) ?? nameAfterSpace(s, lastHeadEnd, hs) ??
        joinLooseChar(s, tokens, name, hs) ?? repeatedName(s, linked ? lastHeadEnd : -1, name, hs, head.head, repeated) ?? name;
    }
    name = levelCharOnly(name, hs);
    if (quotedTeam) name = { start: quote!.start, parts: [{ text: s.slice(quote!.start, hs), place: false, branch: false }], former: false };
    if (head.kind === 'task_force') name = withCodeName(s, name, hs);
    if (head.team) name = withCodeName(s, name, hs, TEAM_KIND_WORDS);
    if (FIRE_RESCUE.test(s.slice(name.start, hs))) {
      lastHeadEnd = he;
      chain = undefined;
      continue;
    }
    // A Party body is named by the unit it sits in (chained) or by a place or branch, not by a loose word
    // (建强党支部; 滨江商圈党委 is an outside body's).
    const lastPart = name.parts[name.parts.length - 1];
    if (PARTY_KINDS.has(head.kind) && lastPart && !lastPart.place && !lastPart.branch) {
      name = { start: hs, parts: [], former: false };
    }
    // 上海市团委, 越城区委: a Party or League body named by its place alone is the place's, an outside body.
    if (PARTY_KINDS.has(head.kind) && name.parts.length > 0 && name.parts.every((p) => p.place)) {
      lastHeadEnd = he;
      chain = undefined;
      continue;
    }
    // 银鹰组, 治安科: heads too common alone name a unit only right after the link it sits in.
    // (…and must end a word: 组 in 组建, 科 in 科技 is none.)
    // (…nor a name's last character before another head: 吉崩岗派出所, though 宣传科科长 is its head's chief; nor a verb's: 督办.)
    // (A token jieba does not know, glued from the head and the next word, is no word: 银鹰/x 组由/x.)
    const endsWord = !tokens.some((t) => t.start < he && t.end > he && !(t.start === hs && t.tag === 'x')) && !CHAIN_HEAD_WORDS.test(s.slice(hs, he + 1)) &&
      !(HEAD_AHEAD.test(s.slice(he)) && s[he + 1] !== '长') && !VERB_BEFORE_SECTION.test(s.slice(Math.max(0, hs - 1), he));
    // (Not a head there: the text is left for the next head's name, 吉崩岗派出所, 组建党员红旗中队.)
    // (…or as an item of what a unit is said to contain: 大队下设秩序中队、事故科、法制室和宣传办.)
    const containedItem = endsWord && name.parts.length > 0 && CONTAINED_LIST.test(s.slice(Math.max(0, name.start - 40), name.start));
    if (head.chainOnly && !containedItem && !(endsWord && chain && chain.segments.length > 0 && chain.end - base === name.start)) continue;
    // 社区警务室, 校园警务室: a kind of place before the head says what the unit serves, not which one it is
    // (but it is shared by the names of a counted list: 东海湾、宝珊5个社区警务室).
    // (Right after a link of a compound it is the unit's name: 白沙派出所社区警务队.)
    const afterLink = chain !== undefined && chain.segments.length > 0 && chain.end - base === name.start;
    // (治安派出所, 公安派出所, 森林派出所 alone: a police branch names a kind of station, not one.)
    const kindOnly = name.parts.every((p) => p.branch || p.text === '公安') && head.kind === 'station';
    if (
      ((name.parts.length === 1 && KIND_OF_PLACE.has(name.parts[0]!.text)) || (name.parts.length > 0 && kindOnly)) &&
      !afterLink && !COUNTED_BEFORE.test(s.slice(Math.max(0, name.start - 4), name.start))
    ) {
      name = { start: hs, parts: [], former: false };
    }
    // 走进这个老城区派出所: after a demonstrative the words describe the unit meant; they do not name it.
    if (name.parts.length > 0 && DEMONSTRATIVE_BEFORE.test(s.slice(Math.max(0, name.start - 2), name.start))) {
      lastHeadEnd = he;
      chain = { start: base + name.start, end: base + he, surface: s.slice(name.start, he), sentence: index, segments: [], reference: [head.kind] };
      out.push(chain);
      continue;
    }
    lastHeadEnd = he;
    const adjacent = chain !== undefined && chain.end - base === name.start;
    const prevHead = chain?.segments[chain.segments.length - 1]?.head;
    if (name.parts.length === 0 && !head.standalone) {
      if (adjacent && prevHead && continuesChain(prevHead, head) && chain!.segments.length > 0) {
        // 洛阳市公安局看守所: a head with no name of its own is named by the head.
        const core = PARTY_KINDS.has(head.kind) ? '' : head.head;
        extend(chain!, s, base, { start: base + hs, end: base + he, core, qualifiers: [], head });
        continue;
      }
      const pronoun =
        pronouns.find((p) => p.end - base === hs) ?? (adjacent && chain?.reference && !chain.parentReference ? chain : undefined);
      if (pronoun && PARTY_KINDS.has(head.kind)) {
        // 该所党支部: the Party body of the unit 该所 means.
        chain = {
          start: base + hs, end: base + he, surface: m[0], sentence: index, parentReference: pronoun,
          segments: [{ start: base + hs, end: base + he, core: '', qualifiers: [], head }],
        };
        out.push(chain);
        continue;
      }
      const enumerated = enumeration(s, tokens, base, index, hs, head, undefined, out);
      if (enumerated.length) {
        out.push(...enumerated);
        chain = undefined;
        continue;
      }
      chain = { start: base + hs, end: base + he, surface: m[0], sentence: index, segments: [], reference: [head.kind] };
      out.push(chain);
      continue;
    }
    if (COUNTED_BEFORE.test(s.slice(Math.max(0, name.start - 4), name.start))) {
      // 解放碑、朝天门、大坪3个巡警中队, 冲赛康、扎基2个便民警务站: a counted list of names sharing
      // a branch or a kind word (便民, 社区) and the head.
      const shared = name.parts.length === 1 && !name.parts[0]!.place ? name.parts[0] : undefined;
      if (shared) out.push(...enumeration(s, tokens, base, index, name.start, head, shared, out));
      chain = undefined;
      continue;
    }
    const segment = head.standalone
      ? { start: base + hs, end: base + he, core: head.head, qualifiers: [], head }
      : segmentFrom(name.parts, head, base + name.start, base + he);
    if (adjacent && prevHead && continuesChain(prevHead, head) && chain!.segments.length > 0) {
      extend(chain!, s, base, segment);
      continue;
    }
    // 支队事故处理大队: a bare head right before a named unit of a lower rank is the unit it sits in.
    const bareParent = adjacent && chain!.reference && !chain!.parentReference && HEAD_BY_TEXT.has(chain!.surface) &&
      continuesChain(headOf(chain!.surface), head) ? chain : undefined;
    chain = { start: base + name.start, end: base + he, surface: s.slice(name.start, he), sentence: index, segments: [segment] };
    // X(以下简称“Y”): Y names the unit written right before the brackets.
    if (declared && quote) {
      const named = out.find((u) => u.segments.length > 0 && DECLARED_AFTER.test(s.slice(u.end - base, quote.start)));
      if (named) chain.declaredFor = named;
    }
    // X(原Y): Y is the unit's former name, a unit of its own (ANNOTATION.md rule 6); elsewhere 原 dates the post after it.
    if (name.former && RENAMED_BEFORE.test(s.slice(Math.max(0, name.start - 3), name.start))) chain.renamed = true;
    else if (name.former) chain.former = true;
    const pronoun = pronouns.find((p) => p.end - base === name.start) ?? bareParent;
    if (pronoun) chain.parentReference = pronoun;
    const contains = CONTAINS_WORDS.exec(s.slice(Math.max(0, name.start - 3), name.start));
    if (contains) {
      const container = out.find((u) => u.end - base === name.start - contains[0].length);
      if (container) chain.parentReference = container;
    }
    out.push(chain);
  }
  for (const u of out) committeeByFullName(s, base, u);
  for (const p of pronouns) if (!out.some((u) => u.start <= p.start && u.end >= p.end)) out.push(p);
  return out.sort((a, b) => a.start - b.start);
}

/**
 * 有市公安局, 作为区公安分局: a level character alone (市, 区) stands for the place's name, and nothing
 * before it belongs to the name but a place (江州市区公安局 is not written).
 */
function levelCharOnly(name: ParsedName, hs: number): ParsedName {
  const last = name.parts[name.parts.length - 1];
  if (!last || name.parts.length < 2 || !last.place || last.text.length !== 1 || !PLACE_SUFFIXES.includes(last.text)) return name;
  if (name.parts.slice(0, -1).some((p) => p.place)) return name;
  return { start: hs - 1, parts: [last], former: name.former };
}

/** “11.08”网络贩枪专案组: a task force's quoted code name opens its name. */
function withCodeName(s: string, name: ParsedName, hs: number, kindWords?: RegExp): ParsedName {
  let at = name.parts.length ? name.start : hs;
  // “蓝焰”青年突击队: a word saying who the team is of may stand between the name and the head.
  const kind = kindWords?.exec(s.slice(0, at));
  if (kind && s[at - kind[0].length - 1] === '”') at -= kind[0].length;
  if (s[at - 1] !== '”') return name;
  const open = s.lastIndexOf('“', at - 2);
  if (open < 0 || at - open > CODE_NAME_MAX + 2 || s.slice(open + 1, at - 1).includes('“')) return name;
  return { start: open, parts: [{ text: s.slice(open, hs), place: false, branch: false }], former: name.former };
}

/** One character the tagger left on its own (亭/ng, 月/m): it may belong to the name after it, unless it joins or counts. */
function looseNameChar(s: string, tokens: SentenceContext['tokens'], i: number): boolean {
  const t = tokens.find((x) => x.start === i);
  return t !== undefined && t.end === i + 1 && isHan(s.charCodeAt(i)) && !FUNCTION_CHARS.has(s[i]!) && !/[的和与及或等各全该本每某]/.test(s[i]!);
}

/**
 * 临淄分局齐都派出所, 盐城市公安局亭湖分局: between two links of a compound name the
 * lower unit's name runs back to the link before, even where the tagger cut one or
 * two loose characters off it (齐/a 都/d, 亭/ng 湖/ns).
 */
function nameBetweenLinks(
  s: string, tokens: SentenceContext['tokens'], linkEnd: number, name: ParsedName, hs: number, ranksBelow: boolean,
): ParsedName | undefined {
  const from = name.parts.length ? name.start : hs;
  // 机场公安局|行李/n 查验/v|中队: a duty, a noun and what is done to it, names a unit inside the link.
  const gap = tokens.filter((t) => t.start >= linkEnd && t.end <= hs);
  if (
    ranksBelow && gap.length === 2 && gap[0]!.start === linkEnd && gap[1]!.end === hs && gap[0]!.word.length === 2 && gap[1]!.word.length === 2 &&
    NOUN_TAG.test(gap[0]!.tag) && gap[1]!.tag === 'v' && !GENERIC_MODIFIERS.has(gap[0]!.word)
  ) {
    return { start: linkEnd, parts: [{ text: s.slice(linkEnd, hs), place: false, branch: false }], former: false };
  }
  const rest = from - linkEnd;
  if (rest < 1 || rest > 2 || hs - linkEnd < 2) return undefined;
  // 公安局|管城/n 回族区|分局, 分局|中华/nz 北路|派出所: a whole noun the parse stopped at opens the name
  // of a unit inside the link (not of one above it: 分局荣获/n 省公安厅).
  const word = tokens.find((t) => t.start === linkEnd && t.end === from);
  if (ranksBelow && word && word.word.length === 2 && NOUN_TAG.test(word.tag) && ![...word.word].some((c) => FUNCTION_CHARS.has(c)) &&
    !GENERIC_MODIFIERS.has(word.word) && name.parts.length) {
    return { start: linkEnd, parts: [{ text: s.slice(linkEnd, hs), place: false, branch: false }], former: false };
  }
  // 都 may end a place name (齐都, 成都), but 各 or a joiner before the head cannot (分局和派出所 is two units).
  const endsName = (i: number) => i === hs - 1 && !/[的和与及或等各]/.test(s[i]!) && tokens.some((t) => t.start === i && t.end === i + 1);
  // (Only inside a chain: 金凤分局获宁夏回族自治区公安厅 is two units, 获 a verb.)
  if (!ranksBelow) return undefined;
  for (let i = linkEnd; i < from; i++) if (!looseNameChar(s, tokens, i) && !endsName(i)) return undefined;
  return { start: linkEnd, parts: [{ text: s.slice(linkEnd, hs), place: false, branch: false }], former: false };
}

/**
 * 公安局解放/v 分局, 团结/a 派出所还…: a name the tagger reads as a verb or an adjective is a name where
 * the article writes it before the same head more than once, opening a clause or right after a link.
 */
function repeatedName(s: string, linkEnd: number, name: ParsedName, hs: number, head: string, repeated: ReadonlySet<string>): ParsedName | undefined {
  const parsedFrom = name.parts.length ? name.start : hs;
  for (const length of [3, 2]) {
    const start = hs - length;
    if (start < 0 || start >= parsedFrom || !repeated.has(s.slice(start, hs) + head)) continue;
    if (start !== linkEnd && start > 0 && !CLAUSE_OPENING.test(s[start - 1]!)) continue;
    return { start, parts: [{ text: s.slice(start, hs), place: false, branch: false }], former: false };
  }
  return undefined;
}

/** 沈嘉伟　解放派出所民警: in a list line the unit's name runs from the space after the name, whatever its words (解放/v). */
function nameAfterSpace(s: string, limit: number, hs: number): ParsedName | undefined {
  const space = s.lastIndexOf(' ', hs - 1);
  const length = hs - space - 1;
  if (space < limit || length < 2 || length > 4 || !LIST_LINE_NAME.test(s.slice(0, space + 1))) return undefined;
  const text = s.slice(space + 1, hs);
  if (!allHan(text)) return undefined;
  return { start: space + 1, parts: [{ text, place: false, branch: false }], former: false };
}

/**
 * 月/m 塘/j 派出所, 金/nr 海市/ns 公安局: no unit or place is named by one character (but a place
 * suffix standing for the name, 区公安局); a loose character before it is part of the name.
 */
function joinLooseChar(s: string, tokens: SentenceContext['tokens'], name: ParsedName, hs: number): ParsedName | undefined {
  const [first, ...rest] = name.parts;
  if (!first || first.branch || PLACE_SUFFIXES.includes(first.text)) return undefined;
  const stem = first.place ? placeStem(first.text) : first.text;
  const oneChar = stem.length === 1 || (first.place && first.text.length === 2 && PLACE_SUFFIXES.includes(first.text[1]!));
  if (!oneChar || (!first.place && rest.length > 0)) return undefined;
  const at = name.start - 1;
  if (at < 0 || !looseNameChar(s, tokens, at) || SHORT_HEAD_CHARS.test(s[at]!)) return undefined;
  const joined = first.place ? { ...first, text: s[at] + first.text } : { text: s.slice(at, hs), place: false, branch: false };
  return { start: at, parts: first.place ? [joined, ...rest] : [joined], former: name.former };
}

/**
 * 共青团衢州市公安局委员会, 中共X公安局委员会: the unit's League or Party committee by its full name, which
 * opens with the organisation (the mention keeps the unit's start, so the unit keeps its own name).
 */
function committeeByFullName(s: string, base: number, u: UnitMention): void {
  if (!u.segments.length || u.reference) return;
  const last = u.segments[u.segments.length - 1]!.head;
  if (PARTY_KINDS.has(last.kind) || !s.startsWith('委员会', u.end - base)) return;
  const prefix = COMMITTEE_OF.exec(s.slice(Math.max(0, u.start - base - 5), u.start - base));
  if (!prefix) return;
  const head = HEAD_BY_TEXT.get(prefix[0] === '共青团' ? '团委' : '党委')!;
  extend(u, s, base, { start: u.end, end: u.end + 3, core: '', qualifiers: [], head });
  u.surface = prefix[0] + u.surface;
}

export function extend(chain: UnitMention, s: string, base: number, segment: UnitSegment): void {
  chain.segments.push(segment);
  chain.end = segment.end;
  chain.surface = s.slice(chain.start - base, chain.end - base);
}

function findPronouns(s: string, base: number, index: number): UnitMention[] {
  const out: UnitMention[] = [];
  for (const m of matchesOf(PRONOUN_RE, s)) {
    if (m[0] === '本站' || m[0] === '我站') continue; // the website, in page text
    const kinds = PRONOUN_HEAD_BY_TEXT.get(m[2]!)!;
    out.push({ start: base + m.index, end: base + m.index + m[0].length, surface: m[0], sentence: index, segments: [], reference: kinds });
  }
  for (const m of matchesOf(LEADERSHIP_RE, s)) {
    const kinds = PRONOUN_HEAD_BY_TEXT.get(m[0])!;
    out.push({ start: base + m.index, end: base + m.index + 1, surface: m[0], sentence: index, segments: [], reference: kinds });
  }
  return out;
}

/**
 * 东进、联华、暮春、温泰等4座警务工作服务站 → four units sharing the head; with a branch or
 * kind word between count and head (大坪3个巡警中队) each is named with it (大坪巡警中队). `hs`: where
 * the shared part starts. A list after 下设 / 下辖 is contained in the unit before that word.
 */
function enumeration(
  s: string, tokens: SentenceContext['tokens'], base: number, index: number, hs: number, head: UnitHead,
  shared: NamePart | undefined, found: readonly UnitMention[],
): UnitMention[] {
  const before = s.slice(Math.max(0, hs - 60), hs);
  const tail = ENUMERATION_TAIL.exec(before)!;
  const listEnd = hs - tail[0].length;
  if (tail[0].length === 0 || s[listEnd - 1] === undefined) return [];
  const items: { start: number; end: number }[] = [];
  let end = listEnd;
  for (let i = listEnd - 1; i >= Math.max(0, hs - 60); i--) {
    const c = s[i]!;
    if (c === '、') {
      if (end - (i + 1) < 2 || end - (i + 1) > 4) return [];
      items.unshift({ start: i + 1, end });
      end = i;
    } else if (!isHan(c.charCodeAt(0))) {
      break;
    }
  }
  if (items.length === 0) return [];
  // The first item's left edge: the name words before the first 、 (设有 东/海湾), else the
  // characters back to a word that opens a list (即东/x 海湾: 即), else the word boundary nearest
  // to the other items' length.
  const typical = items[0]!.end - items[0]!.start;
  const tok = tokens.find((t) => t.end === end && end - t.start >= 2 && end - t.start <= 4);
  const firstStart = nameWordsBefore(tokens, end) ?? afterListOpener(s, end) ?? (tok ? tok.start : end - typical);
  items.unshift({ start: firstStart, end });
  const contains = CONTAINS_WORDS.exec(s.slice(Math.max(0, firstStart - 3), firstStart));
  const container = contains ? found.find((u) => u.segments.length > 0 && u.end - base === firstStart - contains[0].length) : undefined;
  return items.map(({ start, end: e }): UnitMention => {
    const name = s.slice(start, e);
    // Named like the same unit written in full (解放碑巡警中队: the branch is the core, the name qualifies it).
    const segment = shared
      ? segmentFrom([{ text: name, place: false, branch: false }, shared], head, base + start, base + e)
      : { start: base + start, end: base + e, core: name, qualifiers: [], head };
    const surface = name + (shared?.text ?? '') + head.head;
    const mention: UnitMention = { start: base + start, end: base + e, surface, sentence: index, segments: [segment] };
    if (container) mention.containedIn = container;
    return mention;
  });
}

/** Start of the 2–4 characters ending at `end` that follow a character opening a list (即, 有, 设, a quote or comma). */
function afterListOpener(s: string, end: number): number | undefined {
  for (let start = end - 2; start >= Math.max(0, end - 4); start--) if (LIST_OPENER.test(s[start - 1] ?? '')) return start;
  return undefined;
}

/** Start of the 2–4 characters of name words ending at `end`, when a word of another kind (设有, 即) stands right before them. */
function nameWordsBefore(tokens: SentenceContext['tokens'], end: number): number | undefined {
  let ti = tokens.findIndex((t) => t.end === end);
  let start = end;
  for (; ti >= 0 && ENUMERATED_NAME_TAGS.test(tokens[ti]!.tag) && end - tokens[ti]!.start <= 4; ti--) start = tokens[ti]!.start;
  const before = tokens[ti];
  return end - start >= 2 && (before === undefined || !ENUMERATED_NAME_TAGS.test(before.tag)) ? start : undefined;
}
