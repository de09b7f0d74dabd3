// One article's extracted relations as facts between resolved nodes.
import type { ArticleGraph, ExtractedRelation } from '../ingest/types.js';
import { formatEvidence, NO_ROLE, NO_YEAR, parseEvidence, sentenceOf, type FactKey } from '../model/facts.js';
import { RELATION_ENDS, STORED_RELATION_TYPES, type StoredRelationType as FactType } from '../model/graph.js';
import type { FactRow } from '../store/write/article-writes.js';
import type { FactRuleBook } from './fact-rules.js';
import type { EntityIndex, ResolvedEntity } from './resolve-entities.js';

/** The resolved ends of a relation, when both are among the article's entities. */
export function endsOf(r: ExtractedRelation, index: EntityIndex): { from: ResolvedEntity; to: ResolvedEntity } | undefined {
  const from = index.find(r.from, RELATION_ENDS[r.type].from);
  const to = index.find(r.to, RELATION_ENDS[r.type].to);
  return from && to ? { from, to } : undefined;
}

/** A fact's identity: its ends and its key property (role or year), as the graph model says. */
export const factKey = (row: FactRow): string => JSON.stringify([row.from, row.to, row.key]);

const confidenceOf = (entry: string) => parseEvidence(entry)?.confidence ?? 0;

/** Adds the sentences `row` does not cite yet; a sentence read twice keeps its more confident reading. */
export function addEvidence(row: FactRow, evidence: string[]): void {
  for (const e of evidence) {
    const i = row.evidence.findIndex((x) => sentenceOf(x) === sentenceOf(e));
    if (i < 0) row.evidence.push(e);
    else if (confidenceOf(e) > confidenceOf(row.evidence[i]!)) row.evidence[i] = e;
  }
}

/** Statements a correction's rule dropped or moved, to be kept on the rule (keepRuleEvidence). */
export interface KeptStatements {
  id: string;
  evidence: string[];
}

/** The stated key of a relation between resolved ends. */
export function statedKey(r: ExtractedRelation, from: string, to: string): FactKey {
  const ident = r.type === 'MEMBER_OF' ? (r.role ?? NO_ROLE) : r.type === 'RECEIVED' ? (r.year ?? NO_YEAR) : null;
  return { type: r.type, from, to, ident };
}

/**
 * Fact rows keyed by resolved ids: one row per distinct fact, the first statement's
 * properties, every sentence; corrections' rules applied (fact-rules.ts).
 */
export function factRows(
  graph: ArticleGraph,
  index: EntityIndex,
  articleId: string,
  warnings: string[],
  rules: FactRuleBook,
): { facts: Map<FactType, FactRow[]>; kept: KeptStatements[] } {
  const rows = new Map<FactType, Map<string, FactRow>>(STORED_RELATION_TYPES.map((t) => [t, new Map()]));
  const kept: KeptStatements[] = [];
  const add = (type: FactType, row: FactRow) => {
    const id = factKey(row);
    const existing = rows.get(type)!.get(id);
    if (existing) addEvidence(existing, row.evidence);
    else rows.get(type)!.set(id, row);
  };
  for (const r of graph.relations) {
    const ends = endsOf(r, index);
    if (!ends) {
      warnings.push(`skipped ${r.type} ${r.from} → ${r.to}: an end is not among the article's entities`);
      continue;
    }
    const [from, to] = [ends.from.id, ends.to.id];
    // Two names a correction made one entity.
    if (from === to) {
      warnings.push(`skipped ${r.type} ${r.from} → ${r.to}: both ends are one entity`);
      continue;
    }
    const evidence = [
      formatEvidence({
        articleId,
        start: r.evidence?.start ?? 0,
        end: r.evidence?.end ?? 0,
        rule: r.rule ?? null,
        confidence: r.confidence ?? null,
        tenure: r.tenure ?? null,
      }),
    ];
    const ruled = rules.apply(statedKey(r, from, to));
    for (const rule of [...ruled.movedBy, ...(ruled.rejectedBy ? [ruled.rejectedBy] : [])]) kept.push({ id: rule.id, evidence });
    if (ruled.rejectedBy) continue;
    const props: Record<string, string | number | boolean | null> = {};
    if (ruled.confirmed) props.confirmed = true;
    if (ruled.tenure !== undefined) props.tenureSet = ruled.tenure;
    const { ident } = ruled.key;
    if (r.type === 'MEMBER_OF') add(r.type, { from, to, key: { role: ident as string }, props, evidence });
    else if (r.type === 'RECEIVED') {
      const year = ident as number;
      const extracted = r.conferredBy ? index.find(r.conferredBy, ['Organization', 'Unit'])?.id : undefined;
      if (r.conferredBy && !extracted) warnings.push(`conferrer ${r.conferredBy} of ${r.to} is not among the article's entities`);
      const conferrer = ruled.conferredById !== undefined ? ruled.conferredById : extracted;
      if (conferrer) props.conferredById = conferrer;
      add('RECEIVED', { from, to, key: { year }, props, evidence });
      if (conferrer) add('CONFERRED', { from: conferrer, to, key: { recipientId: from, year }, props: {}, evidence });
    } else add(r.type, { from, to, key: {}, props, evidence });
  }
  return { facts: new Map([...rows].map(([t, m]) => [t, [...m.values()]])), kept };
}
