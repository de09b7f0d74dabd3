// Organisation mentions: a name read leftwards from an organisation head
// (安徽医科大学巢湖附属医院, 江苏省委组织部, 省见义勇为基金会), abbreviated
// offices and commissions (市疫情办, 巢湖文明委), and the members of a partner
// enumeration that share a category (联合A、B、C等12家单位).
import { CN_DIGITS, allHan, isHan, matchesOf } from '../patterns.js';
import { alternation, FUNCTION_CHARS, GENERIC_MODIFIERS } from '../lexicon/common.js';
import {
  MEDIA_WORDS, NATIONAL_BODIES, ORG_HEADS, ORG_PARTY_BODIES, ORG_PREFIXES, PARTNER_MARKERS, PARTNER_VERB, PARTNER_VERBS, PLACE_ANCHORED_HEADS,
  type OrgKind,
} from '../lexicon/organizations.js';
import { placeLevel } from '../lexicon/places.js';
import { FIRE_RESCUE, PROVINCE_SET } from '../lexicon/units.js';
import { parseNameBefore } from './names.js';
import { inside, quoteSpans } from './quotes.js';
import type { NamedMention, SentenceContext, Span } from './types.js';

export interface OrgMention extends NamedMention {
  kind: OrgKind;
}

const KIND_BY_HEAD = new Map<string, OrgKind>(ORG_HEADS.map(([h, k]) => [h, k]));
const HEAD_RE = new RegExp(`(?:${alternation(KIND_BY_HEAD.keys())})`, 'g');
// 市疫情办, 巢湖文明委: 办 / 委 closing a short name, followed by what a subject or agent is followed by.
// (市禁毒办副主任X: a post of the office may follow it too.)
const ABBREVIATED_HEAD_RE = /[办委](?=[,;。为对在于和与、的授评表予嘉将联共牵]|$|副?主任|书记|负责人)/g;
const LISTED_BEFORE = /([办委])、$/;
// Verbs ending in 办 / 委 (举办, 督办, 主办).
const VERB_BEFORE_ABBREVIATION = /[创举承主开兴督交代包查协筹申营]$/;
const MEDIA_TAIL = new RegExp(`^等?[\\u4e00-\\u9fff]{0,4}?(?:${alternation(MEDIA_WORDS)})`);
const PARTNER_ENUM = new RegExp(PARTNER_VERB, 'g');
const UNIT_WORDS = /公安|派出所|警务|大队|支队|分局/;
// An organisation head inside a longer word is not one: 学院路, 社区民警.
const NOT_AFTER_HEAD = /^(?:民警|辅警|警务|路|街|门口|城区|地段|地带|位置|民|干部|里|口|头|庄|落|级|两委|书记|镇)/;
// 一家物流公司: a counted organisation is a kind, not a name.
const COUNTED_BEFORE = /[一某每这那][家所个座间]$/;
// 与朱雀社区开展共建: what makes a community or street a partner rather than a place.
const PARTNER_BEFORE = new RegExp(`(?:${alternation([...PARTNER_VERBS, '与', '同', '和'])})$`);
const PARTY_BODY_AFTER = new RegExp(`^(?:${alternation(ORG_PARTY_BODIES)})`);
const NATIONAL_RE = new RegExp(`(?:${alternation(NATIONAL_BODIES)})`, 'g');
// 与江西鄱阳湖国家级自然保护区管理局签订: after a partner marker, the whole run of characters up to the head
// is the name, even where the tagger's words would stop it (冰雪/大/世界).
const MAX_PARTNER_NAME = 20;
const PARTNER_NAME = new RegExp(`(?:${alternation(PARTNER_MARKERS)})([\\u4e00-\\u9fff]{2,${MAX_PARTNER_NAME}})$`);
// 与辖区阳光社区党委, 与相关医院, 与沿线的关庙镇中心小学: a generic word or a description ending in 的 before the name is not part of it.
const GENERIC_BEFORE_NAME = new RegExp(`^(?:[\\u4e00-\\u9fff]{1,6}的|${alternation([...GENERIC_MODIFIERS, '所在地'])})`);
// A name runs over no function word, partner verb or police word (与A医院和B学校, 与X共建Y).
const plainName = (t: string) => !/[的、和及被在对把将向从由是了]/.test(t) && !FUNCTION_CHARS.has(t[0]!) && !PARTNER_VERB.test(t) && !UNIT_WORDS.test(t);
// 厦门大学附属中山医院: a hospital affiliated to the body named right before it is one name.
const AFFILIATED = new RegExp(String.raw`^附属(?:第[${CN_DIGITS}]+)?$`);
// 厦门大学海洋与地球学院: a college of a university whose name joins two fields with 与.
const COLLEGE_HEADS = new Set(['学院', '研究院', '研究所']);
const MAX_ANCHORED_NAME = 12;
// Tags of the words that make a name: places, unknown words, proper nouns, abbreviations, idioms, numerals (第八).
const DISTINCTIVE_TAGS = new Set(['ns', 'x', 'nz', 'nr', 'nrt', 'nt', 'j', 'i', 'l', 'eng', 'm']);
const PARTY_BRANCH_HEADS = new Set(['党支部', '党总支']);
const LEVEL_CHAR = /^[省市县区](?![场长民])/;
const PARTNER_ONLY_HEADS = new Set(['村']);
// 全国妇联, 国家禁毒委员会, 中国建设银行: a national body is named by its scope.
const NATIONAL_SCOPE = /^(?:全国|国家|中国|中华|中央)/;
const OFFICE_END = /[处科部室院局委办校司行会厂所站团]$/;

