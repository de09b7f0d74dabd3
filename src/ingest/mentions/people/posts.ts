// Posts before a name and the units they are held in: chains of posts joined
// by 、 or 兼 (现任X派出所所长、党支部书记), Party posts and the body they name,
// departments and branches that are part of a post (政治处主任, 治安副所长),
// the tenure a post is written with (现任 / 原, 曾任, 一任), posts after 是 or
// 现任 with no name after them, profile lines, and honour titles before a name.
import { alternation, TENURE_PREFIX } from '../../lexicon/common.js';
import { TITLE_QUALIFIERS } from '../../lexicon/honours.js';
import { NAME_STOP_CHARS, POSTS, POST_MODIFIERS, RANK_POSTS } from '../../lexicon/people.js';
import { PARTY_KINDS, UNIT_HEADS } from '../../lexicon/units.js';
import type { Token } from '../../segment.js';
import { isHanAt, readName, SURNAME_SET } from '../person-names.js';
import type { PersonPost, UnitMention } from '../types.js';

const PARTY_HEADS = UNIT_HEADS.filter((h) => PARTY_KINDS.has(h.kind));
// A tenure word before a chain of posts and units: 现任, 曾任, 原任, 时任, 退休.
const TENURE_BEFORE = /(?:现任|时任|原任|曾任|前任|退休)$/;
// Departments of a unit that name a post with it (政治部主任, 指挥中心主任).
const DEPARTMENTS = new Set(['政治处', '政治部', '指挥中心', '办公室', '警务保障室', '督察长办公室', '纪检监察室', '宣传科']);
// A police branch written right before a post (治安副所长, 刑侦副大队长), not as a unit's name.
const BRANCH_BEFORE = new RegExp(`(?:${alternation(['治安', '刑侦', '交通', '社区', '户籍', '内勤', '警务', '巡逻', '特警', '交警', '刑警', '禁毒', '经侦', '网安'])})$`);
// 支部书记, 支部副书记: in a police unit a bare 支部 is its Party branch (a League one is written 团支部).
const BARE_BRANCH_HEAD = PARTY_HEADS.find((h) => h.head === '党支部');
const MODIFIER_RE = new RegExp(`^(?:${alternation(POST_MODIFIERS)})`);
const CLAUSE_MARK = /[,;:。!?“”]/;
// Where an honour title before a name starts: after a separator or a verb of emergence.
const TITLE_LEFT_EDGE = /[、,;:“”()了出是为有括和及与等]/;
// 钟　灵: a two-character name padded with a space in a list.
const PADDED_NAME = /^([\u4e00-\u9fff]) ([\u4e00-\u9fff])(?![\u4e00-\u9fff])/;
// Between a name and its posts: a comma, or the spaces of a list line, after a bracketed note of sex or nationality (女, 回族).
const SPACED_NAME = /^([\u4e00-\u9fff]{2,3})(?=(?:\((?:[男女]|[\u4e00-\u9fff]{1,3}族)\))? +)/;
const PROFILE_SEPARATOR = /^(?:\((?:[男女]|[\u4e00-\u9fff]{1,3}族)\))? *(?:,| )/;
// 吴某是该所社区民警, 叫姜某,是向阳所的一名民警: a post after 是 + unit (+ 的一名) belongs to the subject.
const COPULA_UNIT_LINK = /^(?:的(?:一名|一位)?)?$/;
// Verbs of holding an office now, before the posts they open (现任X所副所长).
const HOLDING_OFFICE = /(?:现任|担任|兼任|出任|系|曾任|历任|原任)$/;
// 由黄东任队长: 任 alone, right after a name.
const HOLDING_BY = /任$/;
const TEAM_POST = /^(?:副)?队长$/;

/**
 * 是该所社区民警 / 是向阳所的一名社区民警 / 现任柳林派出所副所长、柳北社区警务室警长: posts after
 * 是 or a verb of holding office, with no name after them, and where that verb stands.
 */
