// Spans inside “…” quotations of a sentence (relative offsets). Names of
// units and organisations are not quoted; a head inside quotes belongs to an
// honour or initiative title (“全国一级派出所”, “青蓝党支部书记工作室”).
import type { Span } from './types.js';

export function quoteSpans(s: string): Span[] {
  const spans: Span[] = [];
  for (let open = s.indexOf('“'); open >= 0; open = s.indexOf('“', open + 1)) {
    const close = s.indexOf('”', open + 1);
    if (close < 0) break;
    spans.push({ start: open + 1, end: close });
    open = close;
  }
  return spans;
}

export const inside = (spans: readonly Span[], i: number) => spans.some((q) => i >= q.start && i < q.end);
