// Person mentions. A name is read only where the genre puts one: after a post
// (东进警务站站长刁爱清, 副所长戴荣华、周勇), after an honour title
// (全省优秀人民警察王洪斌), before a speech verb (刘岭说); how a name is read
// is person-names.ts's. Masked names (余某某) are skipped. Also read: a name before its post
// in brackets (马某某(某某派出所所长), as decisions list them), a name after a
// naming verb (名叫), a name before 同志, Tibetan names (no surname), and a
// post after 是 (吴某是该所社区民警). A post after an outside organisation
// (某大学学生处负责人) is no police post.
import { alternation, TENURE_PREFIX } from '../lexicon/common.js';
import { TITLE_QUALIFIERS, TITLE_TAILS } from '../lexicon/honours.js';
import { CIVILIAN_ROLES, NAME_STOP_CHARS, NAMING_VERBS, POSTS, POST_MODIFIERS, RANK_POSTS, SPEECH_VERBS } from '../lexicon/people.js';
import { PARTY_KINDS, UNIT_HEADS } from '../lexicon/units.js';
import { isKnownWordNotName, type Token } from '../segment.js';
import {
  delimitedName, isHanAt, LISTED_NAME_FOLLOWER, listedName, nameEndingAt, personName, POST_START, readName, SURNAME_SET, taggedNameAt,
  taggedNameEndingAt, unknownName, unknownNameEnding,
} from './person-names.js';
import { listedNames } from './listed-names.js';
import type { PersonMention, PersonPost, SentenceContext, Span, UnitMention } from './types.js';

