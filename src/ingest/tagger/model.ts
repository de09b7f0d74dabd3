// The tagger's model: for each known feature key a row of TAG_COUNT weights
// (one byte each, an index into a 256-value codebook), the tag transition
// scores, and the calibration that turns span margins into probabilities. Stored as one gzipped binary file; loaded once, on first use.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { FEATURE_VERSION, TEMPLATE_COUNT } from './features.js';
import { TAG_COUNT, TAG_NAMES } from './tags.js';
import type { Calibration } from './calibrate.js';
import type { Transitions } from './decode.js';

const T = TAG_COUNT;
const MAGIC = 'PKTAGGER';
const FORMAT = 1;
/** The codebook index of weight 0. */
const ZERO = 128;
const LEVELS = 127; // magnitudes on each side of ZERO
/**
 * One slot of the in-memory table: the key (one 32-bit word) and its row of weights as 16-bit integers side by
 * side, so that looking a feature up and reading its weights touch one or two cache lines. At run time the
 * codebook's values become multiples of one step, fine enough (1/32767 of the largest weight) to lose nothing.
 */
const SLOT_HALVES = 2 * Math.ceil((2 + T) / 2);
const SLOT_WORDS = SLOT_HALVES / 2;
const INT16_MAX = 32767;

/** What the model file says about itself. */
export interface ModelInfo {
  format: number;
  featureVersion: number;
  templateCount: number;
  tags: string[];
  features: number;
  /** Margin → probability (calibrate.ts). */
  calibration: Calibration;
  /** The training data, by name, with sentence counts. */
  trainedOn: Record<string, number>;
  epochs: number;
}

export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('./tagger.model', import.meta.url));

export class TaggerModel {
  /** Open addressing by key: word SLOT_WORDS·i holds slot i's key (0: empty), its weights follow. */
  private readonly slotKeys: Uint32Array;
  private readonly slotWeights: Int16Array;
  private readonly mask: number;
  /** The weight of one integer step. */
  private readonly step: number;

  constructor(
    readonly info: ModelInfo,
    /** Feature keys, ascending; key i owns row i of `codes`. */
    private readonly keys: Uint32Array,
    private readonly codes: Uint8Array,
    private readonly codebook: Float64Array,
    readonly transitions: Transitions,
  ) {
    let capacity = 16;
    while (capacity < keys.length / 0.7) capacity *= 2;
    const buffer = new ArrayBuffer(capacity * SLOT_WORDS * 4);
    this.slotKeys = new Uint32Array(buffer);
    this.slotWeights = new Int16Array(buffer);
    this.mask = capacity - 1;
    this.step = codebook.reduce((m, v) => Math.max(m, Math.abs(v)), 0) / INT16_MAX || 1;
    const levels = Int16Array.from(codebook, (v) => Math.round(v / this.step));
    for (let f = 0; f < keys.length; f++) {
      let slot = keys[f]! & this.mask;
      while (this.slotKeys[slot * SLOT_WORDS] !== 0) slot = (slot + 1) & this.mask;
      this.slotKeys[slot * SLOT_WORDS] = keys[f]!;
      for (let t = 0; t < T; t++) this.slotWeights[slot * SLOT_HALVES + 2 + t] = levels[codes[f * T + t]!]!;
    }
  }

  /** Emission scores `em[i * TAG_COUNT + t]` for `n` characters' feature keys (TEMPLATE_COUNT per character). */
  emissions(keys: Uint32Array, n: number, em: Float64Array): void {
    const K = TEMPLATE_COUNT;
    const { slotKeys, slotWeights, mask, step } = this;
    em.fill(0, 0, n * T);
    for (let i = 0; i < n; i++) {
      const o = i * T;
      for (let k = i * K, kEnd = k + K; k < kEnd; k++) {
        const key = keys[k]!;
        let slot = key & mask;
        for (;;) {
          const found = slotKeys[slot * SLOT_WORDS]!;
          if (found === key) {
            const r = slot * SLOT_HALVES + 2;
            for (let t = 0; t < T; t++) em[o + t]! += slotWeights[r + t]!;
            break;
          }
          if (found === 0) break;
          slot = (slot + 1) & mask;
        }
      }
      for (let t = 0; t < T; t++) em[o + t]! *= step;
    }
  }

