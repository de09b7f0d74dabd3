// The tagger's model: for each known feature key a row of TAG_COUNT weights
// (8-bit integers, multiples of one step), the tag transition scores, and the
// calibration that turns span margins into probabilities. Stored as one
// gzipped binary file; loaded once, on first use, into a WeightTable for
// tagging.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Calibration } from './calibrate.js';
import type { Transitions } from './decode.js';
import { FEATURE_VERSION, LEXICON_DIGEST, TEMPLATE_COUNT } from './features.js';
import { TAG_COUNT, TAG_NAMES } from './tags.js';
import { WeightTable } from './weight-table.js';

const T = TAG_COUNT;
const MAGIC = 'PKTAGGER';
const FORMAT = 2;
/**
 * Weights are stored as multiples of max |weight| / 127. Measured against 16-bit weights on held-out MSRA and
 * CLUENER sentences, 8 bits lose nothing (F1 equal to the first decimal).
 */
const INT8_MAX = 127;

/** What the model file says about itself. */
export interface ModelInfo {
  format: number;
  featureVersion: number;
  templateCount: number;
  tags: string[];
  features: number;
  /** The weight of one integer step of the stored weights. */
  step: number;
  /** Margin → probability (calibrate.ts). */
  calibration: Calibration;
  /** LEXICON_DIGEST of the lexicons the model was trained with. */
  lexicons: string;
  /** The training data, by name, with sentence counts. */
  trainedOn: Record<string, number>;
  epochs: number;
}

export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('./tagger.model', import.meta.url));

export class TaggerModel {
  private readonly table: WeightTable;

  constructor(
    readonly info: ModelInfo,
    /** Feature keys, ascending; key i owns row i of `weights`. */
    private readonly keys: Uint32Array,
    /** `weights[f * TAG_COUNT + t]`: feature f's weight for tag t, in steps of `info.step`. */
    private readonly weights: Int8Array,
    readonly transitions: Transitions,
  ) {
    this.table = new WeightTable(keys, weights, info.step);
  }

  /** Emission scores `em[i * TAG_COUNT + t]` for `n` characters' feature keys (TEMPLATE_COUNT per character). */
  emissions(keys: Uint32Array, n: number, em: Float64Array): void {
    this.table.emissions(keys, n, em);
  }

  /**
   * A model from trained weights (`weights[f * TAG_COUNT + t]` for `keys[f]`, keys ascending). Features whose
   * weights are all smaller than `pruneBelow` are dropped (a perceptron feature below 1 never moved a score by a
   * whole update: dropping those halves the model at no measured loss); the rest are stored in 8 bits.
   */
  static fromWeights(
    info: Omit<ModelInfo, 'format' | 'featureVersion' | 'templateCount' | 'tags' | 'features' | 'step' | 'lexicons'>,
    keys: Uint32Array,
    weights: Float64Array,
    transitions: Transitions,
    pruneBelow: number,
  ): TaggerModel {
    const keep: number[] = [];
    let largest = 0;
    for (let f = 0; f < keys.length; f++) {
      if (f > 0 && keys[f]! <= keys[f - 1]!) throw new Error('feature keys must be ascending');
      let max = 0;
      for (let t = 0; t < T; t++) max = Math.max(max, Math.abs(weights[f * T + t]!));
      if (max < pruneBelow || max === 0) continue;
      keep.push(f);
      largest = Math.max(largest, max);
    }
    const step = Math.fround(largest / INT8_MAX || 1);
    const stored = new Int8Array(keep.length * T);
    keep.forEach((f, i) => {
      for (let t = 0; t < T; t++) stored[i * T + t] = Math.round(weights[f * T + t]! / step);
    });
    return new TaggerModel(
      { format: FORMAT, featureVersion: FEATURE_VERSION, templateCount: TEMPLATE_COUNT, tags: [...TAG_NAMES], features: keep.length, step, lexicons: LEXICON_DIGEST, ...info },
      Uint32Array.from(keep, (f) => keys[f]!),
      stored,
      transitions,
    );
  }

  /** The model with another calibration (fitted after the weights are fixed). */
  withCalibration(calibration: Calibration): TaggerModel {
    return new TaggerModel({ ...this.info, calibration }, this.keys, this.weights, this.transitions);
  }

  /** The model file's bytes: the same model always gives the same bytes. */
  serialize(): Buffer {
    const header = Buffer.from(JSON.stringify(this.info), 'utf8');
    const parts: Buffer[] = [Buffer.from(MAGIC, 'latin1'), u32(header.length), header];
    parts.push(floats(this.transitions.trans), floats(this.transitions.start), floats(this.transitions.end));
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
    parts.push(u32(deltas.length), Buffer.from(deltas), Buffer.from(this.weights.buffer, this.weights.byteOffset, this.weights.byteLength));
    // Level 6: level 9 is ten times slower on these bytes and saves 4%.
    return gzipSync(Buffer.concat(parts), { level: 6 });
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
    if (pos !== MAGIC.length + 4 + headerLength + 4 * (T * T + 2 * T) + 4 + deltaBytes) throw new Error('corrupt tagger model: key section');
    const weights = new Int8Array(buf.buffer, buf.byteOffset + pos, info.features * T);
    if (pos + weights.length !== buf.length) throw new Error('corrupt tagger model: weight section');
    return new TaggerModel(info, keys, weights, transitions);
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
