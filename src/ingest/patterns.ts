// Pattern pieces the rules share, spelled once: character classes for Han
// characters and numerals (as regex class bodies, to build patterns with),
// years, and the marks that break a clause.

/** Han characters (CJK Unified Ideographs), as a class body: `[${HAN}]`. */
export const HAN = '\\u4e00-\\u9fff';

/** Chinese numerals one to ten, as in ordinals and grades (第三, 三等功). */
export const CN_DIGITS = '一二三四五六七八九十';

/** Numerals that count things: digits, 一…十, 两, 百 (3名, 十二个, 两位). */
export const COUNT = `\\d${CN_DIGITS}两百`;

/** Marks that end a clause inside a sentence. */
export const CLAUSE_BREAK = /[,;:]/;

/** A year something happened in (2021年); 2019年以来 opens a period, in which no one year is stated. */
export const YEAR = /((?:19|20)\d{2})年(?!以来|来|至今|起|开始)/g;
