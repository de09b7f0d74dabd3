// Stage 2: sentences with character offsets into the normalized text, so that
// every fact can point back at the sentence it was read from. A sentence ends
// at 。!?; or a line break (headings and the title are sentences of their own);
// closing quotes after the end mark stay with it. Over-long runs without any
// end mark are cut so that no later stage sees unbounded input.
import type { Sentence } from './types.js';

const END_MARKS = new Set(['。', '!', '?', ';', '\n']);
const CLOSERS = new Set(['”', '’', ')', '》', '」']);
export const MAX_SENTENCE = 1000;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (END_MARKS.has(ch)) {
      let end = i + 1;
      if (ch !== '\n') while (end < text.length && CLOSERS.has(text[end]!)) end++;
      push(end);
      i = end - 1;
    } else if (i - start >= MAX_SENTENCE) {
      push(i);
    }
  }
  push(text.length);
  return out;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9;
}
