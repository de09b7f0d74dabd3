// Unit names the article settles itself. A name written between two links of a
// compound (…公安局|金平|分局…) has a head on either side, so its edges are sure;
// a mention of the same unit that runs further left, where the tagger glued a
// word to the name (记金平分局 in a headline, 入职少先路派出所), is cut back to it.
// Stations named in full are then found again in their short form (城东所,
// 和平桥所), as is a clause-initial 包场所获评….
import { isHan, matchesOf } from '../patterns.js';
import { alternation, FUNCTION_CHARS, GENERIC_MODIFIERS } from '../lexicon/common.js';
import {
  KIND_OF_PLACE, NOT_STATION_WORDS, PARTY_KINDS, PLACE_SUFFIXES, POLICE_BRANCHES, PROVINCES, SHORT_STATION_HEAD, UNIT_OBJECT_VERBS,
} from '../lexicon/units.js';
import type { Sentence } from '../types.js';
import type { SentenceContext, UnitMention } from './types.js';
import { extend, headOf } from './units.js';

const STATION_NAME = /([\u4e00-\u9fff]{2})派出所/g;
// After a short station name: not a post or a word that 所 starts (所长, 所属).
const NOT_AFTER_SHORT = '(?![长属有以谓在需队])';
const SHORT_STATION_RE = new RegExp(`([\\u4e00-\\u9fff]{2})所${NOT_AFTER_SHORT}`, 'g');
// What a clause-initial unit does next: 包场所获评…
const PREDICATE_START = /^(?:获|荣|被|先后|连续|共|坚持|积极|始终|多次|还|也|均|成功|创新|探索|主动)/;
const NOT_NAMES = new Set([...PROVINCES, ...POLICE_BRANCHES]);
// Characters cut off a name: one or two, never a place (江苏金平) or a name met elsewhere.
const MAX_GLUED = 2;

// Heads whose names the tagger may read as words (解放/v 分局, 团结/a 派出所).
const REPEATED_HEAD_RE = /(?=([\u4e00-\u9fff]{3})(分局|派出所|大队|中队|警务室|警务站))|(?=([\u4e00-\u9fff]{2})(分局|派出所|大队|中队|警务室|警务站))/g;

// The head of the link a lower unit's name follows in a compound name (…公安局|解放|分局).
const LINK_BEFORE = /(?:公安局|分局|公安处|支队|大队|派出所)$/;

/**
 * Names written before the same head more than once (name + head), once of them right after the
 * link above (公安局解放分局): the article's own names, whatever their words (两个派出所 is none).
 */
export function repeatedUnitNames(text: string): Set<string> {
  const seen = new Map<string, number>();
  const linked = new Set<string>();
  for (const m of text.matchAll(REPEATED_HEAD_RE)) {
    for (const [name, head] of [[m[1], m[2]], [m[3], m[4]]]) {
      if (!name || GENERIC_MODIFIERS.has(name) || UNIT_OBJECT_VERBS.has(name) || [...name].some((c) => FUNCTION_CHARS.has(c))) continue;
      seen.set(name + head, (seen.get(name + head) ?? 0) + 1);
      if (LINK_BEFORE.test(text.slice(Math.max(0, m.index! - 3), m.index!))) linked.add(name + head);
    }
  }
  return new Set([...seen].filter(([k, n]) => n > 1 && linked.has(k)).map(([k]) => k));
}

/** Adds short station names to each sentence's unit mentions and cuts glued words off names, in place. */
export function settleUnitNames(contexts: readonly SentenceContext[], unitsBySentence: UnitMention[][]): void {
  const linked = linkedNames(unitsBySentence.flat());
  unitsBySentence.forEach((units, i) => {
    for (const u of units) {
      cutToLinkedName(u, linked);
      extendToLinkedName(u, linked, contexts[i]!.sentence);
    }
  });
  const stations = stationNames(contexts, unitsBySentence.flat());
  // Longer names first: 和平桥所, which the two-character reading would cut to 平桥所.
  const long = [...stations].filter((n) => n.length > 2);
  const longRe = long.length ? new RegExp(`(?:${alternation(long)})所${NOT_AFTER_SHORT}`, 'g') : undefined;
  contexts.forEach((ctx, i) => {
    const units = unitsBySentence[i]!;
    for (const station of shortStations(ctx, units, stations, longRe)) {
      // 东城所党支部: the Party body of a station written short.
      const body = units.find((u) => u.start === station.end && u.reference && PARTY_KINDS.has(u.reference[0]!));
      if (body) {
        units.splice(units.indexOf(body), 1);
        extend(station, ctx.sentence.text, ctx.sentence.start, { start: body.start, end: body.end, core: '', qualifiers: [], head: headOf(body.surface) });
      }
      units.push(station);
    }
    units.sort((a, b) => a.start - b.start);
  });
}

