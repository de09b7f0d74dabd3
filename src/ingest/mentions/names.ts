// The name part of a compound: the words right before a head (公安局, 医院),
// read leftwards over the tagged words while they can belong to a name —
// places, police branches, unknown words, short nouns — and stopping at verbs,
// prepositions, numbers, generic modifiers and punctuation.
import { alternation, FUNCTION_CHARS, GENERIC_MODIFIERS } from '../lexicon/common.js';
import { HONOUR_VERBS } from '../lexicon/honours.js';
import { ESTABLISHING_VERBS } from '../lexicon/initiatives.js';
import { FORMER_PREFIXES, PLACE_SUFFIXES, POLICE_BRANCHES, PROVINCE_SET, SHORT_HEAD_CHARS, UNIT_OBJECT_VERBS } from '../lexicon/units.js';
import { isFullPlaceName, placeLevel } from '../lexicon/places.js';
import { COUNT, allHan, matchesOf } from '../patterns.js';
import type { Token } from '../segment.js';

const NAME_TAGS = new Set(['x', 'zg', 'nz', 'nr', 'nrt', 'nrfg', 'ns', 'nt', 'j', 's', 'n', 'b', 'ng', 'nb', 'nx', 'eng', 'an', 'vn', 'i', 'l']);
/** Ordinals inside names: 合肥市第八人民医院. */
const ORDINAL = new RegExp(String.raw`^第?[${COUNT}]{1,3}$`);
/** Nouns that are never part of a unit or organisation name. */
const NOUN_STOPS = new Set([
  '现任', '原任', '时任', '民警', '辅警', '群众', '领导', '单位', '部门', '机关', '公安机关', '队伍', '工作', '人员', '同志',
  '基地', '全体', '党员', '干部', '职工', '青年', '企业', '活动', '期间', '时间', '服务', '分工', '任务', '关系',
  // 经市局党委研究: "after (the body) studied it", tagged a noun when it stands alone.
  '经',
]);
const POLICE_BRANCH_SET = new Set(POLICE_BRANCHES);
const POLICE_BRANCHES_LONGEST = [...POLICE_BRANCHES].sort((a, b) => b.length - a.length);
/** Words ending like a place that are not places (besides GENERIC_MODIFIERS: 辖区, 全市). */
const NOT_PLACES = new Set([
  '城区', '社区', '景区', '市区', '园区', '校区', '郊区', '山区', '小区', '街区', '片区', '老区', '管区', '警区',
  '分区', '本市', '城市', '超市', '都市', '灾区', '疫区', '商业区', '开发区', '城乡',
]);
/** Areas that name the units policing them (开发区交警大队, 景区派出所), though they are no place names. */
const AREA_WORDS = new Set(['开发区', '高新区', '经开区', '新区', '园区', '工业园区', '景区', '保税区', '港区']);
const SERVICE_NUMBER = /^\d{3,5}$/;
/** Facilities that name the police serving them (白云机场公安局, 北海港派出所). */
const FACILITY_END = /(?:机场|车站|港|码头|口岸)$/;
/** Verbs that open a new unit or body: 成立半汤高速路口工作专班. The name runs from the verb to the head. */
const OPENING_VERBS = new RegExp(`(?:${alternation(['挂牌成立', ...ESTABLISHING_VERBS.map((v) => `${v}了`), ...ESTABLISHING_VERBS, '新建', '组成'])})`, 'g');
const MAX_NAME = 12;
// 占全支队, 郑浩是支队: the tagger glued a word to 全 / 各 or to a verb or preposition.
const GLUED_GENERIC = /[全各该本每是在的了对被把将向从为]$/;
// One-character verbs that open a clause before a unit (有市公安局…, 获省公安厅…, 任区公安局…).
const GLUED_VERB_CHARS = new Set('有获任赴经据入调驻至受系记'.split(''));
const DEMONSTRATIVE_CHARS = new Set('这那该本此每各其'.split(''));
// Verbs the tagger may read as names (荣获/nr): an honour or a founding is never part of a unit's name.
const VERB_STOPS = new Set([...HONOUR_VERBS, '荣获', '获评', '荣立', '组建', '成立', '举行', '召开', '开展', '表示', '介绍']);
// Sectors whose police are named by them before their place: 民航吉林机场公安局, 铁路.
const SECTOR_WORDS = new Set(['民航', '中国民航']);

