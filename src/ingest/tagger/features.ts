// The tagger's features: for every character of a sentence, TEMPLATE_COUNT
// 32-bit keys, each a hash of a template id and the values it looks at.
// Character n-grams in a ±2 window, character classes, jieba's word boundary
// and part-of-speech tag, and the genre lexicons (surnames, posts, unit
// heads). Keys are computed from character codes into a typed array, so that
// tagging builds no feature strings; the model maps keys to weight rows and
// ignores keys it has no weights for. Training and tagging share this module,
// so a change to any template needs a retrained model (FEATURE_VERSION).
import { createHash } from 'node:crypto';
import { CN_DIGITS, isHan } from '../patterns.js';
import { POSTS, SURNAMES, SURNAMES_COMPOUND } from '../lexicon/people.js';
import { POLICE_BRANCHES, UNIT_HEADS } from '../lexicon/units.js';
import type { Token } from '../segment.js';
import { LexiconMarks } from './lexicon-marks.js';

/** Bumped whenever a template changes: a model trained on other features is refused. */
export const FEATURE_VERSION = 1;
export const TEMPLATE_COUNT = 20;

// Character classes (0 is the sentence boundary).
const CLASS_HAN = 1;
const CLASS_DIGIT = 2;
const CLASS_NUMERAL = 3;
const CLASS_LATIN = 4;
const CLASS_PUNCT = 5;
const CLASS_SPACE = 6;
const CLASS_OTHER = 7;
/** Chinese numerals: the digits, zero, 两, and the units of larger numbers. */
const CHINESE_NUMERALS = `${CN_DIGITS}零〇两百千万亿`;

const charClass = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) {
  if (isHan(c)) charClass[c] = CLASS_HAN;
  else if (c >= 48 && c <= 57) charClass[c] = CLASS_DIGIT;
  else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) charClass[c] = CLASS_LATIN;
  else if (c === 32 || c === 9 || c === 10 || c === 0x3000) charClass[c] = CLASS_SPACE;
  else if ((c >= 33 && c <= 126) || (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef))
    charClass[c] = CLASS_PUNCT;
  else charClass[c] = CLASS_OTHER;
}
for (const ch of CHINESE_NUMERALS) charClass[ch.charCodeAt(0)] = CLASS_NUMERAL;

/**
 * A digest of the lexicons the features (and jieba's genre dictionary, segment.ts) read. A model records the
 * digest it was trained with: when a lexicon changes, the committed model no longer matches the features
 * exactly, and eval:tagger says it is due for retraining.
 */
export const LEXICON_DIGEST = createHash('sha256')
  .update(JSON.stringify([SURNAMES, SURNAMES_COMPOUND, POSTS, UNIT_HEADS.map((h) => h.head), POLICE_BRANCHES]))
  .digest('hex')
  .slice(0, 16);

const surname = new Uint8Array(65536);
for (const s of SURNAMES) surname[s.charCodeAt(0)] = 1;
const compoundSurnames = new LexiconMarks(SURNAMES_COMPOUND);
const posts = new LexiconMarks(POSTS);
const unitWords = new LexiconMarks([...UNIT_HEADS.map((h) => h.head), ...POLICE_BRANCHES]);

// Sentence boundary stand-ins for characters and words outside the sentence.
const BOS = 0x10001;
const EOS = 0x10002;
const PAD = 2; // window reach on each side

// Word-boundary positions.
const W_BEGIN = 1;
const W_MIDDLE = 2;
const W_END = 3;
const W_SINGLE = 4;

// Odd multipliers: a value times one of these spreads over all 32 bits, and
// keys combine such products by XOR before one final avalanche (murmur3's fmix).
const M1 = 0x9e3779b1 | 0;
const M2 = 0x85ebca77 | 0;
const M3 = 0xc2b2ae3d | 0;
/** Per-template salts, so that equal values in different templates give different keys. */
const SALT = Int32Array.from({ length: TEMPLATE_COUNT }, (_, k) => Math.imul(k + 1, 0x27d4eb2f));

/** A hash of a string, for jieba's part-of-speech tags. */
function hashString(s: string): number {
  let h = 0x5bd1e995;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), M1);
  return Math.imul(h ^ (h >>> 15), M2);
}

