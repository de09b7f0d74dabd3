// Pattern pieces the rules share, spelled once: character classes for Han
// characters and numerals (as regex class bodies, to build patterns with),
// years, and the marks that break a clause.

/** Han characters (CJK Unified Ideographs and Extension A), as a class body: `[${HAN}]`. */
export const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff';

/** Whether a UTF-16 code unit is a Han character (the same set as HAN). */
export const isHan = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);

/** Whether every character of `w` is Han (true for ''). */
export const allHan = (w: string) => {
  for (let i = 0; i < w.length; i++) if (!isHan(w.charCodeAt(i))) return false;
  return true;
};

/** Chinese numerals one to ten, as in ordinals and grades (第三, 三等功). */
export const CN_DIGITS = '一二三四五六七八九十';

/** Numerals that count things: digits, 一…十, 两, 百 (3名, 十二个, 两位). */
export const COUNT = `\\d${CN_DIGITS}两百`;

// Character codes, not a regex or a set of strings: these are tested a character at a time,
// in loops that walk to a clause's edge (a regex per character was ~5 % of extraction, and
// s[i] allocates a string for every CJK character).
const COMMA = 0x2c;
const SEMICOLON = 0x3b;
const COLON = 0x3a;

/** Whether the character at `i` of `s` is a mark that ends a clause inside a sentence (, ; :). */
export function isClauseBreakAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c === COMMA || c === SEMICOLON || c === COLON;
}

/** Whether the character at `i` of `s` ends a clause or a sentence (, ; : 。 ! ?). */
export function endsClauseAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c === COMMA || c === SEMICOLON || c === COLON || c === 0x3002 || c === 0x21 || c === 0x3f;
}

/** A year something happened in (2021年); 2019年以来 opens a period, in which no one year is stated. */
export const YEAR = /((?:19|20)\d{2})年(?!以来|来|至今|起|开始)/g;

/** Every match of `re` (global) in `s`, each with its index: a scan with no lastIndex to reset. */
export function matchesOf(re: RegExp, s: string): IterableIterator<RegExpExecArray> {
  return s.matchAll(re) as IterableIterator<RegExpExecArray>;
}