export function findOrgMentions(ctx: SentenceContext, occupied: readonly Span[]): OrgMention[] {
  const { sentence, tokens, index } = ctx;
  const s = sentence.text;
  const base = sentence.start;
  const out: OrgMention[] = [];
  const free = (start: number, end: number) =>
    !occupied.some((o) => o.start < end && o.end > start) && !out.some((o) => o.start < end && o.end > start);

  const quoted = quoteSpans(s);
  let lastEnd = 0;
  for (const m of matchesOf(HEAD_RE, s)) {
    const hs = m.index;
    const he = hs + m[0].length;
    if (inside(quoted, hs)) continue;
    // Heads that name a kind of place or office as often as a body (中心, 林场) must be a word of their own
    // (not 中心 in 洛阳/市中心/医院).
    if (PLACE_ANCHORED_HEADS.has(m[0]) && !tokens.some((t) => t.start === hs)) continue;
    // The head must end a word: 中学 in 集中学习 does not.
    if (NOT_AFTER_HEAD.test(s.slice(he, he + 2)) || tokens.some((t) => t.start < he && t.end > he)) continue;
    // Extend over a following head: 医科大学 + 巢湖附属医院 is one hospital.
    const prev = out[out.length - 1];
    let name = parseNameBefore(s, tokens, lastEnd, hs, 4);
    const previousEnd = lastEnd;
    lastEnd = he;
    if (prev && (prev.end - base === name.start || AFFILIATED.test(s.slice(prev.end - base, name.start)) || collegeOf(s, prev, base, name.start, m[0]))) {
      prev.end = base + he;
      prev.name = s.slice(prev.start - base, he);
      prev.kind = KIND_BY_HEAD.get(m[0])!;
      continue;
    }
    const partner = PARTNER_NAME.exec(s.slice(Math.max(0, previousEnd, hs - MAX_PARTNER_NAME), hs))?.[1]!.replace(GENERIC_BEFORE_NAME, '');
    const byPartner = partner !== undefined && partner.length >= 2 && plainName(partner) && hs - partner.length <= name.start;
    if (byPartner) name = { start: hs - partner.length, parts: [{ text: partner, place: false, branch: false }], former: false };
    // 德阳市中西医结合医院: a name opened by a place runs from it to the head, whatever its words (结合/v).
    const anchored = byPartner ? undefined : placeAnchoredStart(s, tokens, Math.max(previousEnd, hs - MAX_ANCHORED_NAME), name.parts.length ? name.start : hs);
    if (anchored !== undefined) name = { start: anchored, parts: [{ text: s.slice(anchored, hs), place: true, branch: false }], former: false };
    // …and a place or a proper name before them.
    if (PLACE_ANCHORED_HEADS.has(m[0]) && anchored === undefined && !name.parts.some((p) => p.place) && !distinctive(s, tokens, name.start, hs)) {
      lastEnd = previousEnd;
      continue;
    }
    // 国际合作处党支部: an outside body's Party branch is named by an office of that body.
    if (PARTY_BRANCH_HEADS.has(m[0]) && !OFFICE_END.test(s.slice(name.start, hs))) continue;
    // 全国妇联, 全国民航团委: a national body is named by its scope.
    const from = name.parts.length ? name.start : hs;
    if (nationalScope(s, from)) name = { ...name, start: from - 2, parts: [{ text: '全国', place: true, branch: false }, ...name.parts] };
    if (name.parts.length === 0 || hs - name.start < 2) continue; // a bare 医院 or 学校 names nothing
    if (COUNTED_BEFORE.test(s.slice(Math.max(0, name.start - 2), name.start))) continue;
    const prefix = ORG_PREFIXES.exec(s.slice(Math.max(0, name.start - 5), name.start));
    if (prefix) name = { ...name, start: name.start - prefix[0].length };
    const text = s.slice(name.start, he);
    if (UNIT_WORDS.test(text) && !FIRE_RESCUE.test(text)) continue; // a police body's committee is a Unit
    if (isMediaList(s, he)) continue;
    if (!free(base + name.start, base + he)) continue;
    // 人民医院, 综合性医院, 整治医院: with no place and no proper name, a head is a kind of body, not one.
    // (巢湖市委组织部、疫情防控办公室: an item of an enumeration shares the place of the one before.)
    const listed = prev !== undefined && prev.end - base === name.start - 1 && s[name.start - 1] === '、' && !LEVEL_CHAR.test(prev.name);
    // (Banks and firms are named by their brand's common words: 工商银行.)
    const company = KIND_BY_HEAD.get(m[0]) === 'company';
    if (anchored === undefined && !byPartner && !listed && !company && !distinctive(s, tokens, name.start, hs)) continue;
    // 市中医院, 县人民医院: a level character standing for the place, and only common words after it, name no body
    // (省见义勇为基金会 is one).
    const level = LEVEL_CHAR.exec(s.slice(name.start, hs));
    if (level && !distinctive(s, tokens, name.start + 1, hs)) continue;
    // 与河东村结对: a village is an organisation only as a partner.
    if (PARTNER_ONLY_HEADS.has(m[0]) && !byPartner && !PARTNER_BEFORE.test(s.slice(Math.max(0, name.start - 4), name.start))) continue;
    out.push({ start: base + name.start, end: base + he, name: text, sentence: index, kind: KIND_BY_HEAD.get(m[0])! });
  }

  for (const m of matchesOf(ABBREVIATED_HEAD_RE, s)) {
    if (inside(quoted, m.index)) continue;
    const name = parseNameBefore(s, tokens, 0, m.index);
    const stem = s.slice(name.start, m.index);
    if (stem.length < 2 || stem.length > 6 || VERB_BEFORE_ABBREVIATION.test(stem)) continue;
    // 预约办、就近办、延时办: a list of ways of doing (办 "handle"), unless its first item is an office.
    const sibling = LISTED_BEFORE.exec(s.slice(Math.max(0, name.start - 8), name.start));
    if (sibling && sibling[1] === m[0] && !out.some((o) => o.end - base === name.start - 1)) continue;
    const nameStart = name.start - nationalScope(s, name.start);
    const start = base + nameStart;
    const end = base + m.index + 1;
    const text = s.slice(nameStart, m.index + 1);
    if (!free(start, end) || UNIT_WORDS.test(text) || isMediaList(s, m.index + 1)) continue;
    out.push({ start, end, name: text, sentence: index, kind: 'government' });
  }

  for (const m of matchesOf(NATIONAL_RE, s)) {
    const start = base + m.index;
    const end = start + m[0].length;
    if (free(start, end) && !inside(quoted, m.index)) out.push({ start, end, name: m[0], sentence: index, kind: 'party_committee' });
  }

  for (const o of out) {
    // 哈尔滨市委市政府: a joint giver written as one is its first-named body (ANNOTATION.md rule 9).
    const joint = JOINT_BODIES.exec(o.name);
    if (joint) {
      o.name = joint[1]!;
      o.end = o.start + o.name.length;
      o.kind = 'party_committee';
      continue;
    }
    const body = PARTY_BODY_AFTER.exec(s.slice(o.end - base));
    if (!body) continue;
    o.end += body[0].length;
    o.name += body[0];
  }
  out.push(...partnerEnumeration(ctx, out, occupied));
  return out.sort((a, b) => a.start - b.start);
}

