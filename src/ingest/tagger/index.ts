// Stage between segmentation and mentions: a learned sequence tagger that
// proposes and delimits people (PER), organisations and units (ORG), places
// (LOC) and posts (POST) in a sentence of normalized text. The genre rules
// decide types, coreference and relations; the tagger says where mentions are.
import { tag, type Token } from '../segment.js';
import { confidenceOf } from './calibrate.js';
import { decode } from './decode.js';
import { featureKeys, TEMPLATE_COUNT } from './features.js';
import { defaultModel, type TaggerModel } from './model.js';
import { TAG_COUNT, type Label } from './tags.js';

export type { Label } from './tags.js';
export { defaultModel, loadModel, type TaggerModel } from './model.js';

export interface TaggedSpan {
  /** [start, end) in UTF-16 offsets of the tagged text. */
  start: number;
  end: number;
  label: Label;
  /**
   * How likely the span is right, in [0, 1]: its margin (the best tagging's score minus the best score of a
   * tagging that does not mark exactly this span) through a logistic curve fitted on held-out labelled text.
   */
  confidence: number;
}

export interface TagOptions {
  /** jieba's words of the text, offsets into it (as segment.ts `tag` gives them); segmented here when absent. */
  tokens?: readonly Token[];
  /** Another model than the committed one. */
  model?: TaggerModel;
}

let keys = new Uint32Array(0);
let em = new Float64Array(0);
let tags = new Uint8Array(0);

/** The mentions the tagger finds in `text` (one sentence of normalized text is what it was trained on). */
export function tagText(text: string, opts: TagOptions = {}): TaggedSpan[] {
  const n = text.length;
  if (n === 0) return [];
  const model = opts.model ?? defaultModel();
  if (keys.length < n * TEMPLATE_COUNT) {
    keys = new Uint32Array(n * TEMPLATE_COUNT * 2);
    em = new Float64Array(n * TAG_COUNT * 2);
    tags = new Uint8Array(n * 2);
  }
  featureKeys(text, opts.tokens ?? tag(text), keys);
  model.emissions(keys, n, em);
  return decode(em, n, model.transitions, tags).map((s) => ({
    start: s.start,
    end: s.end,
    label: s.label,
    confidence: confidenceOf(s.margin, model.info.calibration),
  }));
}
