// A fact's confidence: how often its reading (rules.ts) was right on the
// development sets (rule-precision.json, built by calibrate.ts), smoothed so
// that a reading seen rarely stays near one half. Facts read one way from
// one sentence only get what their reading earns; an article stating a fact
// twice, or other articles stating it, raise it later (the loader's job).
// Imported, not read from disk: so tsc copies the file into dist/, which `npm start` runs.
import rulePrecision from './rule-precision.json' with { type: 'json' };
import type { RelationRule } from './rules.js';

const precision: Record<string, { tp: number; fp: number }> = rulePrecision;

export function ruleConfidence(rule: RelationRule): number {
  const { tp, fp } = precision[rule] ?? { tp: 0, fp: 0 };
  return Math.round(((tp + 1) / (tp + fp + 2)) * 1000) / 1000;
}