/** How many characters open `word` as glue: prepositions, demonstratives and one-character verbs (以栎社, 这是). */
function gluedOpening(word: string): number {
  let n = 0;
  while (n < word.length && (FUNCTION_CHARS.has(word[n]!) || DEMONSTRATIVE_CHARS.has(word[n]!) || GLUED_VERB_CHARS.has(word[n]!))) n++;
  return n;
}
const MAX_UNKNOWN = 6;
// Idioms and set phrases name a body only right before its head (见义勇为基金会).
const PHRASE_TAGS = new Set(['i', 'l']);

// Tags of the proper-name words a rare name's first part is tagged with (康巴/nr 什/r).
const PROPER_TAGS = new Set(['nr', 'ns', 'nz', 'nrt', 'x']);

/** A police branch of several words ending at `end` (空中/s 警察/v), starting on a word boundary no earlier than `floor`. */
function branchEndingAt(text: string, tokens: readonly Token[], end: number, floor: number): { word: string; start: number } | undefined {
  for (const word of POLICE_BRANCHES_LONGEST) {
    const start = end - word.length;
    if (start >= floor && text.startsWith(word, start) && tokens.some((t) => t.start === start)) return { word, start };
  }
  return undefined;
}

/** 康巴/nr 什/r 大队: the tagger split a rare name and tagged its last character as a function word. */
function splitNameTail(tokens: readonly Token[], ti: number, first: boolean, beforeStation: boolean): boolean {
  const t = tokens[ti]!;
  const prev = tokens[ti - 1];
  // 柳州/ns 站/v 派出所: a railway station's name ends in 站, a head char elsewhere.
  const headChar = SHORT_HEAD_CHARS.test(t.word) && !(beforeStation && t.word === '站');
  return (
    first && t.word.length === 1 && !FUNCTION_CHARS.has(t.word) && !GLUED_GENERIC.test(t.word) && !headChar &&
    prev !== undefined && prev.end === t.start && prev.word.length >= 2 && PROPER_TAGS.has(prev.tag)
  );
}

export interface NamePart {
  text: string;
  place: boolean;
  branch: boolean;
  /** A word of jieba's dictionary (向阳/nr): a function character opening it is no glued preposition. */
  word?: boolean;
}

export interface ParsedName {
  /** Offset (in the tagged string) where the name starts; equals the head start when there is none. */
  start: number;
  parts: NamePart[];
  /** 原城东水上派出所: the name was written with a "former" prefix. */
  former: boolean;
}

export const placeStem = (w: string) => {
  for (const suf of PLACE_SUFFIXES) if (w.length > suf.length + 1 && w.endsWith(suf)) return w.slice(0, -suf.length);
  return w;
};

function isPlaceWord(word: string, tag: string): boolean {
  if (NOT_PLACES.has(word) || GENERIC_MODIFIERS.has(word)) return false;
  if (tag === 'ns' || PROVINCE_SET.has(word) || placeLevel(word) !== undefined) return true;
  return word.length >= 3 && PLACE_SUFFIXES.some((s) => word.endsWith(s)) && !FUNCTION_CHARS.has(word[0]!);
}

const BRACKETED_BEFORE = /\([\u4e00-\u9fff]{2,8}\)$/;

/**
 * Reads the name before `headStart` in `text` (whose tokens are `tokens`),
 * never left of `limit`. `maxNounWord`: the longest common noun accepted right
 * before the head (organisation names take longer ones: 电子科技大学).
 */