const tagHashes = new Map<string, number>();
function tagHash(tag: string): number {
  let h = tagHashes.get(tag);
  if (h === undefined) tagHashes.set(tag, (h = hashString(tag)));
  return h;
}

/** Per-character scratch arrays, grown to the longest sentence seen and reused. */
class Scratch {
  capacity = 0;
  codes = new Uint16Array(0);
  padded = new Int32Array(0); // codes with PAD boundary markers on each side
  // Padded codes times M1, M2, M3: n-gram keys XOR these.
  a1 = new Int32Array(0);
  a2 = new Int32Array(0);
  a3 = new Int32Array(0);
  cls = new Int32Array(0); // classes, padded the same way
  wordPos = new Uint8Array(0);
  wordHash = new Int32Array(0);
  wordTag = new Int32Array(0);
  prevTag = new Int32Array(0);
  nextTag = new Int32Array(0);
  wordLen = new Uint8Array(0);
  post = new Uint8Array(0);
  unit = new Uint8Array(0);
  compound = new Uint8Array(0);

  ensure(n: number): void {
    if (n <= this.capacity) return;
    const c = Math.max(n, this.capacity * 2, 256);
    this.capacity = c;
    this.codes = new Uint16Array(c);
    this.padded = new Int32Array(c + 2 * PAD);
    this.a1 = new Int32Array(c + 2 * PAD);
    this.a2 = new Int32Array(c + 2 * PAD);
    this.a3 = new Int32Array(c + 2 * PAD);
    this.cls = new Int32Array(c + 2 * PAD);
    this.wordPos = new Uint8Array(c);
    this.wordHash = new Int32Array(c);
    this.wordTag = new Int32Array(c);
    this.prevTag = new Int32Array(c);
    this.nextTag = new Int32Array(c);
    this.wordLen = new Uint8Array(c);
    this.post = new Uint8Array(c);
    this.unit = new Uint8Array(c);
    this.compound = new Uint8Array(c);
  }
}

const scratch = new Scratch();
const NO_TAG = tagHash('<none>');
const BOUNDARY_TAG = tagHash('<s>');

/** Word-level facts for every character, from jieba's tokens (characters no token covers count as one-character words). */
function fillWords(s: Scratch, text: string, tokens: readonly Token[]): void {
  const n = text.length;
  s.wordPos.fill(W_SINGLE, 0, n);
  s.wordTag.fill(NO_TAG, 0, n);
  s.wordLen.fill(1, 0, n);
  for (let i = 0; i < n; i++) s.wordHash[i] = s.a3[i + PAD]!;
  s.prevTag.fill(BOUNDARY_TAG, 0, n);
  s.nextTag.fill(BOUNDARY_TAG, 0, n);
  let prev = BOUNDARY_TAG;
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!;
    const start = Math.max(0, tok.start);
    const end = Math.min(n, tok.end);
    if (end <= start) continue;
    const th = tagHash(tok.tag);
    const next = t + 1 < tokens.length ? tagHash(tokens[t + 1]!.tag) : BOUNDARY_TAG;
    let wh = 0x2f6b3a1;
    for (let i = start; i < end; i++) wh = Math.imul(wh ^ s.codes[i]!, M1);
    const len = Math.min(end - start, 6);
    for (let i = start; i < end; i++) {
      s.wordPos[i] = end - start === 1 ? W_SINGLE : i === start ? W_BEGIN : i === end - 1 ? W_END : W_MIDDLE;
      s.wordHash[i] = wh;
      s.wordTag[i] = th;
      s.prevTag[i] = prev;
      s.nextTag[i] = next;
      s.wordLen[i] = len;
    }
    prev = th;
  }
}

/**
 * The feature keys of every character of `text`: `out[i * TEMPLATE_COUNT + k]` is template k at character i.
 * `tokens` are jieba's words of `text` (offsets into it). Returns `out`, allocated when not given or too small.
 */
