// Reading a person's name at a position of a sentence: a surname and one or
// two characters, with jieba's word boundaries deciding between two and three
// (readName); Tibetan names from their stock of syllables; Uyghur and Kazakh
// names joined by a middle dot; names the tagger does not know or reads as
// transliterated (Mongolian); and names the dictionary knows as words, where
// what follows shows them to be names. Where the genre puts a name is decided
// in people.ts.
import { allHan, isHan } from '../patterns.js';
import { alternation } from '../lexicon/common.js';
import { FOUNDING_VERBS } from '../lexicon/initiatives.js';
import { LEADING_VERBS, NAME_STOP_CHARS, NOT_GIVEN_NAMES, POSTS, SPEECH_VERBS, SURNAMES, SURNAMES_COMPOUND, TIBETAN_NAME_SYLLABLES } from '../lexicon/people.js';
import { isKnownWordNotName, type Token } from '../segment.js';

export const SURNAME_SET = new Set(SURNAMES);
export const POST_START = new RegExp(`^(?:${alternation(POSTS)})`);
// What follows a name that the dictionary also knows as a word: 等 / 、 (a list), 在 / 被 / 是, a speech verb.
const SUBJECT_FOLLOWER = `[等、在被是]|${alternation(SPEECH_VERBS)}`;
export const LISTED_NAME_FOLLOWER = new RegExp(`^(?:${SUBJECT_FOLLOWER})`);
const LEADING_VERB_SET = new Set([...LEADING_VERBS, ...FOUNDING_VERBS]);
// Tags of common nouns, verbs and pronouns: such a word after a post is what the post does, not who holds it.
const NOT_NAME_TAGS = /^(?:n|v|vn|r|m|q|p|c|u)$/;
// A list item of two or three characters and what ends it: a list mark, a clause mark, or what a subject takes.
const LIST_ITEM = new RegExp(`^([\\u4e00-\\u9fff]{2,3}?)(?=[、,;。和及与]|$|${SUBJECT_FOLLOWER})`);
const STREET_ENDINGS = new Set('路街巷村');
const HONOUR_AFTER = /^(?:嘉奖|记(?:个人|集体)?[一二三]等功|记功|通报|荣立|荣获|荣记)/;
const NAME_DOTS = new Set(['·', '•', '・', '‧']);
const DOT_AHEAD = /[·•・‧]/;
const FOREIGN_NAME_TAGS = new Set(['x', 'nrt']);
const MAX_FOREIGN_NAME = 5;
const AFTER_UNKNOWN_NAME = new RegExp(`^(?:[,。;!?]|$|${alternation(SPEECH_VERBS)})`);

/**
 * The name starting at `at`, or undefined. Length: surname + 1 or 2; the
 * third character is kept unless it stops names or starts a longer word.
 */
// 杨春和介绍: 和 right before a speech verb ends a name; it joins nothing.
const ENDS_ON_AND = new RegExp(`^和(?:${alternation(SPEECH_VERBS)})`);

