// The model's weights in memory, laid out for tagging speed: summing feature
// weights is most of tagging's time, and much of that is waiting for memory.
// - One 16-byte slot per feature (open addressing by key), behind a 1 MB bit
//   filter that answers most lookups of unknown n-grams without touching the
//   table.
// - Most features carry weight for a few tags only (a perceptron moves a
//   feature's weights only for the tags it confused): up to SPARSE_MAX
//   (tag, weight) pairs sit in the slot itself.
// - The few features with more (frequent characters, word shapes) point to a
//   dense row, packed two tags to a 32-bit integer, so that a row is 9
//   integer additions instead of 17.
// Weights are 8-bit integers (multiples of the model's step), summed as integers.
import { TEMPLATE_COUNT } from './features.js';
import { TAG_COUNT } from './tags.js';

const T = TAG_COUNT;
// emissions() spells out one packed sum per pair of tags.
if (T !== 17) throw new Error('WeightTable.emissions is written for 17 tags');

const SLOT_BYTES = 16;
const COUNT_BYTE = 4;
const PAIRS_BYTE = 5;
/** Pairs that fit in a slot after the key and the count. */
const SPARSE_MAX = Math.floor((SLOT_BYTES - PAIRS_BYTE) / 2);
/** The count byte of a slot whose weights are in a dense row (the row's offset is the slot's third word). */
const DENSE = 255;
/** Packed 32-bit words of a dense row: tags 2j and 2j + 1 in word j. */
const ROW_WORDS = Math.ceil(T / 2);
/**
 * Each 16-bit half of a packed word holds weight + BIAS (1..255), so that halves never borrow from each other;
 * the sum of TEMPLATE_COUNT of them (at most 20 · 255) still fits in 16 bits.
 */
const BIAS = 128;
/** A filter bit per key, taken from the key's top 23 bits (the table's slot comes from its low bits). */
const FILTER_SHIFT = 32 - 23;

/** Dense rows of the sentence being tagged (-1: none), noted by the first pass; grown to the longest sentence seen. */
let rowsOf = new Int32Array(0);

export class WeightTable {
  private readonly filter = new Int32Array(1 << (23 - 5));
  private readonly words: Uint32Array;
  private readonly bytes: Uint8Array;
  /** The same bytes read as signed weights. */
  private readonly signed: Int8Array;
  private readonly mask: number;
  private readonly dense: Int32Array;

  /** `weights[f * TAG_COUNT + t]`: feature `keys[f]`'s weight for tag t, in units of `step`. */
  constructor(
    keys: Uint32Array,
    weights: Int8Array,
    private readonly step: number,
  ) {
    if (20 * 255 > 0xffff || TEMPLATE_COUNT > 20) throw new Error('packed sums would overflow 16 bits');
    let capacity = 16;
    while (capacity < keys.length / 0.7) capacity *= 2;
    const buffer = new ArrayBuffer(capacity * SLOT_BYTES);
    // Filled through locals: V8 optimizes the loops below far better than through `this`.
    const words = (this.words = new Uint32Array(buffer));
    const bytes = (this.bytes = new Uint8Array(buffer));
    const signed = (this.signed = new Int8Array(buffer));
    const mask = (this.mask = capacity - 1);
    const filter = this.filter;
    const counts = new Uint8Array(keys.length);
    let denseRows = 0;
    for (let f = 0; f < keys.length; f++) {
      let c = 0;
      for (let t = f * T; t < f * T + T; t++) if (weights[t] !== 0) c++;
      counts[f] = c;
      if (c > SPARSE_MAX) denseRows++;
    }
    const dense = (this.dense = new Int32Array(denseRows * ROW_WORDS));
    let row = 0;
    for (let f = 0; f < keys.length; f++) {
      const key = keys[f]!;
      const bit = key >>> FILTER_SHIFT;
      filter[bit >>> 5]! |= 1 << (bit & 31);
      let slot = key & mask;
      while (words[slot * 4] !== 0) slot = (slot + 1) & mask;
      words[slot * 4] = key;
      const base = slot * SLOT_BYTES;
      const count = counts[f]!;
      if (count > SPARSE_MAX) {
        bytes[base + COUNT_BYTE] = DENSE;
        words[slot * 4 + 2] = row * ROW_WORDS;
        for (let j = 0; j < ROW_WORDS; j++) {
          const lo = weights[f * T + 2 * j]! + BIAS;
          const hi = 2 * j + 1 < T ? weights[f * T + 2 * j + 1]! + BIAS : 0;
          dense[row * ROW_WORDS + j] = lo | (hi << 16);
        }
        row++;
        continue;
      }
      bytes[base + COUNT_BYTE] = count;
      let p = base + PAIRS_BYTE;
      for (let t = 0; t < T; t++) {
        const v = weights[f * T + t]!;
        if (v === 0) continue;
        bytes[p++] = t;
        signed[p++] = v;
      }
    }
  }

