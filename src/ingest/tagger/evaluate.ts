// Span-level scores of the tagger on labelled sentences: a predicted span is
// right when its start, end and label all match a gold span. Only the labels a
// corpus annotates are scored (predicted spans of other labels are ignored).
import { tag } from '../segment.js';
import type { LabelledSentence } from './corpora.js';
import { tagText } from './index.js';
import type { TaggerModel } from './model.js';
import type { Label, LabelledSpan } from './tags.js';

export interface LabelScore {
  tp: number;
  fp: number;
  fn: number;
  p: number;
  r: number;
  f1: number;
}

export type Scores = Partial<Record<Label | 'all', LabelScore>>;

function finish(t: { tp: number; fp: number; fn: number }): LabelScore {
  const p = t.tp + t.fp === 0 ? 0 : t.tp / (t.tp + t.fp);
  const r = t.tp + t.fn === 0 ? 0 : t.tp / (t.tp + t.fn);
  return { ...t, p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

export function scoreSpans(sentences: readonly LabelledSentence[], predict: (s: LabelledSentence) => readonly LabelledSpan[], labels: readonly Label[]): Scores {
  const tally = new Map<Label | 'all', { tp: number; fp: number; fn: number }>();
  for (const l of [...labels, 'all' as const]) tally.set(l, { tp: 0, fp: 0, fn: 0 });
  const key = (s: LabelledSpan) => `${s.start}:${s.end}:${s.label}`;
  for (const sentence of sentences) {
    const gold = new Set(sentence.spans.filter((s) => labels.includes(s.label)).map(key));
    const predicted = new Set(predict(sentence).filter((s) => labels.includes(s.label)).map(key));
    for (const k of predicted) {
      const label = k.slice(k.lastIndexOf(':') + 1) as Label;
      const field = gold.has(k) ? 'tp' : 'fp';
      tally.get(label)![field]++;
      tally.get('all')![field]++;
    }
    for (const k of gold) {
      if (predicted.has(k)) continue;
      tally.get(k.slice(k.lastIndexOf(':') + 1) as Label)!.fn++;
      tally.get('all')!.fn++;
    }
  }
  return Object.fromEntries([...tally].map(([l, t]) => [l, finish(t)]));
}

/** Scores of `model` on `sentences` (jieba segments each sentence, as in the pipeline). */
export function scoreModel(model: TaggerModel, sentences: readonly LabelledSentence[], labels: readonly Label[]): Scores {
  return scoreSpans(sentences, (s) => tagText(s.text, { model, tokens: tag(s.text) }), labels);
}

const pct = (x: number) => (100 * x).toFixed(1);

/** A Markdown table: one row per label, then the micro average. */
export function formatScores(scores: Scores): string {
  const rows = Object.entries(scores).map(
    ([label, s]) => `| ${label} | ${pct(s.p)} | ${pct(s.r)} | ${pct(s.f1)} | ${s.tp + s.fn} |`,
  );
  return ['| label | P | R | F1 | gold spans |', '| --- | ---: | ---: | ---: | ---: |', ...rows].join('\n');
}