export function copulaPost(
  s: string, base: number, postStart: number, postEnd: number, units: readonly UnitMention[],
): { at: number; posts: PersonPost[] } | undefined {
  if (isHanAt(s, postEnd) && !NAME_STOP_CHARS.has(s[postEnd]!)) return undefined;
  const unit = units.find((u) => u.end - base <= postStart && COPULA_UNIT_LINK.test(s.slice(u.end - base, postStart)));
  if (unit && s[unit.start - base - 1] === '是') return { at: unit.start - base - 1, posts: [{ role: roleOf(s.slice(postStart, postEnd)), unit }] };
  // 兼任望江警务室的警长: a verb of holding office before the unit, and 的 before the post.
  const holdingUnit = unit && unit.end - base < postStart ? HOLDING_OFFICE.exec(s.slice(Math.max(0, unit.start - base - 2), unit.start - base)) : null;
  if (unit && holdingUnit) {
    const tenure = TENURE_BEFORE.exec(holdingUnit[0]);
    const post: PersonPost = { role: roleOf(s.slice(postStart, postEnd)), unit, ...(tenure ? { tenure: tenureOf(tenure[0]) } : {}) };
    return { at: unit.start - base - holdingUnit[0].length, posts: [post] };
  }
  // 由X担任队长: a post named without its unit is a team's, not one in a unit.
  const chain = postChainBefore(s, base, postStart, postEnd, units);
  const holding = HOLDING_OFFICE.exec(s.slice(Math.max(0, chain.start - 2), chain.start)) ?? HOLDING_BY.exec(s.slice(Math.max(0, chain.start - 1), chain.start));
  if (!holding) return undefined;
  const at = chain.start - holding[0].length;
  if (chain.posts.some((p) => p.unit)) return { at, posts: chain.posts };
  return TEAM_POST.test(chain.posts.map((p) => p.role).join()) ? { at, posts: chain.posts.map((p) => ({ ...p, team: true as const })) } : undefined;
}

/** A clause starts two to four characters before `at`: where a name written before a post would open it. */
export function opensClause(s: string, at: number): boolean {
  for (let i = at - 2; i >= Math.max(0, at - 4); i--) if (i === 0 || CLAUSE_MARK.test(s[i - 1]!)) return true;
  return false;
}

/**
 * A sentence that is only a name and its posts: a profile (陈国庆,月湖派出所教导员、党支部书记。) or a
 * line of a published list (沈嘉伟　解放派出所民警), where a two-character name is padded to the width
 * of three (钟　灵) and the sex or nationality may be noted in brackets.
 */
export function profileOpening(
  s: string, base: number, tokens: readonly Token[], units: readonly UnitMention[],
): { name: string; end: number; posts: PersonPost[] } | undefined {
  const padded = PADDED_NAME.exec(s);
  // 蒋文博　市局…: on a list line the name runs to the spaces, whatever words the dictionary finds in it (文博, 杜鹃).
  const spaced = SPACED_NAME.exec(s);
  const name = padded && SURNAME_SET.has(padded[1]!) ? padded[1]! + padded[2]!
    : spaced && SURNAME_SET.has(spaced[1]![0]!) ? spaced[1]! : readName(s, 0, tokens);
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
    // The units written before the post, end to end (市局 | 网安支队三大队 | 大队长).
    const unitBefore = (at: number) => {
      for (let from = pieceStart; ; ) {
        const u = units.find((x) => x.start - base === from);
        if (!u) return false;
        if (u.end - base === at) return true;
        from = u.end - base;
      }
    };
    if (postAt === undefined || postAt < pieceStart || (postAt > pieceStart && !unitBefore(postAt))) return undefined;
    lastPost = postAt;
    pieceStart += piece.length + 1;
  }
  return lastPost < 0 ? undefined : { name, end: nameEnd, posts: postsBefore(s, base, lastPost, end, units) };
}

/** An honour title ending at `end`: from the last separator, and shaped like a title. */
export function titleBefore(s: string, end: number): { start: number; text: string } | undefined {
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
export function postsBefore(s: string, base: number, postStart: number, postEnd: number, units: readonly UnitMention[]): PersonPost[] {
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
      const tenureWord = TENURE_PREFIX.exec(s.slice(Math.max(0, ps - 4), ps))?.[0];
      tenureLength = tenureWord?.length ?? 0;
      if (tenureWord) post.tenure = tenureOf(tenureWord);
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
  // 现任/原任/曾任 before the whole chain (曾任X派出所所长), or 原 before its unit, dates every post of it.
  const chainTenure = TENURE_BEFORE.exec(s.slice(Math.max(0, start - 3), start))?.[0];
  for (const post of posts) {
    post.tenure ??= chainTenure ? tenureOf(chainTenure) : post.unit?.former ? 'former' : undefined;
    if (post.tenure === undefined) delete post.tenure;
  }
  return { posts, start };
}

/** 现任 (and 任) hold a post now; 原, 前任, 曾任, 时任, 首任, 一任, 退休 held it before. */
function tenureOf(word: string): 'current' | 'former' {
  return /^现任$|^任$/.test(word) ? 'current' : 'former';
}

/** The post a written post names: 执勤民警 and 老民警 are 民警. */
export function roleOf(written: string): string {
  const modifier = MODIFIER_RE.exec(written);
  return modifier && modifier[0].length < written.length && POSTS.includes(written.slice(modifier[0].length))
    ? written.slice(modifier[0].length)
    : written;
}

export function lastPostEnding(s: string, end: number): number | undefined {
  let best: number | undefined;
  for (const p of POSTS) if (end - p.length >= 0 && s.startsWith(p, end - p.length) && (best === undefined || end - p.length < best)) best = end - p.length;
  return best;
}