  /**
   * Emission scores `em[i * TAG_COUNT + t]` for `n` characters' feature keys (TEMPLATE_COUNT per character).
   * First pass: keys are resolved (the branchy, memory-bound part); sparse pairs are added to `em` at once and
   * dense rows noted. Second pass, per character: the dense rows are summed into nine packed local variables,
   * which V8 keeps in registers (a loop over the tags adding into `em` runs three to four times slower).
   */
  emissions(keys: Uint32Array, n: number, em: Float64Array): void {
    const K = TEMPLATE_COUNT;
    const { filter, words, bytes, signed, mask, dense: w, step } = this;
    if (rowsOf.length < n * K) rowsOf = new Int32Array(n * K * 2);
    const rows = rowsOf;
    em.fill(0, 0, n * T);
    for (let i = 0; i < n; i++) {
      const o = i * T;
      for (let k = i * K, kEnd = k + K; k < kEnd; k++) {
        rows[k] = -1;
        const key = keys[k]!;
        const bit = key >>> FILTER_SHIFT;
        if (!(filter[bit >>> 5]! & (1 << (bit & 31)))) continue;
        let slot = key & mask;
        let found = words[slot * 4]!;
        while (found !== key && found !== 0) {
          slot = (slot + 1) & mask;
          found = words[slot * 4]!;
        }
        if (found === 0) continue;
        const base = slot * SLOT_BYTES;
        const count = bytes[base + COUNT_BYTE]!;
        if (count === DENSE) {
          rows[k] = words[slot * 4 + 2]!;
          continue;
        }
        for (let p = base + PAIRS_BYTE, pEnd = p + 2 * count; p < pEnd; p += 2) em[o + bytes[p]!]! += signed[p + 1]!;
      }
    }
    for (let i = 0; i < n; i++) {
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
      let count = 0;
      for (let k = i * K, kEnd = k + K; k < kEnd; k++) {
        const r = rows[k]!;
        if (r < 0) continue;
        s0 = (s0 + w[r]!) | 0;
        s1 = (s1 + w[r + 1]!) | 0;
        s2 = (s2 + w[r + 2]!) | 0;
        s3 = (s3 + w[r + 3]!) | 0;
        s4 = (s4 + w[r + 4]!) | 0;
        s5 = (s5 + w[r + 5]!) | 0;
        s6 = (s6 + w[r + 6]!) | 0;
        s7 = (s7 + w[r + 7]!) | 0;
        s8 = (s8 + w[r + 8]!) | 0;
        count++;
      }
      const o = i * T;
      const bias = count * BIAS;
      em[o] = (em[o]! + (s0 & 0xffff) - bias) * step;
      em[o + 1] = (em[o + 1]! + (s0 >>> 16) - bias) * step;
      em[o + 2] = (em[o + 2]! + (s1 & 0xffff) - bias) * step;
      em[o + 3] = (em[o + 3]! + (s1 >>> 16) - bias) * step;
      em[o + 4] = (em[o + 4]! + (s2 & 0xffff) - bias) * step;
      em[o + 5] = (em[o + 5]! + (s2 >>> 16) - bias) * step;
      em[o + 6] = (em[o + 6]! + (s3 & 0xffff) - bias) * step;
      em[o + 7] = (em[o + 7]! + (s3 >>> 16) - bias) * step;
      em[o + 8] = (em[o + 8]! + (s4 & 0xffff) - bias) * step;
      em[o + 9] = (em[o + 9]! + (s4 >>> 16) - bias) * step;
      em[o + 10] = (em[o + 10]! + (s5 & 0xffff) - bias) * step;
      em[o + 11] = (em[o + 11]! + (s5 >>> 16) - bias) * step;
      em[o + 12] = (em[o + 12]! + (s6 & 0xffff) - bias) * step;
      em[o + 13] = (em[o + 13]! + (s6 >>> 16) - bias) * step;
      em[o + 14] = (em[o + 14]! + (s7 & 0xffff) - bias) * step;
      em[o + 15] = (em[o + 15]! + (s7 >>> 16) - bias) * step;
      em[o + 16] = (em[o + 16]! + (s8 & 0xffff) - bias) * step;
    }
  }
}
