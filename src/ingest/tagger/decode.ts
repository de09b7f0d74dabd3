// Decoding a sentence's scores: the best BIOES tag sequence (Viterbi) and,
// for each span it marks, its margin: how much lower the best sequence that
// does not mark exactly this span scores (from max-marginals, one backward
// pass). Impossible steps (O → I-X, B-X → O, a sentence ending in B-X…) have
// score -Infinity and are never taken, so every decoded sequence is well formed.
import { allowed, spansOf, TAG_COUNT, type LabelledSpan } from './tags.js';

const T = TAG_COUNT;
/** For each tag, the tags that may precede it: Viterbi looks at those only. */
const PREVIOUS: readonly Int32Array[] = Array.from({ length: T }, (_, to) =>
  Int32Array.from(Array.from({ length: T }, (_, f) => f).filter((f) => allowed(f, to))),
);
/** For each tag, the tags that may follow it. */
const NEXT: readonly Int32Array[] = Array.from({ length: T }, (_, from) =>
  Int32Array.from(Array.from({ length: T }, (_, t) => t).filter((t) => allowed(from, t))),
);

/** Transition scores: `trans[from * T + to]`, and scores of the first and the last tag. */
export interface Transitions {
  trans: Float64Array;
  start: Float64Array;
  end: Float64Array;
}

/** Zero scores for allowed steps, -Infinity for the impossible ones. */
export function emptyTransitions(): Transitions {
  const trans = new Float64Array(T * T);
  const start = new Float64Array(T);
  const end = new Float64Array(T);
  for (let a = 0; a < T; a++) for (let b = 0; b < T; b++) if (!allowed(a, b)) trans[a * T + b] = -Infinity;
  for (let b = 0; b < T; b++) {
    if (!allowed(-1, b)) start[b] = -Infinity;
    if (!allowed(b, -1)) end[b] = -Infinity;
  }
  return { trans, start, end };
}

let delta = new Float64Array(0);
let back = new Uint8Array(0);

/**
 * Writes the best tag sequence for emission scores `em` (`em[i * T + t]`) into `out[0..n)`.
 * With `mask`, tag t at i is possible only when bit t of `mask[i]` is set (for partially labelled training text).
 */
export function viterbi(em: Float64Array, n: number, tr: Transitions, out: Uint8Array, mask?: Uint32Array): void {
  if (n === 0) return;
  if (delta.length < n * T) {
    delta = new Float64Array(n * T * 2);
    back = new Uint8Array(n * T * 2);
  }
  const { trans, start, end } = tr;
  for (let t = 0; t < T; t++) delta[t] = mask && !(mask[0]! & (1 << t)) ? -Infinity : start[t]! + em[t]!;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * T;
    const cur = i * T;
    const m = mask ? mask[i]! : -1;
    for (let t = 0; t < T; t++) {
      if (!(m & (1 << t))) {
        delta[cur + t] = -Infinity;
        back[cur + t] = 0;
        continue;
      }
      let best = -Infinity;
      let arg = 0;
      const from = PREVIOUS[t]!;
      for (let x = 0; x < from.length; x++) {
        const f = from[x]!;
        const v = delta[prev + f]! + trans[f * T + t]!;
        if (v > best) {
          best = v;
          arg = f;
        }
      }
      delta[cur + t] = best + em[cur + t]!;
      back[cur + t] = arg;
    }
  }
  const last = (n - 1) * T;
  let best = -Infinity;
  let arg = 0;
  for (let t = 0; t < T; t++) {
    const v = delta[last + t]! + end[t]!;
    if (v > best) {
      best = v;
      arg = t;
    }
  }
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * T + out[i]!]!;
}

let after = new Float64Array(0);

/** A decoded span with its margin (score units; Infinity when no other sequence is possible). */
export interface ScoredSpan extends LabelledSpan {
  margin: number;
}

/**
 * The best tag sequence (into `out`) and its spans, each with its margin: the best score of the whole sentence
 * minus the best score of a sequence that tags some character of the span otherwise. That sequence's score is
 * the largest max-marginal (best score with tag u at i: forward best + backward best) over the span's
 * characters and their other tags.
 */
export function decode(em: Float64Array, n: number, tr: Transitions, out: Uint8Array): ScoredSpan[] {
  if (n === 0) return [];
  viterbi(em, n, tr, out);
  const spans = spansOf(out, n);
  if (spans.length === 0) return [];
  if (after.length < n * T) after = new Float64Array(n * T * 2);
  const { trans, end } = tr;
  // after[i * T + t]: the best score of characters i+1… given tag t at i.
  const last = (n - 1) * T;
  for (let t = 0; t < T; t++) after[last + t] = end[t]!;
  for (let i = n - 2; i >= 0; i--) {
    const cur = i * T;
    const next = cur + T;
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      const to = NEXT[t]!;
      for (let x = 0; x < to.length; x++) {
        const u = to[x]!;
        const v = trans[t * T + u]! + em[next + u]! + after[next + u]!;
        if (v > best) best = v;
      }
      after[cur + t] = best;
    }
  }
  let total = -Infinity;
  for (let t = 0; t < T; t++) total = Math.max(total, delta[t]! + after[t]!);
  return spans.map((s) => {
    let rival = -Infinity;
    for (let i = s.start; i < s.end; i++) {
      const o = i * T;
      for (let t = 0; t < T; t++) if (t !== out[i]) rival = Math.max(rival, delta[o + t]! + after[o + t]!);
    }
    return { ...s, margin: total - rival };
  });
}