/** Names written between two links of a compound name. */
function linkedNames(mentions: readonly UnitMention[]): Set<string> {
  const names = new Set<string>();
  for (const m of mentions) {
    m.segments.forEach((seg, i) => {
      if (i > 0 && seg.core.length >= 2 && seg.qualifiers.length === 0 && !NOT_NAMES.has(seg.core) && !KIND_OF_PLACE.has(seg.core)) names.add(seg.core);
    });
  }
  return names;
}

function cutToLinkedName(m: UnitMention, linked: ReadonlySet<string>): void {
  const seg = m.segments[0];
  if (!seg || m.former || seg.qualifiers.length || seg.levelOnly || linked.has(seg.core)) return;
  // Only a name read as one loose word (记金平, 职少先路), not a place with its stem.
  if (!m.surface.startsWith(seg.core) || seg.start !== m.start) return;
  for (const name of linked) {
    const glued = seg.core.slice(0, -name.length);
    if (!seg.core.endsWith(name) || glued.length === 0 || glued.length > MAX_GLUED) continue;
    if (linked.has(glued) || NOT_NAMES.has(glued) || PLACE_SUFFIXES.some((p) => glued.endsWith(p))) continue;
    seg.start += glued.length;
    seg.core = name;
    m.start += glued.length;
    m.surface = m.surface.slice(glued.length);
    return;
  }
}

/**
 * 黔/j 灵山路派出所, 中华/nz 北路派出所: where the tagger cut the opening characters off a name the article
 * writes in full between links elsewhere (云岩分局黔灵山路派出所), and they stand right before it, the name runs back over them.
 */
function extendToLinkedName(m: UnitMention, linked: ReadonlySet<string>, sentence: Sentence): void {
  const seg = m.segments[0];
  if (!seg || seg.levelOnly || seg.start !== m.start || m.former) return;
  // The name as written (灵山/ns 路: a place and a word), not as parsed.
  const written = sentence.text.slice(seg.start - sentence.start, seg.end - sentence.start - seg.head.head.length);
  if (written.length < 2 || linked.has(written)) return;
  const before = sentence.text.slice(0, m.start - sentence.start);
  for (const name of linked) {
    const missing = name.slice(0, -written.length);
    if (!name.endsWith(written) || missing.length === 0 || missing.length > MAX_GLUED || !before.endsWith(missing)) continue;
    seg.start -= missing.length;
    seg.core = name;
    seg.qualifiers = [];
    m.start -= missing.length;
    m.surface = missing + m.surface;
    return;
  }
}

/** Station names: two characters before 派出所 anywhere in the article, and the names read before a 派出所 head. */
function stationNames(contexts: readonly SentenceContext[], mentions: readonly UnitMention[]): Set<string> {
  const names = new Set<string>();
  for (const { sentence } of contexts) for (const m of sentence.text.matchAll(STATION_NAME)) if (!GENERIC_MODIFIERS.has(m[1]!)) names.add(m[1]!);
  for (const m of mentions) {
    for (const seg of m.segments) if (seg.head.head === '派出所' && seg.core.length >= 2 && seg.core.length <= 4) names.add(seg.core);
  }
  return names;
}

/** 城东所, 和平桥所 (the name of a station met in full), or a clause-initial 包场所获评…. */
function shortStations(
  ctx: SentenceContext, found: readonly UnitMention[], stations: ReadonlySet<string>, longRe: RegExp | undefined,
): UnitMention[] {
  const { sentence, index } = ctx;
  const s = sentence.text;
  const base = sentence.start;
  const out: UnitMention[] = [];
  if (!s.includes('所')) return out;
  const overlaps = (start: number, end: number) => (u: UnitMention) => u.start < end && u.end > start;
  const free = (start: number, end: number) => !found.some(overlaps(start, end)) && !out.some(overlaps(start, end));
  const add = (at: number, name: string) => {
    const start = base + at;
    const end = start + name.length + 1;
    out.push({ start, end, surface: name + '所', sentence: index, segments: [{ start, end, core: name, qualifiers: [], head: SHORT_STATION_HEAD }] });
  };
  if (longRe) {
    for (const m of s.matchAll(longRe)) if (free(base + m.index!, base + m.index! + m[0].length)) add(m.index!, m[0].slice(0, -1));
  }
  for (const m of matchesOf(SHORT_STATION_RE, s)) {
    const name = m[1]!;
    if (NOT_STATION_WORDS.has(m[0]) || !free(base + m.index, base + m.index + 3)) continue;
    const prev = s[m.index - 1];
    const clauseInitial = prev === undefined || !isHan(prev.charCodeAt(0));
    if (!stations.has(name) && !(clauseInitial && PREDICATE_START.test(s.slice(m.index + 3)))) continue;
    add(m.index, name);
  }
  return out;
}
