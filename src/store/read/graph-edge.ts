// One fact relationship of a graph view, found again by what identifies it, with its evidence.
import neo4j from 'neo4j-driver';
import type { GraphDb } from '../graph-db.js';
import { edgeMap, toEdge } from './graph-view.js';
import type { EdgeKey, GraphEdgeRecord } from './records.js';

/**
 * The identity properties each type is stored with (docs/graph-model.md): the
 * loader writes "" for an unknown role and -1 for an unknown year.
 */
const IDENTITY: Record<EdgeKey['type'], string> = {
  PART_OF: 'true',
  LEADS: 'true',
  PARTNERS_WITH: 'true',
  MEMBER_OF: 'r.role = $role',
  RECEIVED: 'r.year = $year',
  CONFERRED: 'r.year = $year AND r.recipientId = $recipientId',
};

/** Null when the graph no longer holds the fact (its last article was deleted). */
export async function readEdge(db: GraphDb, key: EdgeKey): Promise<GraphEdgeRecord | null> {
  // The type goes into the pattern text: EdgeKey.type is one of GRAPH_RELATION_TYPES, checked by the caller.
  const rows = await db.read<{ edge: unknown }>(
    `MATCH (a:Entity {id: $sourceId})-[r:${key.type}]->(b:Entity {id: $targetId})
     WHERE ${IDENTITY[key.type]}
     RETURN ${edgeMap('r', 'a', 'b')} AS edge LIMIT 1`,
    {
      sourceId: key.sourceId,
      targetId: key.targetId,
      role: key.role ?? '',
      year: neo4j.int(key.year ?? -1),
      recipientId: key.recipientId,
    },
  );
  return rows[0] ? toEdge(rows[0].edge) : null;
}
