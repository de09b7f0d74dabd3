// The whole graph as sorted plain data, without the properties that record when or
// by which transaction attempt something was written: two loads of the same articles
// compare equal exactly when they built the same graph.
import type { GraphDb } from '../../src/store/graph-db.js';

const VOLATILE = new Set(['createdAt', 'updatedAt', 'ingestedAt', 'createdIn', 'claimedAt']);

export interface GraphDump {
  nodes: string[];
  relationships: string[];
}

const stable = (props: Record<string, unknown>) =>
  JSON.stringify(Object.fromEntries(Object.entries(props).filter(([k]) => !VOLATILE.has(k)).sort(([a], [b]) => (a < b ? -1 : 1))));

export async function dumpGraph(db: GraphDb): Promise<GraphDump> {
  const nodes = await db.read<{ labels: string[]; props: Record<string, unknown> }>('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props');
  const relationships = await db.read<{ from: string; type: string; to: string; props: Record<string, unknown> }>(
    'MATCH (a)-[r]->(b) RETURN coalesce(a.id, a.key) AS from, type(r) AS type, coalesce(b.id, b.key) AS to, properties(r) AS props',
  );
  return {
    nodes: nodes.map((n) => `${[...n.labels].sort().join(':')} ${stable(n.props)}`).sort(),
    relationships: relationships.map((r) => `${r.from} ${r.type} ${r.to} ${stable(r.props)}`).sort(),
  };
}
