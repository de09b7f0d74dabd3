// Stage 2: sentences with character offsets into the normalized text, so that
// every fact can point back at the sentence it was read from. A sentence ends
// at 。!?; or a line break (headings and the title are sentences of their own);
// closing quotes after the end mark stay with it; an end mark inside a short
// quotation (“你好,警察节!藏蓝心语展播活动”) is part of a title. Over-long runs without any
// end mark are cut so that no later stage sees unbounded input.
import type { Sentence } from './types.js';

const END_MARKS = new Set(['。', '!', '?', ';', '\n']);
const CLOSERS = new Set(['”', '’', ')', '》', '」']);
export const MAX_SENTENCE = 1000;
const MAX_TITLE_QUOTE = 24;

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
  let openQuote = -1; // offset of an unclosed “ on this line
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '“') openQuote = i;
    else if (ch === '”' || ch === '\n') openQuote = -1;
    if (END_MARKS.has(ch) && ch !== '\n' && openQuote >= 0 && closesSoon(text, i)) continue;
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

/** A ” follows within a title's length (not right after the mark, which ends a quoted sentence). */
function closesSoon(text: string, from: number): boolean {
  if (text[from + 1] === '”') return false;
  for (let j = from + 1; j < text.length && j - from <= MAX_TITLE_QUOTE; j++) {
    const c = text[j];
    if (c === '”') return true;
    if (c === '“' || c === '\n') return false;
  }
  return false;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9;
}