// 长春中医药大学附属医院, 九江学院保卫处党支部, 中国工商银行绵阳分行: a university, college or bank
// that opens a longer name is a body of its own (ANNOTATION.md rule 5b).
const PREFIX_BODY = /^([\u4e00-\u9fff]{2,10}?(?:大学|学院|银行))[\u4e00-\u9fff]{2,}/;

/** The body that opens an organisation's name and is one of its own, if any. */
export function prefixBody(o: OrgMention): { name: string; kind: OrgKind } | undefined {
  const m = PREFIX_BODY.exec(o.name);
  return m ? { name: m[1]!, kind: KIND_BY_HEAD.get(m[1]!.slice(-2)) ?? o.kind } : undefined;
}

/** Whether the words from `start` to `end` name one body: a place, a word jieba does not know, a proper noun, an ordinal, an idiom. */
function distinctive(s: string, tokens: SentenceContext['tokens'], start: number, end: number): boolean {
  if (NATIONAL_SCOPE.test(s.slice(start, end))) return true;
  return tokens.some((t) => {
    if (t.end <= start || t.start >= end) return false;
    // A word running over the name's edges (江苏省委/nt) counts by the place that lies in the name.
    const word = s.slice(Math.max(t.start, start), Math.min(t.end, end));
    const inside = t.start >= start && t.end <= end;
    return (inside && DISTINCTIVE_TAGS.has(t.tag)) || placeLevel(word) !== undefined || PROVINCE_SET.has(word);
  });
}

