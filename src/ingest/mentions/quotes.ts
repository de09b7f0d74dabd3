// Title quotations of a sentence (relative offsets): short “…” spans. Names of
// units and organisations are not quoted; a head inside such a quotation
// belongs to an honour or initiative title (“全国一级派出所”, “青蓝党支部书记工作室”).
// Longer quotations are speech and are read like the rest of the text.
const MAX_TITLE = 25;
import type { Span } from './types.js';

export function quoteSpans(s: string): Span[] {
  const spans: Span[] = [];
  for (let open = s.indexOf('“'); open >= 0; open = s.indexOf('“', open + 1)) {
    const close = s.indexOf('”', open + 1);
    if (close < 0) break;
    if (close - open - 1 <= MAX_TITLE) spans.push({ start: open + 1, end: close });
    open = close;
  }
  return spans;
}

export const inside = (spans: readonly Span[], i: number) => spans.some((q) => i >= q.start && i < q.end);