const POST_RE = new RegExp(`(?:${alternation(POSTS)})`, 'g');
const TITLE_TAIL_RE = new RegExp(`(?:${alternation(TITLE_TAILS)})`, 'g');
const SPEECH_RE = new RegExp(`(?:${alternation(SPEECH_VERBS)})`, 'g');
const CIVILIAN_RE = new RegExp(`(?:${alternation(CIVILIAN_ROLES)})`, 'g');
const PARTY_HEADS = UNIT_HEADS.filter((h) => PARTY_KINDS.has(h.kind));
// Departments of a unit that name a post with it (政治部主任, 指挥中心主任).
const DEPARTMENTS = new Set(['政治处', '政治部', '指挥中心', '办公室', '警务保障室', '督察长办公室', '纪检监察室', '宣传科']);
// A police branch written right before a post (治安副所长, 刑侦副大队长), not as a unit's name.
const BRANCH_BEFORE = new RegExp(`(?:${alternation(['治安', '刑侦', '交通', '社区', '户籍', '内勤', '警务', '巡逻', '特警', '交警', '刑警', '禁毒', '经侦', '网安'])})$`);
// 支部书记, 支部副书记: in a police unit a bare 支部 is its Party branch (a League one is written 团支部).
const BARE_BRANCH_HEAD = PARTY_HEADS.find((h) => h.head === '党支部');
const MODIFIER_RE = new RegExp(`^(?:${alternation(POST_MODIFIERS)})`);
const ENUM_JOINERS = new Set(['、', '和', '及', '与']);
const CLAUSE_MARK = /[,;:。!?“”]/;
// Between a unit and the count of its people: 城关分局的三名民警, 支队3名民警.
const COUNT_UNIT_LINK = /^的?$/;
const TITLE_THEN_POSTS = /^([^、]{3,20})、/;
const TITLE_TAIL_END = new RegExp(`(?:${alternation(TITLE_TAILS)})$`);
// Where an honour title before a name starts: after a separator or a verb of emergence.
const TITLE_LEFT_EDGE = /[、,;:“”()了出是为有括和及与等]/;
const NAMING_RE = new RegExp(`(?:${alternation(NAMING_VERBS)})`, 'g');
// After an introduced name: the clause ends, or it goes on with 的 / 是 / 今年 (叫李明,今年45岁).
const AFTER_INTRODUCED_NAME = /^(?:[,。;、!?”]|的|是|今年|$)/;
const SEXED_PROFILE = /^([\u4e00-\u9fff]{2,4}),[男女][,,(]/;
// Between a unit and 名叫: 派出所一名名叫…, 派出所的一位名叫….
const INTRODUCED_IN_UNIT = /^的?(?:一名|一位)?$/;
// 钟　灵: a two-character name padded with a space in a list.
const PADDED_NAME = /^([\u4e00-\u9fff]) ([\u4e00-\u9fff])(?![\u4e00-\u9fff])/;
// Between a name and its posts: a comma, or the spaces of a list line, after a bracketed note of sex or nationality (女, 回族).
const PROFILE_SEPARATOR = /^(?:\((?:[男女]|[\u4e00-\u9fff]{1,3}族)\))? *(?:,| )/;
// A post in brackets right after a name: 马某某(某某派出所所长).
const BRACKETED = /\(([^()]{2,30})\)/g;
// Between an outside organisation and a post: nothing, or one of its offices (学生处, 急诊科, 办公室).
const ORG_OFFICE = /^(?:[\u4e00-\u9fff]{1,4}[处科部室办])?$/;
// 吴某是该所社区民警, 叫姜某,是向阳所的一名民警: a post after 是 + unit (+ 的一名) belongs to the subject.
const COPULA_UNIT_LINK = /^(?:的(?:一名|一位)?)?$/;
// Verbs of holding an office now, before the posts they open (现任X所副所长).
const HOLDING_OFFICE = /(?:现任|担任|兼任|出任|系)$/;
// Before 同志 a name stands after a separator or a preposition (给/对/向…): 向李明同志学习.
const BEFORE_COMRADE = /^(?:[^\u3400-\u9fff]|[给对向与和及让被由是])$/;

/** Posts written after 是 or 现任 with no name after them: the subject's, once every mention of a name is known. */
export interface HeldPosts {
  sentence: number;
  /** Absolute offset of 是 / 现任: the subject is the person named last before it in the sentence. */
  at: number;
  posts: PersonPost[];
}

/**
 * `orgs`: outside organisations of the sentence; a post written after one is not a police post.
 * `held`: receives the posts whose holder is named as a subject (giveHeldPosts).
 */
export function findPersonMentions(
  ctx: SentenceContext, units: readonly UnitMention[], orgs: readonly Span[] = [], held: HeldPosts[] = [],
): PersonMention[] {
  const { sentence, tokens, index } = ctx;
  const s = sentence.text;
  const base = sentence.start;
  const out: PersonMention[] = [];
  const add = (start: number, name: string, posts: PersonPost[]) => {
    // 李某, 王某某: a masked name is nobody the graph can hold.
    if (name.includes('某')) return { start: base + start, end: base + start + name.length, name, sentence: index, posts };
    const existing = out.find((p) => p.start === base + start);
    if (existing) {
      for (const p of posts) if (!existing.posts.some((q) => q.role === p.role)) existing.posts.push(p);
      return existing;
    }
    const mention: PersonMention = { start: base + start, end: base + start + name.length, name, sentence: index, posts };
    out.push(mention);
    return mention;
  };

  POST_RE.lastIndex = 0;
  for (let m = POST_RE.exec(s); m; m = POST_RE.exec(s)) {
    const nameAt = m.index + m[0].length;
    // 广州铁路公安局长沙公安处: a post inside a unit's name (局长) is no post.
    if (units.some((u) => u.start - base <= m!.index && u.end - base > nameAt)) continue;
    const name = personName(s, nameAt, tokens) ?? listedName(s, nameAt, tokens) ?? unknownNameEnding(s, nameAt, tokens);
    // 金卫东局长在讲话中指出: a name right before an office (not a rank: 江州特警 is a place and a force), opening its clause.
    const before = name || RANK_POSTS.test(roleOf(m[0])) || !opensClause(s, m.index) ? undefined : nameEndingAt(s, m.index, tokens);
    const place = before && tokens.some((t) => t.start === before.at && t.end === m!.index && t.tag === 'ns');
    if (before && !place && (before.at === 0 || CLAUSE_MARK.test(s[before.at - 1]!))) add(before.at, before.name, [{ role: roleOf(m[0]) }]);
    if (!name) {
      const copula = copulaPost(s, base, m.index, nameAt, units);
      if (copula) held.push({ sentence: index, at: base + copula.at, posts: copula.posts });
      continue;
    }
    const posts = postsBefore(s, base, m.index, nameAt, units);
    // 某某大学学生处负责人王某: the post is held in the organisation, so the person is no police member.
    const outsider = !posts.some((p) => p.unit) && orgs.some((o) => o.end - base <= m!.index && ORG_OFFICE.test(s.slice(o.end - base, m!.index)));
    add(nameAt, name, outsider ? [] : posts);
    // 副所长戴荣华、周勇: the post covers the names listed after it.
    let next = nameAt + name.length;
    while (ENUM_JOINERS.has(s[next]!)) {
      const other = personName(s, next + 1, tokens) ?? delimitedName(s, next + 1);
      if (!other) break;
      // The list goes on, or stops where a word starts (…、卜一凡/x 获得/v).
      const end = next + 1 + other.length;
      if (!/^[、和及与,;。等的在被是]|^$/.test(s.slice(end, end + 1)) && !tokens.some((t) => t.start === end && t.end > end + 1)) break;
      add(next + 1, other, posts);
      next += 1 + other.length;
    }
  }

  TITLE_TAIL_RE.lastIndex = 0;
  for (let m = TITLE_TAIL_RE.exec(s); m; m = TITLE_TAIL_RE.exec(s)) {
    const nameAt = m.index + m[0].length;
    const name = readName(s, nameAt, tokens);
    if (!name) continue;
    const title = titleBefore(s, nameAt);
    if (!title) continue;
    const mention = add(nameAt, name, []);
    mention.honourBefore = { start: base + title.start, end: base + nameAt, name: title.text };
    // 一级英模赵长林、许国栋: the title covers the names listed after it.
    let next = nameAt + name.length;
    while (ENUM_JOINERS.has(s[next]!)) {
      const other = personName(s, next + 1, tokens) ?? delimitedName(s, next + 1);
      if (!other) break;
      add(next + 1, other, []).honourBefore = mention.honourBefore;
      next += 1 + other.length;
    }
  }

  // 全国优秀人民警察、城关大队大队长张海涛 (or the title quoted): a title opening the clause, before the posts.
  for (const mention of out) {
    if (mention.honourBefore || mention.posts.length === 0) continue;
    const nameAt = mention.start - base;
    let cs = nameAt;
    while (cs > 0 && !CLAUSE_MARK.test(s[cs - 1]!)) cs--;
    const quoted = s[cs - 1] === '”' && s[cs] === '、';
    const opening = quoted ? undefined : TITLE_THEN_POSTS.exec(s.slice(cs, nameAt));
    const titleEnd = quoted ? cs : opening ? cs + opening[1]!.length : undefined;
    const title = titleEnd !== undefined ? titleBefore(s, titleEnd) : undefined;
    const titleOpensClause = title !== undefined && (quoted ? title.start === 0 || CLAUSE_MARK.test(s[title.start - 1]!) : title.start === cs);
    if (title && titleOpensClause && TITLE_TAIL_END.test(title.text)) {
      mention.honourBefore = { start: base + title.start, end: base + titleEnd!, name: title.text };
    }
  }

  // 给马某某(某某派出所所长)、纳某某(刑侦支队民警)记二等功: decisions bracket each name's post.
  BRACKETED.lastIndex = 0;
  for (let m = BRACKETED.exec(s); m; m = BRACKETED.exec(s)) {
    const close = m.index + m[0].length - 1;
    const postAt = lastPostEnding(s, close);
    if (postAt === undefined || postAt <= m.index) continue;
    const named = nameEndingAt(s, m.index, tokens) ?? taggedNameEndingAt(m.index, tokens);
    if (named) add(named.at, named.name, postsBefore(s, base, postAt, close, units));
  }

  // 工作室的主人叫姜某某,今年56岁: a naming verb introduces the person.
  NAMING_RE.lastIndex = 0;
  for (let m = NAMING_RE.exec(s); m; m = NAMING_RE.exec(s)) {
    const nameAt = m.index + m[0].length;
    // After a naming verb, a name the dictionary knows (杨建华/nr) is the person's too.
    const name = personName(s, nameAt, tokens) ?? unknownName(s, nameAt, tokens) ?? taggedNameAt(nameAt, tokens);
    if (!name || !AFTER_INTRODUCED_NAME.test(s.slice(nameAt + name.length, nameAt + name.length + 2))) continue;
    // 少先路派出所一名名叫额尔敦的辅警: the post after 的 is the person's, held in the unit written before.
    const post = s[nameAt + name.length] === '的' ? POST_START.exec(s.slice(nameAt + name.length + 1)) : null;
    const unit = post ? units.find((u) => u.end - base <= m!.index && INTRODUCED_IN_UNIT.test(s.slice(u.end - base, m!.index))) : undefined;
    add(nameAt, name, post ? [{ role: roleOf(post[0]), ...(unit ? { unit } : {}) }] : []);
  }

  // 向李明同志学习: 同志 after a name.
  for (let at = s.indexOf('同志'); at >= 0; at = s.indexOf('同志', at + 2)) {
    let named = nameEndingAt(s, at, tokens);
    // 向孔红同志学习: a preposition that is also a surname (向, 于) opens the phrase, not the name.
    if (named && named.name.length === 3 && BEFORE_COMRADE.test(named.name[0]!) && SURNAME_SET.has(named.name[1]!)) {
      named = { at: named.at + 1, name: named.name.slice(1) };
    }
    if (named && BEFORE_COMRADE.test(named.at > 0 ? s[named.at - 1]! : ',')) add(named.at, named.name, []);
  }

  // 陈国庆,月湖派出所教导员、党支部书记。: a profile opens with the name, then the posts.
  const profile = profileOpening(s, base, tokens, units);
  if (profile) add(0, profile.name, profile.posts).end = base + profile.end;
  // 郭振华,男,1972年出生: a profile opens with the name and the sex.
  const sexed = SEXED_PROFILE.exec(s)?.[1];
  if (sexed && personName(s, 0, tokens) === sexed) add(0, sexed, []);

  // 外卖骑手黄志文, 市民刘桂芳: people named by what they are, with no post.
  CIVILIAN_RE.lastIndex = 0;
  for (let m = CIVILIAN_RE.exec(s); m; m = CIVILIAN_RE.exec(s)) {
    const nameAt = m.index + m[0].length;
    // 群众满意 is one word: the role must be a word of its own.
    if (tokens.some((t) => t.start < nameAt && t.end > nameAt)) continue;
    const name = readName(s, nameAt, tokens);
    if (!name) continue;
    // 群众满意率, 群众全满意: after a civilian word, any dictionary word (but a rare name) is what follows, not a name.
    const end = nameAt + name.length;
    const looseLast = name.length === 3 && tokens.some((t) => t.start === end - 1 && t.end === end);
    // 孙/zg 红梅/nr: a surname on its own before a word the tagger reads as a given name is a name, however common the word.
    const taggedName = tokens.some((t) => t.start === nameAt && t.end === nameAt + 1) &&
      tokens.some((t) => t.start === nameAt + 1 && t.end === end && t.tag === 'nr');
    const word = !looseLast && !taggedName && tokens.some(
      (t) => t.start >= nameAt && t.start < end && t.word.length >= 2 && t.tag !== 'x' && (t.tag !== 'nr' || isKnownWordNotName(t.word, t.tag)),
    );
    // …unless what follows is what a subject takes (老党员吴海波是…, 村民李海波说).
    if (!word || LISTED_NAME_FOLLOWER.test(s.slice(end, end + 2))) add(nameAt, name, []);
  }

  // 城关分局的三名民警(丁磊、赛力克、何雨桐), 刘洋、高鹏飞等同志: the items of a group; a counted post is
  // held in the unit written right before the count.
  for (const { at, name, post } of listedNames(s)) {
    const unit = post && units.find((u) => u.end - base <= post.countAt && COUNT_UNIT_LINK.test(s.slice(u.end - base, post.countAt)));
    add(at, name, post ? [{ role: roleOf(s.slice(post.start, post.end)), ...(unit ? { unit } : {}) }] : []);
  }

  SPEECH_RE.lastIndex = 0;
  for (let m = SPEECH_RE.exec(s); m; m = SPEECH_RE.exec(s)) {
    // 玉波教导员介绍: the speaker's post may stand between the name and the verb.
    const postAt = lastPostEnding(s, m.index);
    const nameEnd = postAt !== undefined && postAt > 0 && isHanAt(s, postAt - 1) ? postAt : m.index;
    const posts: PersonPost[] = nameEnd < m.index ? [{ role: roleOf(s.slice(nameEnd, m.index)) }] : [];
    for (const length of [3, 2]) {
      const at = nameEnd - length;
      if (at < 0 || (at > 0 && isHanAt(s, at - 1))) continue;
      const name = readName(s, at, tokens);
      if (name && name.length === length) {
        add(at, name, posts);
        break;
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The subject of 是 / 现任: the person named last before it in its sentence, when no post of theirs names a unit. */
export function giveHeldPosts(persons: readonly PersonMention[], held: readonly HeldPosts[]): void {
  const open = new Map<PersonMention, boolean>(); // whether the subject named no unit of its own before
  for (const { sentence, at, posts } of held) {
    const subject = persons.filter((p) => p.sentence === sentence && p.end <= at).sort((a, b) => b.start - a.start)[0];
    if (!subject) continue;
    if (!open.has(subject)) open.set(subject, !subject.posts.some((p) => p.unit !== undefined));
    if (!open.get(subject)) continue;
    for (const post of posts) if (!subject.posts.some((p) => p.role === post.role)) subject.posts.push(post);
  }
}

/**
 * 是该所社区民警 / 是向阳所的一名社区民警 / 现任柳林派出所副所长、柳北社区警务室警长: posts after
 * 是 or a verb of holding office, with no name after them, and where that verb stands.
 */
function copulaPost(
  s: string, base: number, postStart: number, postEnd: number, units: readonly UnitMention[],
): { at: number; posts: PersonPost[] } | undefined {
  if (isHanAt(s, postEnd) && !NAME_STOP_CHARS.has(s[postEnd]!)) return undefined;
  const unit = units.find((u) => u.end - base <= postStart && COPULA_UNIT_LINK.test(s.slice(u.end - base, postStart)));
  if (unit && s[unit.start - base - 1] === '是') return { at: unit.start - base - 1, posts: [{ role: roleOf(s.slice(postStart, postEnd)), unit }] };
  // 由X担任队长: a post named without its unit is a team's, not one in a unit.
  const chain = postChainBefore(s, base, postStart, postEnd, units);
  const holding = HOLDING_OFFICE.exec(s.slice(Math.max(0, chain.start - 2), chain.start));
  return holding && chain.posts.some((p) => p.unit) ? { at: chain.start - holding[0].length, posts: chain.posts } : undefined;
}

/** A clause starts two to four characters before `at`: where a name written before a post would open it. */
function opensClause(s: string, at: number): boolean {
  for (let i = at - 2; i >= Math.max(0, at - 4); i--) if (i === 0 || CLAUSE_MARK.test(s[i - 1]!)) return true;
  return false;
}

/**
 * A sentence that is only a name and its posts: a profile (陈国庆,月湖派出所教导员、党支部书记。) or a
 * line of a published list (沈嘉伟　解放派出所民警), where a two-character name is padded to the width
 * of three (钟　灵) and the sex or nationality may be noted in brackets.
 */
function profileOpening(
  s: string, base: number, tokens: readonly Token[], units: readonly UnitMention[],
): { name: string; end: number; posts: PersonPost[] } | undefined {
  const padded = PADDED_NAME.exec(s);
  const name = padded && SURNAME_SET.has(padded[1]!) ? padded[1]! + padded[2]! : readName(s, 0, tokens);
  if (!name) return undefined;
  const nameEnd = padded ? padded[0].length : name.length;
  const separator = PROFILE_SEPARATOR.exec(s.slice(nameEnd));
  if (!separator) return undefined;
  const end = s.length - (s.endsWith('。') ? 1 : 0);
  // Every piece between 、 or 兼 is a post, with the unit that holds it written before it or not.
  let pieceStart = nameEnd + separator[0].length;
  let lastPost = -1;
  for (const piece of s.slice(pieceStart, end).split(/[、兼]/)) {
    const postAt = lastPostEnding(s, pieceStart + piece.length);
    const unitBefore = (at: number) => units.some((u) => u.start - base === pieceStart && u.end - base === at);
    if (postAt === undefined || postAt < pieceStart || (postAt > pieceStart && !unitBefore(postAt))) return undefined;
    lastPost = postAt;
    pieceStart += piece.length + 1;
  }
  return lastPost < 0 ? undefined : { name, end: nameEnd, posts: postsBefore(s, base, lastPost, end, units) };
}

/** An honour title ending at `end`: from the last separator, and shaped like a title. */
function titleBefore(s: string, end: number): { start: number; text: string } | undefined {
  // “全国特级优秀人民警察”、…: a quoted title, from its opening quote.
  const open = s[end - 1] === '”' ? s.lastIndexOf('“', end - 1) : -1;
  if (open >= 0 && end - open <= 22) {
    const quoted = s.slice(open + 1, end - 1);
    return TITLE_QUALIFIERS.some((q) => quoted.includes(q)) ? { start: open, text: quoted } : undefined;
  }
  let start = end;
  while (start > 0 && end - start < 20 && !TITLE_LEFT_EDGE.test(s[start - 1]!) && isHanAt(s, start - 1)) start--;
  const text = s.slice(start, end);
  if (text.length < 3 || !TITLE_QUALIFIERS.some((q) => text.includes(q))) return undefined;
  return { start, text };
}

/**
 * The posts written before a name, each with the unit written before it:
 * 现任泰州市公安局治安支队政委、公安海陵分局城东派出所一任所长兼党支部书记.
 */
function postsBefore(s: string, base: number, postStart: number, postEnd: number, units: readonly UnitMention[]): PersonPost[] {
  return postChainBefore(s, base, postStart, postEnd, units).posts;
}

/** The posts written before a name, and where the first of them (or its unit) starts. */
function postChainBefore(
  s: string, base: number, postStart: number, postEnd: number, units: readonly UnitMention[],
): { posts: PersonPost[]; start: number } {
  const posts: PersonPost[] = [];
  let ps = postStart;
  let pe = postEnd;
  let start = ps;
  for (let guard = 0; guard < 4; guard++) {
    const role = roleOf(s.slice(ps, pe));
    const post: PersonPost = { role };
    // A Party post: the body's head is part of it (党总支书记), and the unit written before it owns the body.
    const partyHead = PARTY_HEADS.find((h) => s.startsWith(h.head, ps)) ?? (s.startsWith('支部', ps) ? BARE_BRANCH_HEAD : undefined);
    const overlapping = units.find((u) => u.end - base === ps + (partyHead?.head.length ?? -1) && u.start - base < ps);
    let tenureLength = 0; // 一任所长: the tenure word before the post
    if (partyHead && overlapping && overlapping.segments.length > 1) {
      post.unit = overlapping;
    } else {
      if (partyHead) post.partyBody = partyHead;
      tenureLength = TENURE_PREFIX.exec(s.slice(Math.max(0, ps - 4), ps))?.[0].length ?? 0;
      const left = ps - tenureLength;
      post.unit = units.find((u) => u.end - base === left && !(partyHead && u.start - base === ps));
    }
    // 政治处主任, 治安副所长: a department or a branch written right before the post is part of it
    // (ANNOTATION.md rule 8), and the post is held in the unit written before that.
    const department =
      post.unit && post.unit.segments.length === 0 && DEPARTMENTS.has(post.unit.surface) && !RANK_POSTS.test(role) ? post.unit : undefined;
    const branch = !post.unit && !partyHead && !RANK_POSTS.test(role) ? BRANCH_BEFORE.exec(s.slice(Math.max(0, ps - 6), ps))?.[0] : undefined;
    const compound = department?.surface ?? branch;
    if (compound) {
      // A department may be a unit the article names (110指挥中心): member-of.ts decides between the two readings.
      if (department) post.department = department;
      else post.role = compound + post.role;
      const at = department ? department.start - base : ps - compound.length;
      post.unit = units.find((u) => u.end - base === at && u.segments.length > 0);
      if (!post.unit) start = at;
    }
    // 服务队队员、民警X: a member of a team the unit runs holds no post in a unit by it.
    if (!(role === '队员' && !post.unit && s[ps - 1] === '队')) posts.push(post);
    const postStart = compound && !post.unit ? start : ps;
    start = post.unit ? post.unit.start - base : postStart;
    // Continue leftwards over 兼 / 、 when another post ends there.
    const from = post.unit ? post.unit.start - base : postStart - (compound ? 0 : tenureLength);
    const joiner = s[from - 1];
    if (joiner !== '兼' && joiner !== '、') break;
    const prev = lastPostEnding(s, from - 1);
    if (prev === undefined) break; // 0 is a post at the sentence's start
    ps = prev;
    pe = from - 1;
  }
  return { posts, start };
}

/** The post a written post names: 执勤民警 and 老民警 are 民警. */
function roleOf(written: string): string {
  const modifier = MODIFIER_RE.exec(written);
  return modifier && modifier[0].length < written.length && POSTS.includes(written.slice(modifier[0].length))
    ? written.slice(modifier[0].length)
    : written;
}

function lastPostEnding(s: string, end: number): number | undefined {
  let best: number | undefined;
  for (const p of POSTS) if (end - p.length >= 0 && s.startsWith(p, end - p.length) && (best === undefined || end - p.length < best)) best = end - p.length;
  return best;
}
