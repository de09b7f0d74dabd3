// Node and relationship counts. Each branch is a single-label or single-type
// count, which Neo4j answers from its count store without scanning.
import type { GraphDb } from './graph-db.js';
import { NODE_LABELS } from '../model/graph.js';

export const RELATIONSHIP_TYPES = [
  'PART_OF',
  'MEMBER_OF',
  'RECEIVED',
  'CONFERRED',
  'LEADS',
  'PARTNERS_WITH',
  'MENTIONED_IN',
] as const;

export interface LabelCount {
  label: string;
  count: number;
}

export interface GraphStatsRecord {
  nodes: number;
  relationships: number;
  nodesByLabel: LabelCount[];
  relationshipsByType: LabelCount[];
}

const countsQuery = [
  ...NODE_LABELS.map((l) => `MATCH (n:${l}) RETURN "nodes" AS kind, "${l}" AS label, count(n) AS count`),
  ...RELATIONSHIP_TYPES.map((t) => `MATCH ()-[r:${t}]->() RETURN "relationships" AS kind, "${t}" AS label, count(r) AS count`),
].join('\nUNION ALL\n');

/**
 * Totals are the sums of the listed labels and types: articles and entities, facts and
 * mentions. The Alias nodes and ALIAS_OF links behind exact name lookup are an index, not graph.
 */
export async function readGraphStats(db: GraphDb): Promise<GraphStatsRecord> {
  const records = await db.read<{ kind: string; label: string; count: number }>(countsQuery);
  const pick = (kind: string) => records.filter((r) => r.kind === kind).map(({ label, count }) => ({ label, count }));
  const sum = (counts: LabelCount[]) => counts.reduce((n, c) => n + c.count, 0);
  const nodesByLabel = pick('nodes');
  const relationshipsByType = pick('relationships');
  return { nodes: sum(nodesByLabel), relationships: sum(relationshipsByType), nodesByLabel, relationshipsByType };
}