export function featureKeys(text: string, tokens: readonly Token[], out?: Uint32Array): Uint32Array {
  const n = text.length;
  const K = TEMPLATE_COUNT;
  if (!out || out.length < n * K) out = new Uint32Array(n * K);
  const s = scratch;
  s.ensure(n);
  const codes = s.codes;
  const p = s.padded;
  const cls = s.cls;
  for (let i = 0; i < PAD; i++) {
    p[i] = BOS;
    p[n + PAD + i] = EOS;
    cls[i] = 0;
    cls[n + PAD + i] = 0;
  }
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    codes[i] = c;
    p[i + PAD] = c;
    cls[i + PAD] = charClass[c]!;
  }
  const { a1, a2, a3 } = s;
  for (let j = 0; j < n + 2 * PAD; j++) {
    a1[j] = Math.imul(p[j]!, M1);
    a2[j] = Math.imul(p[j]!, M2);
    a3[j] = Math.imul(p[j]!, M3);
  }
  fillWords(s, text, tokens);
  posts.mark(codes, n, s.post);
  unitWords.mark(codes, n, s.unit);
  compoundSurnames.mark(codes, n, s.compound);

  // Each template's values combined by XOR of their products with the multipliers…
  for (let i = 0; i < n; i++) {
    const j = i + PAD;
    const o = i * K;
    const wp = s.wordPos[i]!;
    const tag0 = s.wordTag[i]!;
    // Characters, bigrams, a skip bigram and trigrams in the ±2 window.
    out[o] = a1[j - 2]! ^ SALT[0]!;
    out[o + 1] = a1[j - 1]! ^ SALT[1]!;
    out[o + 2] = a1[j]! ^ SALT[2]!;
    out[o + 3] = a1[j + 1]! ^ SALT[3]!;
    out[o + 4] = a1[j + 2]! ^ SALT[4]!;
    out[o + 5] = a1[j - 2]! ^ a2[j - 1]! ^ SALT[5]!;
    out[o + 6] = a1[j - 1]! ^ a2[j]! ^ SALT[6]!;
    out[o + 7] = a1[j]! ^ a2[j + 1]! ^ SALT[7]!;
    out[o + 8] = a1[j + 1]! ^ a2[j + 2]! ^ SALT[8]!;
    out[o + 9] = a1[j - 1]! ^ a2[j + 1]! ^ SALT[9]!;
    out[o + 10] = a1[j - 2]! ^ a2[j - 1]! ^ a3[j]! ^ SALT[10]!;
    out[o + 11] = a1[j - 1]! ^ a2[j]! ^ a3[j + 1]! ^ SALT[11]!;
    out[o + 12] = a1[j]! ^ a2[j + 1]! ^ a3[j + 2]! ^ SALT[12]!;
    // Character classes of the ±2 window (digits before 年, Latin runs, punctuation around names).
    out[o + 13] = Math.imul((cls[j - 2]! << 12) | (cls[j - 1]! << 9) | (cls[j]! << 6) | (cls[j + 1]! << 3) | cls[j + 2]!, M1) ^ SALT[13]!;
    // jieba: where the character sits in its word, with the word's tag, the word itself, and the tags around it.
    out[o + 14] = Math.imul(wp, M1) ^ Math.imul(tag0, M2) ^ SALT[14]!;
    out[o + 15] = Math.imul(wp, M1) ^ Math.imul(s.wordHash[i]!, M2) ^ SALT[15]!;
    out[o + 16] = Math.imul(wp, M1) ^ Math.imul(s.prevTag[i]!, M2) ^ Math.imul(tag0, M3) ^ SALT[16]!;
    out[o + 17] = Math.imul(wp, M1) ^ Math.imul(tag0, M2) ^ Math.imul(s.nextTag[i]!, M3) ^ SALT[17]!;
    // Surnames: a surname character (or a compound surname) here or just before, with the word's shape.
    const sur = surname[p[j - 1]! & 0xffff]! | (surname[p[j]! & 0xffff]! << 1) | (s.compound[i]! << 2);
    out[o + 18] = Math.imul(sur | (wp << 4) | (s.wordLen[i]! << 8), M1) ^ SALT[18]!;
    // Posts and unit words: this character's place in one, and whether one ends just before or starts just after it.
    const postBefore = i > 0 ? s.post[i - 1]! : 0;
    const unitAfter = i + 1 < n ? s.unit[i + 1]! : 0;
    out[o + 19] = Math.imul(s.post[i]! | (postBefore << 2) | (s.unit[i]! << 4) | (unitAfter << 6), M1) ^ SALT[19]!;
  }
  // …then mixed (murmur3's finaliser) so that every bit of the key depends on every value; 0 means "no key".
  for (let x = 0, end = n * K; x < end; x++) {
    let h = out[x]!;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    out[x] = h >>> 0 || 1;
  }
  return out;
}
