// The whole graph as sorted plain data, without the properties that record when or
// by which transaction attempt something was written: two loads of the same articles
// compare equal exactly when they built the same graph.
import type { GraphDb } from '../../src/store/graph-db.js';

const VOLATILE = new Set(['createdAt', 'updatedAt', 'ingestedAt', 'createdIn', 'claimedAt']);

export interface GraphDump {
  nodes: string[];
  relationships: string[];
}

export interface DumpOptions {
  /** Only what an export carries (src/export). */
  exportedOnly?: boolean;
  /** An empty list read as no value: neo4j-admin's CSV import stores no empty arrays. */
  emptyListsAbsent?: boolean;
}

const stable = (props: Record<string, unknown>, options: DumpOptions) =>
  JSON.stringify(
    Object.fromEntries(
      Object.entries(props)
        .filter(([k, v]) => !VOLATILE.has(k) && !(options.emptyListsAbsent && Array.isArray(v) && v.length === 0))
        .sort(([a], [b]) => (a < b ? -1 : 1)),
    ),
  );

// What an export carries (src/export): entities, articles, the alias keys some entity
// holds, and the relationships among them; corrections' ledger and rules stay behind.
const EXPORTED = (n: string) => `(${n}:Entity OR ${n}:Article OR (${n}:Alias AND (${n})-[:ALIAS_OF]->()))`;

export async function dumpGraph(db: GraphDb, options: DumpOptions = {}): Promise<GraphDump> {
  const where = (n: string) => (options.exportedOnly ? `WHERE ${EXPORTED(n)}` : '');
  const nodes = await db.read<{ labels: string[]; props: Record<string, unknown> }>(`MATCH (n) ${where('n')} RETURN labels(n) AS labels, properties(n) AS props`);
  const relationships = await db.read<{ from: string; type: string; to: string; props: Record<string, unknown> }>(
    `MATCH (a)-[r]->(b) ${options.exportedOnly ? `WHERE ${EXPORTED('a')} AND ${EXPORTED('b')}` : ''}
     RETURN coalesce(a.id, a.key) AS from, type(r) AS type, coalesce(b.id, b.key) AS to, properties(r) AS props`,
  );
  return {
    nodes: nodes.map((n) => `${[...n.labels].sort().join(':')} ${stable(n.props, options)}`).sort(),
    relationships: relationships.map((r) => `${r.from} ${r.type} ${r.to} ${stable(r.props, options)}`).sort(),
  };
}