export function parseNameBefore(
  text: string,
  tokens: readonly Token[],
  limit: number,
  headStart: number,
  maxNounWord = 3,
): ParsedName {
  // 经开区(综保区)分局: the place's second name in brackets stays in the unit's name (ANNOTATION.md rule 2).
  const bracket = BRACKETED_BEFORE.exec(text.slice(Math.max(limit, headStart - 10), headStart));
  if (bracket) {
    const named = parseNameBefore(text, tokens, limit, headStart - bracket[0].length, maxNounWord);
    const last = named.parts[named.parts.length - 1];
    if (last) named.parts[named.parts.length - 1] = { ...last, text: last.text + bracket[0] };
    return named;
  }
  const floor = Math.max(limit, headStart - MAX_NAME);
  // An opening verb right before fixes the left edge whatever the words are.
  const window = text.slice(floor, headStart);
  let opened = -1;
  for (const m of matchesOf(OPENING_VERBS, window)) opened = floor + m.index + m[0].length;
  // (Only a verb that is a word of its own: 组成 in 银鹰/组成员 is none.)
  const wordEnd = opened >= 0 && tokens.some((t) => t.end === opened);
  const opening = wordEnd ? text.slice(opened, headStart) : '';
  if (opening.length >= 2 && opening.length <= 10 && allHan(opening) && !FUNCTION_CHARS.has(opening[0]!)) {
    return { start: opened, parts: [{ text: text.slice(opened, headStart), place: false, branch: false }], former: false };
  }

  const parts: NamePart[] = [];
  let ti = tokens.findIndex((t) => t.start < headStart && t.end >= headStart);
  let pos = headStart;
  let sawPlace = false;
  let unknownLength = 0;
  let suffixPending = false; // a lone 区/市/县 was read: the word before it is the place's stem
  for (let first = true; ti >= 0; first = false, ti--) {
    const t = tokens[ti]!;
    // A word that runs into the head (包/场所 for 包场所) gives only its left part.
    const straddles = first && t.end > headStart;
    if (!straddles && t.end !== pos) break;
    // A word across the left limit (支队|长甸) gives only its right part, and ends the name.
    const cut = floor === limit && t.start < floor && t.end > floor && t.end <= headStart && !first;
    const word = straddles ? text.slice(t.start, headStart) : cut ? text.slice(floor, t.end) : t.word;
    const tag = straddles || cut || splitNameTail(tokens, ti, first, text.startsWith('派出所', headStart)) ? 'x' : t.tag;
    const start = cut ? floor : t.start;
    // 110指挥中心: a service number names the office answering it.
    const number = first && SERVICE_NUMBER.test(word);
    if (start < floor || (!allHan(word) && !number) || GENERIC_MODIFIERS.has(word) || UNIT_OBJECT_VERBS.has(word) || VERB_STOPS.has(word)) break;
    // 以栎社/x 派出所, 这是/x 白乌/x: an unknown word opening with a preposition, a demonstrative or a verb
    // is the tagger's glue: the name is what follows them, and ends the name on the left.
    const glued = tag === 'x' && !number && !AREA_WORDS.has(word) ? gluedOpening(word) : 0;
    if (glued > 0) {
      // (从岚/x 州市/n: one character left still opens the word after it.)
      if (word.length - glued >= 2 || (parts.length > 0 && word.length > glued && !FORMER_PREFIXES.includes(word.slice(glued)))) {
        parts.unshift({ text: word.slice(glued), place: isPlaceWord(word.slice(glued), ''), branch: false });
        pos = start + glued;
      }
      break;
    }
    // 民航吉林机场公安局, 铁路…: a sector word opens the name before its place.
    if (SECTOR_WORDS.has(word) && parts.length > 0) {
      parts.unshift({ text: word, place: false, branch: true });
      pos = start;
      continue;
    }
    if (first && tag === 'x' && GLUED_GENERIC.test(word)) break;
    // 有市/x 公安局: the tagger glued a verb or a preposition to the level character standing for the place.
    if (first && word.length === 2 && PLACE_SUFFIXES.includes(word[1]!) && (FUNCTION_CHARS.has(word[0]!) || GLUED_VERB_CHARS.has(word[0]!))) {
      parts.unshift({ text: word[1]!, place: true, branch: false });
      pos = start + 1;
      break;
    }
    // 出入境边防检查站: branch words may stack before the head, and before a number (空中警察五支队);
    // a branch may be written as several words (空中/s 警察/v).
    const branch = branchEndingAt(text, tokens, pos, floor);
    if ((parts.every((p) => p.branch) || parts.every((p) => ORDINAL.test(p.text))) && (POLICE_BRANCH_SET.has(word) || branch)) {
      if (branch && !POLICE_BRANCH_SET.has(word)) {
        parts.unshift({ text: branch.word, place: false, branch: true });
        pos = branch.start;
        ti = tokens.findIndex((t) => t.start === branch.start);
        continue;
      }
      parts.unshift({ text: word, place: false, branch: true });
    } else if (word === '公安') {
      parts.unshift({ text: word, place: false, branch: false });
      pos = start;
      // 邵阳公安交警支队: a city's name before 公安 names the force; anything else ends the name there.
      const place = tokens[ti - 1];
      if (place && place.end === start && place.start >= floor && placeLevel(place.word) !== undefined) {
        parts.unshift({ text: place.word, place: true, branch: false });
        pos = place.start;
      }
      break;
    } else if (
      isPlaceWord(word, tag) ||
      (suffixPending && ((NAME_TAGS.has(tag) && !NOUN_STOPS.has(word)) || isFullPlaceName(word + parts[0]!.text)))
    ) {
      // 清新/a 区: a word the tagger reads otherwise is a place's stem where the gazetteer knows the place.
      suffixPending = false;
      parts.unshift({ text: word, place: true, branch: false });
      sawPlace = true;
    } else if (word.length === 1 && PLACE_SUFFIXES.includes(word) && !sawPlace) {
      // 区 in 区公安局 stands for the district's name.
      parts.unshift({ text: word, place: true, branch: false });
      suffixPending = true;
      sawPlace = true;
    } else if (
      !sawPlace &&
      (NAME_TAGS.has(tag) || ORDINAL.test(word)) &&
      !(PHRASE_TAGS.has(tag) && parts.length > 0) &&
      !NOUN_STOPS.has(word) &&
      // A long common noun is a description (负责管理派出所), unless it is the word right before the head
      // or names a development area (开发区交警大队).
      !(tag === 'n' && word.length > (parts.length === 0 ? maxNounWord : 2) && !AREA_WORDS.has(word) && !(parts.length === 0 && FACILITY_END.test(word))) &&
      unknownLength + word.length <= MAX_UNKNOWN
    ) {
      parts.unshift({ text: word, place: false, branch: false, word: tag !== 'x' && word === t.word });
      unknownLength += word.length;
    } else {
      break;
    }
    pos = start;
  }
  // Merge a lone place suffix into the place before it (海门 + 区).
  for (let i = parts.length - 1; i > 0; i--) {
    const p = parts[i]!;
    if (p.text.length === 1 && PLACE_SUFFIXES.includes(p.text) && parts[i - 1]!.place) {
      parts[i - 1] = { text: parts[i - 1]!.text + p.text, place: true, branch: false };
      parts.splice(i, 1);
    }
  }
  const name = trimLeft(parts, pos, headStart);
  // (原民航黑龙江机场公安局: a former prefix standing as a word of its own before the name.
  const before = tokens.find((t) => t.end === name.start && t.end > t.start);
  if (name.parts.length && before && FORMER_PREFIXES.includes(before.word)) name.former = true;
  return name;
}

/** Drops prepositions glued to the first word (对原城东 → 原城东) and a "former" prefix. */
function trimLeft(parts: NamePart[], start: number, headStart: number): ParsedName {
  let former = false;
  while (parts.length > 0) {
    const p = parts[0]!;
    if (FUNCTION_CHARS.has(p.text[0]!) && !p.place && !p.word) {
      start += 1;
      if (p.text.length === 1) parts.shift();
      else parts[0] = { ...p, text: p.text.slice(1) };
      continue;
    }
    const prefix = FORMER_PREFIXES.find((f) => p.text.startsWith(f) && p.text.length > f.length);
    if (prefix && !p.place) {
      former = true;
      start += prefix.length;
      parts[0] = { ...p, text: p.text.slice(prefix.length) };
      continue;
    }
    if (prefix && p.text === prefix) {
      former = true;
      start += prefix.length;
      parts.shift();
      continue;
    }
    break;
  }
  return { start: parts.length ? start : headStart, parts, former };
}
