// A fact's confidence: how often its reading (rules.ts) was right on the
// development sets (rule-precision.json, built by calibrate.ts), smoothed so
// that a reading seen rarely stays near one half. Facts read one way from
// one sentence only get what their reading earns; an article stating a fact
// twice, or other articles stating it, raise it later (the loader's job).
import { createRequire } from 'node:module';
import type { RelationRule } from './rules.js';

type Precision = Record<string, { tp: number; fp: number }>;
let precision: Precision | undefined;

export function ruleConfidence(rule: RelationRule): number {
  precision ??= createRequire(import.meta.url)('./rule-precision.json') as Precision;
  const { tp, fp } = precision[rule] ?? { tp: 0, fp: 0 };
  return Math.round(((tp + 1) / (tp + fp + 2)) * 1000) / 1000;
}
