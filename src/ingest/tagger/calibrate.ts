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

/**
 * Logistic regression of `right` on `margins` with Platt's smoothed targets: Newton's method on margins scaled
 * to mean 1, each step halved until the loss falls (margins run to the hundreds, where a full step overshoots).
 */
export function plattFit(margins: readonly number[], right: readonly boolean[]): Calibration {
  const positives = right.filter(Boolean).length;
  const negatives = right.length - positives;
  const hi = (positives + 1) / (positives + 2);
  const lo = 1 / (negatives + 2);
  const scale = margins.reduce((sum, m) => sum + m, 0) / Math.max(1, margins.length) || 1;
  const x = margins.map((m) => m / scale);
  const target = right.map((r) => (r ? hi : lo));
  const loss = (a: number, b: number) =>
    x.reduce((sum, xi, i) => {
      const z = a * xi + b;
      // log(1 + e^z) − target·z, computed without overflow.
      return sum + Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))) - target[i]! * z;
    }, 0);
  let a = 0;
  let b = Math.log(hi * positives + lo * negatives) - Math.log(right.length - (hi * positives + lo * negatives)) || 0;
  let current = loss(a, b);
  for (let iter = 0; iter < 100; iter++) {
    let ga = 0;
    let gb = 0;
    let haa = 1e-9;
    let hab = 0;
    let hbb = 1e-9;
    x.forEach((xi, i) => {
      const p = 1 / (1 + Math.exp(-(a * xi + b)));
      const d = p - target[i]!;
      const w = p * (1 - p);
      ga += d * xi;
      gb += d;
      haa += w * xi * xi;
      hab += w * xi;
      hbb += w;
    });
    const det = haa * hbb - hab * hab;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    let stepSize = 1;
    let next = loss(a - da, b - db);
    while (next > current && stepSize > 1e-6) {
      stepSize /= 2;
      next = loss(a - stepSize * da, b - stepSize * db);
    }
    if (next > current) break;
    a -= stepSize * da;
    b -= stepSize * db;
    const gain = current - next;
    current = next;
    if (gain < 1e-12) break;
  }
  return { slope: Math.fround(a / scale), intercept: Math.fround(b) };
}
