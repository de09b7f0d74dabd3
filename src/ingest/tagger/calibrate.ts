// Turning span margins into probabilities (Platt scaling): perceptron scores
// have no probabilistic scale, so the confidence of a span is
// 1 / (1 + e^-(slope · margin + intercept)), with slope and intercept fitted
// by logistic regression to whether each predicted span is right, on labelled
// sentences the model was not trained on.
import { tag } from '../segment.js';
import type { LabelledSentence } from './corpora.js';
import { decode } from './decode.js';
import { featureKeys } from './features.js';
import type { TaggerModel } from './model.js';
import { TAG_COUNT, type Label } from './tags.js';

export interface Calibration {
  slope: number;
  intercept: number;
}

/** A span's confidence from its margin. */
export function confidenceOf(margin: number, c: Calibration): number {
  if (margin === Infinity) return 1;
  return 1 / (1 + Math.exp(-(c.slope * margin + c.intercept)));
}

export function fitCalibration(model: TaggerModel, sentences: readonly LabelledSentence[], labels: readonly Label[]): Calibration {
  const margins: number[] = [];
  const right: boolean[] = [];
  for (const s of sentences) {
    const n = s.text.length;
    if (n === 0) continue;
    const em = new Float64Array(n * TAG_COUNT);
    model.emissions(featureKeys(s.text, tag(s.text)), n, em);
    for (const p of decode(em, n, model.transitions, new Uint8Array(n))) {
      if (!labels.includes(p.label) || p.margin === Infinity) continue;
      margins.push(p.margin);
      right.push(s.spans.some((g) => g.start === p.start && g.end === p.end && g.label === p.label));
    }
  }
  return plattFit(margins, right);
}

/** Logistic regression of `right` on `margins` by Newton's method, with Platt's smoothed targets. */
export function plattFit(margins: readonly number[], right: readonly boolean[]): Calibration {
  const positives = right.filter(Boolean).length;
  const negatives = right.length - positives;
  const hi = (positives + 1) / (positives + 2);
  const lo = 1 / (negatives + 2);
  let a = 1;
  let b = 0;
  for (let iter = 0; iter < 100; iter++) {
    let ga = 0;
    let gb = 0;
    let haa = 1e-9;
    let hab = 0;
    let hbb = 1e-9;
    margins.forEach((m, i) => {
      const p = 1 / (1 + Math.exp(-(a * m + b)));
      const d = p - (right[i] ? hi : lo);
      const w = p * (1 - p);
      ga += d * m;
      gb += d;
      haa += w * m * m;
      hab += w * m;
      hbb += w;
    });
    const det = haa * hbb - hab * hab;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) < 1e-10 && Math.abs(db) < 1e-10) break;
  }
  return { slope: Math.fround(a), intercept: Math.fround(b) };
}