export function readName(s: string, at: number, tokens: readonly Token[]): string | undefined {
  const compound = SURNAMES_COMPOUND.find((c) => s.startsWith(c, at));
  const surnameLength = compound ? 2 : SURNAME_SET.has(s[at]!) ? 1 : 0;
  if (!surnameLength) return undefined;
  const g1 = at + surnameLength;
  if (!isHanAt(s, g1) || NAME_STOP_CHARS.has(s[g1]!) || s[g1] === '某') return undefined;
  let end = g1 + 1;
  const g2 = g1 + 1;
  // Tokens partition the sentence, so at most one starts at g2.
  const atG2 = tokens.find((t) => t.start === g2);
  if (isHanAt(s, g2) && (!NAME_STOP_CHARS.has(s[g2]!) || ENDS_ON_AND.test(s.slice(g2, g2 + 4)))) {
    const wordAcross = tokens.find((t) => t.start < g2 && t.end > g2);
    const startsWord = atG2 !== undefined && atG2.word.length >= 2 && isKnownWordNotName(atG2.word, atG2.tag);
    if (!startsWord || (wordAcross !== undefined && wordAcross.start >= at)) end = g2 + 1;
  }
  // 黄东任队长: 任 before a post is the verb "serve as", not a name's last character.
  if (end === g2 + 1 && s[g2] === '任' && POST_START.test(s.slice(g2 + 1, g2 + 8))) end = g2;
  // 韩冬记个人二等功, 陈红嘉奖: the honour after the name starts there.
  if (end === g2 + 1 && HONOUR_AFTER.test(s.slice(g2, g2 + 8))) end = g2;
  // 平安/a 路/n: a word and a loose 路 / 街 is a street, not a name.
  if (end === g2 + 1 && STREET_ENDINGS.has(s[g2]!) && atG2?.end === g2 + 1) return undefined;
  if (s[end] === '某') return undefined;
  const name = s.slice(at, end);
  // A dictionary word that starts with a surname (幸福感, 荣立, 干事) is not a name; jieba tags
  // the names it does not know 'x'.
  const word = tokens.find((t) => t.start === at);
  // …unless the name runs on over a loose character the word leaves behind (方志/n 远/a: 方志远).
  const overLooseChar = end === g2 + 1 && word?.end === g2 && atG2?.end === g2 + 1;
  if (word && word.word.length >= 2 && word.end > g1 && !overLooseChar && isKnownWordNotName(word.word, word.tag)) return undefined;
  if (NOT_GIVEN_NAMES.has(name.slice(surnameLength))) return undefined;
  // 向先进典型看齐, 向骆建军同志学习: a preposition that is also a surname (向/p) opens no name where a
  // word runs on past the name's end, or a name starts right after it.
  if (word?.tag === 'p' && word.end === g1 && !compound) {
    const after = tokens.find((t) => t.start === g1);
    if ((after && after.end > end) || (after?.tag === 'nr' && readName(s, g1, tokens))) return undefined;
  }
  return name;
}

export const isHanAt = (s: string, i: number) => i < s.length && isHan(s.charCodeAt(i));

/** 所长次仁多吉, 女民警央金: one or two Tibetan name syllables. */
function tibetanName(s: string, at: number): string | undefined {
  let end = at;
  for (let k = 0; k < 2; k++) {
    const syllable = TIBETAN_NAME_SYLLABLES.find((x) => s.startsWith(x, end));
    if (!syllable) break;
    end += syllable.length;
  }
  return end > at ? s.slice(at, end) : undefined;
}

/** 阿依古丽·吐尔逊, 买买提·艾力: Uyghur and Kazakh names join their parts with a middle dot. */
function dottedName(s: string, at: number, tokens: readonly Token[]): string | undefined {
  if (!DOT_AHEAD.test(s.slice(at + 2, at + 8))) return undefined;
  let ti = tokens.findIndex((t) => t.start === at);
  let end = at;
  for (let parts = 0; ti >= 0 && ti < tokens.length; parts++) {
    const part = tokens[ti]!;
    if (part.word.length < 2 || part.word.length > 6 || !allHan(part.word)) break;
    end = part.end;
    if (!NAME_DOTS.has(tokens[ti + 1]?.word ?? '')) return parts > 0 ? s.slice(at, end) : undefined;
    ti += 2;
  }
  return undefined;
}

/** A dotted, Tibetan or surnamed name, starting at `at`. */
export const personName = (s: string, at: number, tokens: readonly Token[]) => dottedName(s, at, tokens) ?? tibetanName(s, at) ?? readName(s, at, tokens);

/** The name of `length` characters ending at `end`, when it reads as exactly that name. */
export function nameEndingAt(s: string, end: number, tokens: readonly Token[]): { at: number; name: string } | undefined {
  for (const length of [4, 3, 2]) {
    const at = end - length;
    if (at < 0) continue;
    const name = personName(s, at, tokens);
    if (name && name.length === length) return { at, name };
  }
  return undefined;
}

