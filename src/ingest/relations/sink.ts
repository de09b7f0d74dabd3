// Where the readers put the relations they read: one relation per type and
// ends, with the sentence that first states it; a later statement of the same
// relation may only add what the first one left out.
import { RANK_POSTS } from '../lexicon/people.js';
import type { Sentence, ExtractedRelation } from '../types.js';
import { ruleConfidence } from './confidence.js';
import type { RelationRule } from './rules.js';

export class RelationSink {
  private readonly out: ExtractedRelation[] = [];
  private readonly seen = new Map<string, ExtractedRelation>();

  constructor(private readonly sentences: readonly Sentence[]) {}

  /** Adds a relation read by `rule` from sentence `sentenceIndex`; the first reading of a relation keeps its rule and sentence. */
  add(rel: Omit<ExtractedRelation, 'rule'>, sentenceIndex: number, rule: RelationRule): void {
    if (rel.from === rel.to) return;
    const key = `${rel.type}\u0000${rel.from}\u0000${rel.to}`;
    const earlier = this.seen.get(key);
    if (earlier) {
      // A headline announces the honour; the body may give its year and giver.
      if (earlier.year === undefined && rel.year !== undefined) earlier.year = rel.year;
      // 民警郭振华 … 郭振华现任该所副所长: the post names the membership better than the rank.
      if (earlier.role && rel.role && RANK_POSTS.test(earlier.role) && !RANK_POSTS.test(rel.role)) earlier.role = rel.role;
      if (earlier.conferredBy === undefined && rel.conferredBy !== undefined) earlier.conferredBy = rel.conferredBy;
      return;
    }
    const s = this.sentences[sentenceIndex]!;
    const added = { ...rel, rule, confidence: ruleConfidence(rule), evidence: { sentence: s.text, start: s.start, end: s.end } };
    this.seen.set(key, added);
    this.out.push(added);
  }

  /** The relations read so far, in the order they were first read. */
  all(): readonly ExtractedRelation[] {
    return this.out;
  }
}
