// Readers for the public NER corpora in ../shared/corpora (formats in its
// README), with their labels mapped onto the tagger's four. Each character
// goes through the project's punctuation unification, as article text does
// before it is tagged (full-width ， becomes ,), so training text looks like
// run-time text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unifyPunctuation } from '../punctuation.js';
import type { Label, LabelledSpan } from './tags.js';

export interface LabelledSentence {
  text: string;
  spans: LabelledSpan[];
  /** Labels the source does not annotate: an unlabelled character may be one of them, or O. */
  open: readonly Label[];
}

/** Where each corpus lies under the corpora directory. */
export const CORPUS_FILES = {
  msraTrain: 'msra/train_data',
  msraTest: 'msra/test_data',
  cluenerTrain: 'cluener2020/train.json',
  cluenerDev: 'cluener2020/dev.json',
  resumeTrain: 'resume_ner/train.char.bmes',
  resumeDev: 'resume_ner/dev.char.bmes',
  resumeTest: 'resume_ner/test.char.bmes',
} as const;
export type CorpusName = keyof typeof CORPUS_FILES;

const MSRA_LABELS: Record<string, Label> = { PER: 'PER', ORG: 'ORG', LOC: 'LOC' };
const RESUME_LABELS: Record<string, Label> = { NAME: 'PER', ORG: 'ORG', TITLE: 'POST', LOC: 'LOC' };
const CLUENER_LABELS: Record<string, Label> = {
  name: 'PER',
  government: 'ORG',
  organization: 'ORG',
  company: 'ORG',
  address: 'LOC',
  position: 'POST',
};

/** The labels each corpus annotates (the others are open in it), for training and for scoring. */
export const ANNOTATED: Record<'msra' | 'resume' | 'cluener', readonly Label[]> = {
  msra: ['PER', 'ORG', 'LOC'],
  // Résumés name countries (CONT) but hardly ever other places: LOC is left open.
  resume: ['PER', 'ORG', 'POST'],
  cluener: ['PER', 'ORG', 'LOC', 'POST'],
};
const openIn = (annotated: readonly Label[]): Label[] => (['PER', 'ORG', 'LOC', 'POST'] as const).filter((l) => !annotated.includes(l));

export function readCorpus(dir: string, name: CorpusName): LabelledSentence[] {
  const raw = readFileSync(join(dir, CORPUS_FILES[name]), 'utf8');
  if (name.startsWith('msra')) return readTagged(raw, '\t', MSRA_LABELS, openIn(ANNOTATED.msra));
  if (name.startsWith('resume')) return readTagged(raw, ' ', RESUME_LABELS, openIn(ANNOTATED.resume));
  return readCluener(raw);
}

/** One character and its tag a line (BIO or BMES), a blank line between sentences. */
function readTagged(raw: string, separator: string, labels: Record<string, Label>, open: Label[]): LabelledSentence[] {
  const out: LabelledSentence[] = [];
  let chars: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (chars.length > 0) out.push(fold(chars, spansFromTags(tags, labels), open));
    chars = [];
    tags = [];
  };
  for (const line of raw.split('\n')) {
    const cut = line.lastIndexOf(separator);
    if (line.trim() === '' || cut <= 0) {
      flush();
      continue;
    }
    chars.push(line.slice(0, cut));
    tags.push(line.slice(cut + 1).trim());
  }
  flush();
  return out;
}

/** Spans from BIO or BMES tags; an I/M/E without its B (the corpora have a few) starts a span. */
function spansFromTags(tags: string[], labels: Record<string, Label>): LabelledSpan[] {
  const spans: LabelledSpan[] = [];
  let open: { start: number; type: string } | undefined;
  const close = (end: number) => {
    if (open) {
      const label = labels[open.type];
      if (label) spans.push({ start: open.start, end, label });
    }
    open = undefined;
  };
  tags.forEach((tag, i) => {
    const [pos, type = ''] = tag.split('-');
    const continues = (pos === 'I' || pos === 'M' || pos === 'E') && open?.type === type;
    if (!continues) {
      close(i);
      if (pos !== 'O') open = { start: i, type };
    }
    if (pos === 'E' || pos === 'S') close(i + 1);
  });
  close(tags.length);
  return spans;
}

interface CluenerRecord {
  text: string;
  label?: Record<string, Record<string, [number, number][]>>;
}

/** JSON lines with inclusive [start, end] offsets per label and entity. */
function readCluener(raw: string): LabelledSentence[] {
  const out: LabelledSentence[] = [];
  for (const line of raw.split('\n')) {
    if (line.trim() === '') continue;
    const rec = JSON.parse(line) as CluenerRecord;
    const spans: LabelledSpan[] = [];
    for (const [type, entities] of Object.entries(rec.label ?? {})) {
      const label = CLUENER_LABELS[type];
      if (!label) continue;
      for (const offsets of Object.values(entities)) for (const [s, e] of offsets) spans.push({ start: s, end: e + 1, label });
    }
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
    out.push(fold([...rec.text], spans, openIn(ANNOTATED.cluener)));
  }
  return out;
}

const unified = new Map<string, string>();

/** The sentence as run-time text: each character punctuation-unified (some vanish), spans moved with them. */
function fold(chars: string[], spans: LabelledSpan[], open: Label[]): LabelledSentence {
  const at = new Int32Array(chars.length + 1); // new offset of each old character
  let text = '';
  chars.forEach((c, i) => {
    at[i] = text.length;
    let u = unified.get(c);
    if (u === undefined) unified.set(c, (u = unifyPunctuation(c)));
    text += u;
  });
  at[chars.length] = text.length;
  const moved = spans.map((s) => ({ start: at[s.start]!, end: at[s.end]!, label: s.label })).filter((s) => s.end > s.start);
  return { text, spans: moved, open };
}