  /**
   * A model from trained weights (`weights[f * TAG_COUNT + t]` for `keys[f]`, keys ascending): rows whose weights all round to 0
   * are dropped, and the rest are quantised to a 256-value codebook fitted to the weights by k-means.
   */
  static fromWeights(info: Omit<ModelInfo, 'format' | 'featureVersion' | 'templateCount' | 'tags' | 'features'>, keys: Uint32Array, weights: Float64Array, transitions: Transitions): TaggerModel {
    const codebook = fitCodebook(weights);
    const edges = codebookEdges(codebook);
    const codeOf = (w: number) => {
      // Binary search for the level whose interval holds w.
      let lo = 0;
      let hi = edges.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (w > edges[mid]!) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    const codes = new Uint8Array(keys.length * T);
    const keptKeys = new Uint32Array(keys.length);
    let kept = 0;
    for (let f = 0; f < keys.length; f++) {
      if (f > 0 && keys[f]! <= keys[f - 1]!) throw new Error('feature keys must be ascending');
      const r = kept * T;
      let any = false;
      for (let t = 0; t < T; t++) {
        const c = codeOf(weights[f * T + t]!);
        codes[r + t] = c;
        if (c !== ZERO) any = true;
      }
      if (any) keptKeys[kept++] = keys[f]!;
    }
    return new TaggerModel(
      { format: FORMAT, featureVersion: FEATURE_VERSION, templateCount: TEMPLATE_COUNT, tags: [...TAG_NAMES], features: kept, ...info },
      keptKeys.slice(0, kept),
      codes.slice(0, kept * T),
      codebook,
      transitions,
    );
  }

  /** The model with another calibration (fitted after the weights are fixed). */
  withCalibration(calibration: Calibration): TaggerModel {
    return new TaggerModel({ ...this.info, calibration }, this.keys, this.codes, this.codebook, this.transitions);
  }

  /** The model file's bytes: the same model always gives the same bytes. */
  serialize(): Buffer {
    const header = Buffer.from(JSON.stringify(this.info), 'utf8');
    const parts: Buffer[] = [Buffer.from(MAGIC, 'latin1'), u32(header.length), header];
    parts.push(floats(this.codebook), floats(this.transitions.trans), floats(this.transitions.start), floats(this.transitions.end));
    // Keys ascending as variable-length deltas: about two bytes a key instead of four.
    const deltas: number[] = [];
    let prev = 0;
    for (const k of this.keys) {
      let d = k - prev;
      prev = k;
      while (d >= 0x80) {
        deltas.push((d & 0x7f) | 0x80);
        d = Math.floor(d / 128);
      }
      deltas.push(d);
    }
    parts.push(u32(deltas.length), Buffer.from(deltas), Buffer.from(this.codes.buffer, this.codes.byteOffset, this.codes.byteLength));
    return gzipSync(Buffer.concat(parts), { level: 9 });
  }

  static deserialize(file: Buffer): TaggerModel {
    const buf = gunzipSync(file);
    if (buf.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('not a tagger model file');
    let pos = MAGIC.length;
    const headerLength = buf.readUInt32LE(pos);
    pos += 4;
    const info = JSON.parse(buf.toString('utf8', pos, pos + headerLength)) as ModelInfo;
    pos += headerLength;
    if (info.format !== FORMAT || info.featureVersion !== FEATURE_VERSION || info.templateCount !== TEMPLATE_COUNT || info.tags.join() !== TAG_NAMES.join()) {
      throw new Error(`tagger model was trained for other features (format ${info.format}, features v${info.featureVersion}); retrain it with npm run train:tagger`);
    }
    const readFloats = (count: number) => {
      const out = new Float64Array(count);
      for (let i = 0; i < count; i++, pos += 4) out[i] = buf.readFloatLE(pos);
      return out;
    };
    const codebook = readFloats(256);
    const transitions = { trans: readFloats(T * T), start: readFloats(T), end: readFloats(T) };
    const deltaBytes = buf.readUInt32LE(pos);
    pos += 4;
    const keys = new Uint32Array(info.features);
    let key = 0;
    for (let i = 0; i < info.features; i++) {
      let d = 0;
      let mul = 1;
      for (;;) {
        const b = buf[pos++]!;
        d += (b & 0x7f) * mul;
        if (b < 0x80) break;
        mul *= 128;
      }
      key += d;
      keys[i] = key;
    }
    if (pos !== MAGIC.length + 4 + headerLength + 4 * (256 + T * T + 2 * T) + 4 + deltaBytes) throw new Error('corrupt tagger model: key section');
    const codes = new Uint8Array(buf.buffer, buf.byteOffset + pos, info.features * T);
    if (pos + codes.length !== buf.length) throw new Error('corrupt tagger model: weight section');
    return new TaggerModel(info, keys, codes, codebook, transitions);
  }
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}

function floats(a: Float64Array): Buffer {
  const b = Buffer.alloc(a.length * 4);
  a.forEach((v, i) => b.writeFloatLE(v, i * 4));
  return b;
}

/**
 * 256 weight values: 0 at ZERO, and LEVELS magnitudes (mirrored for negative weights) placed by 1-D k-means
 * over the non-zero magnitudes, so that the levels follow the weights' long-tailed spread.
 */
function fitCodebook(weights: Float64Array): Float64Array {
  const mags = new Float64Array(weights.length);
  let m = 0;
  for (const w of weights) if (w !== 0) mags[m++] = Math.abs(w);
  const sorted = mags.subarray(0, m).sort();
  const centers = new Float64Array(LEVELS);
  for (let l = 0; l < LEVELS; l++) centers[l] = m === 0 ? l + 1 : sorted[Math.min(m - 1, Math.floor(((l + 0.5) * m) / LEVELS))]!;
  // Lloyd's iterations over the sorted values: each level takes a contiguous run.
  for (let iter = 0; iter < 20 && m > 0; iter++) {
    const sums = new Float64Array(LEVELS);
    const counts = new Float64Array(LEVELS);
    let l = 0;
    for (let i = 0; i < m; i++) {
      const v = sorted[i]!;
      while (l + 1 < LEVELS && Math.abs(centers[l + 1]! - v) <= Math.abs(centers[l]! - v)) l++;
      sums[l]! += v;
      counts[l]!++;
    }
    for (let k = 0; k < LEVELS; k++) if (counts[k]! > 0) centers[k] = sums[k]! / counts[k]!;
    centers.sort();
  }
  const codebook = new Float64Array(256);
  for (let l = 0; l < LEVELS; l++) {
    const c = Math.fround(centers[l]!);
    codebook[ZERO + 1 + l] = c;
    codebook[ZERO - 1 - l] = -c;
  }
  codebook[0] = codebook[1]!; // unused code: the most negative level
  return codebook;
}

/** Upper edges between consecutive codebook values: code c holds weights in (edges[c-1], edges[c]]. */
function codebookEdges(codebook: Float64Array): Float64Array {
  const edges = new Float64Array(255);
  // Weights nearer 0 than half the smallest level round to 0.
  for (let c = 0; c < 255; c++) edges[c] = (codebook[c]! + codebook[c + 1]!) / 2;
  return edges;
}

let loaded: TaggerModel | undefined;

/** Reads a model file. */
export function loadModel(path = DEFAULT_MODEL_PATH): TaggerModel {
  if (!existsSync(path)) throw new Error(`tagger model not found at ${path}; build it with npm run train:tagger`);
  return TaggerModel.deserialize(readFileSync(path));
}

/** The committed model, loaded on first use. */
export function defaultModel(): TaggerModel {
  loaded ??= loadModel();
  return loaded;
}
