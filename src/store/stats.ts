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
  'MATCH (n) RETURN "nodes" AS kind, "*" AS label, count(n) AS count',
  'MATCH ()-[r]->() RETURN "relationships" AS kind, "*" AS label, count(r) AS count',
  ...NODE_LABELS.map((l) => `MATCH (n:${l}) RETURN "nodes" AS kind, "${l}" AS label, count(n) AS count`),
  ...RELATIONSHIP_TYPES.map((t) => `MATCH ()-[r:${t}]->() RETURN "relationships" AS kind, "${t}" AS label, count(r) AS count`),
].join('\nUNION ALL\n');

export async function readGraphStats(db: GraphDb): Promise<GraphStatsRecord> {
  const records = await db.read<{ kind: string; label: string; count: number }>(countsQuery);
  const pick = (kind: string) => records.filter((r) => r.kind === kind && r.label !== '*').map(({ label, count }) => ({ label, count }));
  const total = (kind: string) => records.find((r) => r.kind === kind && r.label === '*')?.count ?? 0;
  return {
    nodes: total('nodes'),
    relationships: total('relationships'),
    nodesByLabel: pick('nodes'),
    relationshipsByType: pick('relationships'),
  };
}