/** 授予李娜(…辅警): before a bracketed post, a name the dictionary knows (李娜/nr) is still a name. */
export function taggedNameEndingAt(end: number, tokens: readonly Token[]): { at: number; name: string } | undefined {
  const word = tokens.find((t) => t.end === end);
  return word && taggedName(word) ? { at: word.start, name: word.word } : undefined;
}

/** 名叫杨建华的: the word the tagger reads as a name (杨建华/nr) starting at `at`. */
export function taggedNameAt(at: number, tokens: readonly Token[]): string | undefined {
  const word = tokens.find((t) => t.start === at);
  return word && taggedName(word) ? word.word : undefined;
}

const taggedName = (word: Token) => word.tag === 'nr' && word.word.length >= 2 && word.word.length <= 3 && SURNAME_SET.has(word.word[0]!);

/**
 * 民警高远等58人, 民警向阳在…, 大队长于海洋说: a word the dictionary knows (高远
 * "lofty", 向阳 "sunward") is still a name when it stands after a post and
 * before a list mark, a speech verb or the verb a subject takes (在, 被, 是).
 * Common nouns and verbs (民警干部等) are not. One the dictionary tags as a
 * name (田野/nr, 高峰/nr) is one before a verb of taking charge or founding too
 * (科长田野牵头成立…): after a post, jieba's name-tagged common words are
 * nearly always names, and these verbs leave no other reading of the subject.
 */
export function listedName(s: string, at: number, tokens: readonly Token[]): string | undefined {
  const word = tokens.find((t) => t.start === at);
  if (!word || word.word.length < 2 || word.word.length > 3 || !SURNAME_SET.has(word.word[0]!) || NOT_NAME_TAGS.test(word.tag)) return undefined;
  const next = tokens.find((t) => t.start === word.end);
  const leads = word.tag === 'nr' && next !== undefined && LEADING_VERB_SET.has(next.word);
  return leads || LISTED_NAME_FOLLOWER.test(s.slice(word.end, word.end + 2)) ? word.word : undefined;
}

/**
 * 名叫额尔敦的, 辅警吉日格勒: a name with no surname (Mongolian, Uyghur) is a word the tagger does
 * not know, or reads as a transliterated name (吉日/nrt 格勒/nrt).
 */
export function unknownName(s: string, at: number, tokens: readonly Token[]): string | undefined {
  let end = at;
  for (let ti = tokens.findIndex((t) => t.start === at); ti >= 0 && ti < tokens.length && FOREIGN_NAME_TAGS.has(tokens[ti]!.tag); ti++) {
    end = tokens[ti]!.end;
  }
  if (end - at < 2 || end - at > MAX_FOREIGN_NAME) return undefined;
  const name = s.slice(at, end);
  return allHan(name) ? name : undefined;
}

/**
 * 他是辅警额尔敦: after a post, such a word is a name where the clause ends or its subject speaks;
 * one the tagger reads as a transliterated name (nrt) is one wherever it stands.
 */
export function unknownNameEnding(s: string, at: number, tokens: readonly Token[]): string | undefined {
  const name = unknownName(s, at, tokens);
  if (!name) return undefined;
  const transliterated = tokens.every((t) => t.end <= at || t.start >= at + name.length || t.tag === 'nrt');
  return transliterated || AFTER_UNKNOWN_NAME.test(s.slice(at + name.length)) ? name : undefined;
}

/** 民警陶然、顾家豪被…: an item of a list of names, bounded by list marks, is a name even where the dictionary knows its start (顾家). */
export function delimitedName(s: string, at: number): string | undefined {
  const item = LIST_ITEM.exec(s.slice(at, at + 8))?.[1];
  if (!item || !SURNAME_SET.has(item[0]!) || item.includes('某') || NAME_STOP_CHARS.has(item[1]!)) return undefined;
  return item;
}
