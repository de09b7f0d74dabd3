// The tag set: BIOES over four mention labels. Tag 0 is O; label k has
// B (begin), I (inside), E (end) and S (single character) at 1 + 4k + 0..3.
// Explicit ends let the tagger split names written back to back (张立吴涛),
// which BIO can only do through an unlikely I → B step.

export const LABELS = ['PER', 'ORG', 'LOC', 'POST'] as const;
export type Label = (typeof LABELS)[number];

export const TAG_COUNT = 1 + 4 * LABELS.length;
export const O = 0;
const B = 0;
const I = 1;
const E = 2;
const S = 3;
const tagOf = (label: number, part: number) => 1 + 4 * label + part;
const partOf = (tag: number) => (tag - 1) & 3;
/** The label index of a tag (-1 for O). */
const labelOf = (tag: number) => (tag === O ? -1 : (tag - 1) >> 2);

export const TAG_NAMES: readonly string[] = ['O', ...LABELS.flatMap((l) => ['B', 'I', 'E', 'S'].map((p) => `${p}-${l}`))];

/** Whether a tag continues a span (I, E): it needs B or I of its label before it. */
const continues = (tag: number) => tag !== O && (partOf(tag) === I || partOf(tag) === E);
/** Whether a span is still open after the tag (B, I). */
const leavesOpen = (tag: number) => tag !== O && (partOf(tag) === B || partOf(tag) === I);

/** Whether tag `to` may follow tag `from` (-1: `to` starts the sentence; `to` = -1: `from` ends it). */
export function allowed(from: number, to: number): boolean {
  const open = from >= 0 && leavesOpen(from);
  if (to < 0) return !open;
  if (!continues(to)) return !open;
  return open && labelOf(from) === labelOf(to);
}

/** The tags of a span of `length` characters with label index `label`. */
export function spanTags(label: number, length: number): number[] {
  if (length === 1) return [tagOf(label, S)];
  return [tagOf(label, B), ...Array<number>(length - 2).fill(tagOf(label, I)), tagOf(label, E)];
}

/** All tags of label index `label`. */
export const tagsOfLabel = (label: number) => [B, I, E, S].map((p) => tagOf(label, p));

/** A labelled stretch of a sentence: [start, end) in UTF-16 offsets. */
export interface LabelledSpan {
  start: number;
  end: number;
  label: Label;
}

/** The spans a well-formed tag sequence marks. */
export function spansOf(tags: Uint8Array, n: number): LabelledSpan[] {
  const out: LabelledSpan[] = [];
  let start = -1;
  for (let i = 0; i < n; i++) {
    const t = tags[i]!;
    if (t === O) continue;
    const part = partOf(t);
    if (part === B) start = i;
    else if (part === S) out.push({ start: i, end: i + 1, label: LABELS[labelOf(t)]! });
    else if (part === E && start >= 0) {
      out.push({ start, end: i + 1, label: LABELS[labelOf(t)]! });
      start = -1;
    }
  }
  return out;
}

/** Tags of `n` characters from spans (a span overlapping one placed before it is dropped). */
export function tagsOf(spans: readonly LabelledSpan[], n: number): Uint8Array {
  const tags = new Uint8Array(n);
  for (const s of spans) {
    if (s.start < 0 || s.end > n || s.end <= s.start) continue;
    let free = true;
    for (let i = s.start; i < s.end; i++) if (tags[i] !== O) free = false;
    if (!free) continue;
    spanTags(LABELS.indexOf(s.label), s.end - s.start).forEach((t, i) => (tags[s.start + i] = t));
  }
  return tags;
}