/**
 * Where a place that opens an organisation's name starts, between `floor` and `nameStart`: the leftmost
 * place word (德阳市, 铜川) from which only plain words run to the head — no function word, number
 * or police word — and that stands at a boundary (a mark, a connector, a verb).
 */
function placeAnchoredStart(s: string, tokens: SentenceContext['tokens'], floor: number, nameStart: number): number | undefined {
  const hs = nameStart;
  for (const t of tokens) {
    if (t.start < floor || t.start >= nameStart) continue;
    if (!(t.tag === 'ns' || placeLevel(t.word) !== undefined) || t.word.length < 2) continue;
    const name = s.slice(t.start, hs);
    if (!allHan(name) || [...name].some((c) => FUNCTION_CHARS.has(c)) || UNIT_WORDS.test(name)) continue;
    return t.start;
  }
  return undefined;
}

/** 厦门大学 | 海洋与 | 地球学院: the college's name starts at a one-word field joined by 与 right after the university. */
function collegeOf(s: string, university: OrgMention, base: number, nameStart: number, head: string): boolean {
  if (university.kind !== 'school' || !COLLEGE_HEADS.has(head) || s[nameStart - 1] !== '与') return false;
  const field = s.slice(university.end - base, nameStart - 1);
  return field.length >= 2 && field.length <= 4 && allHan(field);
}

const JOINT_BODIES = /^([\u4e00-\u9fff]{1,8}[省市县区]委)[省市县区](?:人民)?政府$/;

/** The length of 全国 written right before `at` (全国民航团委): a national body's scope is part of its name. */
function nationalScope(s: string, at: number): number {
  return s.slice(at - 2, at) === '全国' ? 2 : 0;
}

/** 被国家禁毒委、中国警察网等微博转发: a list of outlets, not of organisations. */
function isMediaList(s: string, from: number): boolean {
  let i = from;
  // Skip the rest of the enumeration.
  for (let n = 0; n < 80 && i < s.length && s[i] !== ',' && s[i] !== '。' && s[i] !== '等'; n++) i++;
  return s[i] === '等' && MEDIA_TAIL.test(s.slice(i, i + 12));
}

/**
 * 联合常州市儿童福利院、常州书画院、常州科教城等12家企业单位: when a partner
 * verb opens an enumeration with at least one organisation in it, the other
 * names in it are organisations too.
 */
function partnerEnumeration(ctx: SentenceContext, found: readonly OrgMention[], occupied: readonly Span[]): OrgMention[] {
  const s = ctx.sentence.text;
  const base = ctx.sentence.start;
  const out: OrgMention[] = [];
  for (const m of matchesOf(PARTNER_ENUM, s)) {
    const listStart = m.index + m[0].length;
    let listEnd = listStart;
    while (listEnd < s.length && listEnd - listStart < 120 && s[listEnd] !== ',' && s[listEnd] !== '等' && s[listEnd] !== '。') listEnd++;
    if (s[listEnd] !== '等') continue;
    const items: Span[] = [];
    let itemStart = listStart;
    for (let i = listStart; i <= listEnd; i++) {
      if (i === listEnd || s[i] === '、') {
        items.push({ start: base + itemStart, end: base + i });
        itemStart = i + 1;
      }
    }
    if (items.length < 2) continue;
    const inside = (it: Span) => found.some((o) => o.start === it.start && o.end === it.end);
    if (!items.some(inside)) continue;
    for (const it of items) {
      const text = s.slice(it.start - base, it.end - base);
      const len = text.length;
      if (inside(it) || len < 3 || len > 14 || !isHan(text.charCodeAt(0))) continue;
      if (occupied.some((o) => o.start < it.end && o.end > it.start)) continue;
      out.push({ start: it.start, end: it.end, name: text, sentence: ctx.index, kind: 'other' });
    }
  }
  return out;
}
