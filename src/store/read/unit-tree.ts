// The unit tree around a unit in one read: every unit above it and below it
// over PART_OF, with the PART_OF edges between them, for a hierarchy view.
import neo4j from 'neo4j-driver';
import type { GraphDb } from '../graph-db.js';
import { entityList, hopBound, toEntity } from './cypher.js';
import { edgeMap, toEdge } from './graph-view.js';
import { MAX_HIERARCHY_DEPTH } from './hierarchy.js';
import type { GraphViewRecord } from './records.js';

/**
 * The unit, its ancestors (all of them: a chain is short) and its descendants
 * nearest first, at most `limit` units in all; null when there is no such unit.
 * A unit reachable on several paths is listed once.
 */
export async function readUnitTree(db: GraphDb, id: string, maxDepth: number, limit: number): Promise<GraphViewRecord | null> {
  const hops = `[:PART_OF*1..${hopBound(maxDepth, MAX_HIERARCHY_DEPTH)}]`;
  const rows = await db.read<{ nodes: unknown[]; edges: unknown[]; omitted: number }>(
    `MATCH (unit:Unit {id: $id})
     CALL (unit) {
       OPTIONAL MATCH path = (unit)-${hops}->(x:Unit)
       WITH x, min(length(path)) AS depth ORDER BY depth, x.name, x.id
       RETURN collect(x) AS above
     }
     CALL (unit) {
       OPTIONAL MATCH path = (x:Unit)-${hops}->(unit)
       WITH x, min(length(path)) AS depth ORDER BY depth, x.name, x.id
       RETURN collect(x) AS below
     }
     // Ancestors always stay (a list slice with a negative bound would count from the end).
     WITH unit, above, below, CASE WHEN $limit - 1 - size(above) > 0 THEN $limit - 1 - size(above) ELSE 0 END AS room
     WITH [unit] + above + below[..room] AS kept, size(below) - room AS omitted
     CALL (kept) {
       UNWIND kept AS a
       MATCH (a)-[r:PART_OF]->(b) WHERE b IN kept
       RETURN collect(${edgeMap('r', 'a', 'b')}) AS edges
     }
     RETURN [n IN kept | ${entityList('n')}] AS nodes, edges, omitted`,
    { id, limit: neo4j.int(limit) },
  );
  const row = rows[0];
  if (!row) return null;
  const omitted = Math.max(0, row.omitted);
  return { nodes: row.nodes.map((n) => toEntity(n)), edges: row.edges.map(toEdge), truncated: omitted > 0, omitted: async () => omitted };
}
