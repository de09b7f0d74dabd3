// Rules as records, run by one scanner (after spaCy's EntityRuler and Matcher):
// a rule is an id, a pattern, the examples it must and must not match — which
// are its tests (test/ingest/rule-examples.test.ts) — and what a match
// produces. The scanner applies one overlap policy for every rule set: rules
// run in the order listed, and a match that overlaps text an earlier reading
// claimed is not read. Whatever a reading produces carries its rule's id.
import type { Span } from '../mentions/types.js';

export interface RuleExamples {
  /** Sentences (or phrases) the pattern must match. */
  match: readonly string[];
  /** Sentences it must not match. */
  noMatch?: readonly string[];
}

export interface Rule<C> {
  /** `family.name`, carried by what the rule produces: `honour.passive-commendation`. */
  id: string;
  /** What the rule looks for in a sentence; the scanner runs it globally. */
  pattern: RegExp;
  examples: RuleExamples;
  /** What the match claims: all of it (a decision's item list), or only the spans its reading returns (default). */
  claims?: 'match' | 'output';
  /**
   * Reads a match in context and records what it produces there; returns the spans it claims (offsets in
   * the sentence), or undefined when the match is no reading after all (nothing claimed).
   */
  read(m: RegExpExecArray, ctx: C, rule: string): readonly Span[] | undefined;
}

/** Whether two spans share a character. */
export const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * Runs `rules` over `text` in order. `claimed` starts with spans other finders claimed before (and grows);
 * a match overlapping a claimed span is skipped.
 */
/** Each rule's pattern with the g flag matchAll needs, built once (scan runs per sentence). */
const globalPatterns = new WeakMap<RegExp, RegExp>();
function globalPattern(pattern: RegExp): RegExp {
  if (pattern.global) return pattern;
  let global = globalPatterns.get(pattern);
  if (!global) globalPatterns.set(pattern, (global = new RegExp(pattern.source, `${pattern.flags}g`)));
  return global;
}

export function scan<C>(rules: readonly Rule<C>[], text: string, ctx: C, claimed: Span[] = []): void {
  for (const rule of rules) {
    for (const m of text.matchAll(globalPattern(rule.pattern))) {
      const span = { start: m.index!, end: m.index! + m[0].length };
      if (claimed.some((c) => overlaps(c, span))) continue;
      const spans = rule.read(m as RegExpExecArray, ctx, rule.id);
      if (spans === undefined) continue;
      claimed.push(...(rule.claims === 'match' ? [span] : spans));
    }
  }
}

/** Whether `rule`'s pattern finds a match in `text` (for its examples). */
export function matches(rule: Pick<Rule<unknown>, 'pattern'>, text: string): boolean {
  return new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', '')).test(text);
}
