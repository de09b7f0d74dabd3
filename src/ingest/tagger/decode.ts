// Decoding a sentence's scores: the best BIOES tag sequence (Viterbi) and,
// for each span it marks, its margin: how much lower the best sequence that
// does not mark exactly this span scores (from max-marginals, one backward
// pass). Impossible steps (O → I-X, B-X → O, a sentence ending in B-X…) have
// score -Infinity and are never taken, so every decoded sequence is well formed.
import { allowed, spansOf, TAG_COUNT, type LabelledSpan } from './tags.js';

const T = TAG_COUNT;

/**
 * The allowed steps, grouped by one end: for each tag t, FROM[FROM_AT[t] .. FROM_AT[t + 1]) are the tags that
 * may precede it, and TO[TO_AT[t] .. TO_AT[t + 1]) the tags that may follow it. Decoding looks at those only
 * (97 of the 289 pairs).
 */
function grouped(ends: (t: number) => number[]): { at: Int32Array; list: Int32Array } {
  const lists = Array.from({ length: T }, (_, t) => ends(t));
  const at = new Int32Array(T + 1);
  lists.forEach((l, t) => (at[t + 1] = at[t]! + l.length));
  return { at, list: Int32Array.from(lists.flat()) };
}
const tags = Array.from({ length: T }, (_, t) => t);
const { at: FROM_AT, list: FROM } = grouped((to) => tags.filter((f) => allowed(f, to)));
const { at: TO_AT, list: TO } = grouped((from) => tags.filter((t) => allowed(from, t)));

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

// Work arrays, grown to the longest sentence seen.
let delta = new Float64Array(0); // delta[i * T + t]: the best score of characters 0..i with tag t at i
let after = new Float64Array(0); // after[i * T + t]: the best score of characters i+1.. given tag t at i
const ahead = new Float64Array(T); // em + after at the next character

/**
 * Writes the best tag sequence for emission scores `em` (`em[i * T + t]`) into `out[0..n)` and returns its score.
 * With `mask`, tag t at i is possible only when bit t of `mask[i]` is set (for partially labelled training text).
 * The forward pass keeps only the best scores (Math.max, no branches to mispredict); the backtrace finds each
 * best predecessor again, which costs a few comparisons per character instead of a stored pointer per tag.
 */
export function viterbi(em: Float64Array, n: number, tr: Transitions, out: Uint8Array, mask?: Uint32Array): number {
  if (n === 0) return 0;
  if (delta.length < n * T) {
    delta = new Float64Array(n * T * 2);
    after = new Float64Array(n * T * 2);
  }
  // Locals, not the module's variables, in the loops: V8 keeps them in registers.
  const d = delta;
  const { trans, start, end } = tr;
  for (let t = 0; t < T; t++) d[t] = mask && !(mask[0]! & (1 << t)) ? -Infinity : start[t]! + em[t]!;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * T;
    const cur = i * T;
    const m = mask ? mask[i]! : -1;
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      if (m & (1 << t)) {
        for (let x = FROM_AT[t]!, xEnd = FROM_AT[t + 1]!; x < xEnd; x++) {
          const f = FROM[x]!;
          best = Math.max(best, d[prev + f]! + trans[f * T + t]!);
        }
      }
      d[cur + t] = best + em[cur + t]!;
    }
  }
  const last = (n - 1) * T;
  let best = -Infinity;
  let arg = 0;
  for (let t = 0; t < T; t++) {
    const v = d[last + t]! + end[t]!;
    if (v > best) {
      best = v;
      arg = t;
    }
  }
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) {
    const t = out[i]!;
    const prev = (i - 1) * T;
    let b = -Infinity;
    let from = 0;
    for (let x = FROM_AT[t]!, xEnd = FROM_AT[t + 1]!; x < xEnd; x++) {
      const f = FROM[x]!;
      const v = d[prev + f]! + trans[f * T + t]!;
      if (v > b) {
        b = v;
        from = f;
      }
    }
    out[i - 1] = from;
  }
  return best;
}

/** A decoded span with its margin (score units). */
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
  const total = viterbi(em, n, tr, out);
  const spans = spansOf(out, n);
  if (spans.length === 0) return [];
  const d = delta;
  const a = after;
  const { trans, end } = tr;
  // The backward pass runs only as far back as the first span.
  const last = (n - 1) * T;
  for (let t = 0; t < T; t++) a[last + t] = end[t]!;
  for (let i = n - 2; i >= spans[0]!.start; i--) {
    const cur = i * T;
    const next = cur + T;
    for (let u = 0; u < T; u++) ahead[u] = em[next + u]! + a[next + u]!;
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      for (let x = TO_AT[t]!, xEnd = TO_AT[t + 1]!; x < xEnd; x++) {
        const u = TO[x]!;
        best = Math.max(best, trans[t * T + u]! + ahead[u]!);
      }
      a[cur + t] = best;
    }
  }
  return spans.map((s) => {
    let rival = -Infinity;
    for (let i = s.start; i < s.end; i++) {
      const o = i * T;
      for (let t = 0; t < T; t++) if (t !== out[i]) rival = Math.max(rival, d[o + t]! + a[o + t]!);
    }
    return { ...s, margin: total - rival };
  });
}
