// Averaged structured perceptron (Collins 2002) over the tagger's features:
// decode each sentence with the current weights and, where the best sequence
// differs from the gold one, move the weights toward the gold features and
// away from the predicted ones. The average of the weights over all steps is
// the model (kept with the usual running-sum trick). Partially labelled
// sentences (labels their source does not annotate) take as gold the best
// sequence that agrees with what is annotated (a latent-variable perceptron).
// Deterministic: sentence order is shuffled by a seeded generator.
import { prng } from '../../prng.js';
import { emptyTransitions, viterbi, type Transitions } from './decode.js';
import { TEMPLATE_COUNT } from './features.js';
import { TAG_COUNT } from './tags.js';

const T = TAG_COUNT;
const K = TEMPLATE_COUNT;

export interface TrainingSentence {
  n: number;
  /** Feature indices, K per character (-1: a feature the model does not keep). */
  features: Int32Array;
  gold: Uint8Array;
  /** Possible tags per character (bit t = tag t) when the sentence is partially labelled. */
  mask?: Uint32Array;
}

export interface Averaged {
  weights: Float64Array;
  transitions: Transitions;
}

export interface PerceptronOptions {
  epochs: number;
  seed: number;
  /** Called after each epoch with the number of sentences decoded wrongly and a way to get the averaged model so far. */
  onEpoch?: (epoch: number, mistakes: number, averaged: () => Averaged) => void;
}

export function trainPerceptron(sentences: readonly TrainingSentence[], featureCount: number, opts: PerceptronOptions): Averaged {
  const w = new Float64Array(featureCount * T);
  const u = new Float64Array(featureCount * T); // running sums of step × update, for the average
  const tr = emptyTransitions();
  const tu = { trans: new Float64Array(T * T), start: new Float64Array(T), end: new Float64Array(T) };
  let step = 1;

  const maxN = sentences.reduce((m, s) => Math.max(m, s.n), 0);
  const em = new Float64Array(maxN * T);
  const pred = new Uint8Array(maxN);
  const latent = new Uint8Array(maxN);

  const averaged = (): Averaged => {
    const weights = new Float64Array(w.length);
    for (let i = 0; i < w.length; i++) weights[i] = w[i]! - u[i]! / step;
    const avg = (a: Float64Array, s: Float64Array) => a.map((v, i) => (v === -Infinity ? v : v - s[i]! / step));
    return { weights, transitions: { trans: avg(tr.trans, tu.trans), start: avg(tr.start, tu.start), end: avg(tr.end, tu.end) } };
  };

  const bump = (a: Float64Array, s: Float64Array, i: number, d: number) => {
    a[i]! += d;
    s[i]! += d * step;
  };

  const random = prng(opts.seed);
  const order = sentences.map((_, i) => i);
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let mistakes = 0;
    for (const index of order) {
      const s = sentences[index]!;
      const { n, features } = s;
      em.fill(0, 0, n * T);
      for (let i = 0; i < n; i++) {
        const o = i * T;
        for (let k = i * K; k < i * K + K; k++) {
          const f = features[k]!;
          if (f < 0) continue;
          const r = f * T;
          for (let t = 0; t < T; t++) em[o + t]! += w[r + t]!;
        }
      }
      viterbi(em, n, tr, pred);
      let gold = s.gold;
      if (s.mask) {
        viterbi(em, n, tr, latent, s.mask);
        gold = latent;
      }
      let same = true;
      for (let i = 0; i < n; i++) if (pred[i] !== gold[i]) same = false;
      if (!same) {
        mistakes++;
        for (let i = 0; i < n; i++) {
          const g = gold[i]!;
          const p = pred[i]!;
          if (g !== p) {
            for (let k = i * K; k < i * K + K; k++) {
              const f = features[k]!;
              if (f < 0) continue;
              bump(w, u, f * T + g, 1);
              bump(w, u, f * T + p, -1);
            }
          }
          if (i > 0 && (g !== p || gold[i - 1] !== pred[i - 1])) {
            bump(tr.trans, tu.trans, gold[i - 1]! * T + g, 1);
            bump(tr.trans, tu.trans, pred[i - 1]! * T + p, -1);
          }
        }
        if (gold[0] !== pred[0]) {
          bump(tr.start, tu.start, gold[0]!, 1);
          bump(tr.start, tu.start, pred[0]!, -1);
        }
        if (gold[n - 1] !== pred[n - 1]) {
          bump(tr.end, tu.end, gold[n - 1]!, 1);
          bump(tr.end, tu.end, pred[n - 1]!, -1);
        }
      }
      step++;
    }
    opts.onEpoch?.(epoch, mistakes, averaged);
  }
  return averaged();
}
