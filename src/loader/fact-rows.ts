// One article's extracted relations as facts between resolved nodes.
import type { ArticleGraph, ExtractedRelation } from '../ingest/types.js';
import { RELATION_ENDS, STORED_RELATION_TYPES, type StoredRelationType as FactType } from '../model/graph.js';
import type { FactRow } from '../store/write/article-writes.js';
import type { EntityIndex, ResolvedEntity } from './resolve-entities.js';

const NO_YEAR = -1;

/** The resolved ends of a relation, when both are among the article's entities. */
export function endsOf(r: ExtractedRelation, index: EntityIndex): { from: ResolvedEntity; to: ResolvedEntity } | undefined {
  const from = index.find(r.from, RELATION_ENDS[r.type].from);
  const to = index.find(r.to, RELATION_ENDS[r.type].to);
  return from && to ? { from, to } : undefined;
}

/** A fact's identity: its ends and its key property (role or year), as the graph model says. */
export const factKey = (row: FactRow): string => JSON.stringify([row.from, row.to, row.key]);

/** Adds the sentences `row` does not cite yet. */
export function addEvidence(row: FactRow, evidence: string[]): void {
  row.evidence.push(...evidence.filter((e) => !row.evidence.includes(e)));
}

/** Fact rows keyed by resolved ids: one row per distinct fact, the first statement's properties, every sentence. */
export function factRows(graph: ArticleGraph, index: EntityIndex, articleId: string, warnings: string[]): Map<FactType, FactRow[]> {
  const rows = new Map<FactType, Map<string, FactRow>>(STORED_RELATION_TYPES.map((t) => [t, new Map()]));
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
    const evidence = [`${articleId}:${r.evidence?.start ?? 0}:${r.evidence?.end ?? 0}`];
    if (r.type === 'MEMBER_OF') add(r.type, { from, to, key: { role: r.role ?? '' }, props: {}, evidence });
    else if (r.type === 'RECEIVED') {
      const year = r.year ?? NO_YEAR;
      const conferrer = r.conferredBy ? index.find(r.conferredBy, ['Organization', 'Unit']) : undefined;
      if (r.conferredBy && !conferrer) warnings.push(`conferrer ${r.conferredBy} of ${r.to} is not among the article's entities`);
      add('RECEIVED', { from, to, key: { year }, props: conferrer ? { conferredById: conferrer.id } : {}, evidence });
      if (conferrer) add('CONFERRED', { from: conferrer.id, to, key: { recipientId: from, year }, props: {}, evidence });
    } else add(r.type, { from, to, key: {}, props: {}, evidence });
  }
  return new Map([...rows].map(([t, m]) => [t, [...m.values()]]));
}
