// Graph views: the neighbourhood of an entity and the shortest path between two,
// over fact relationships only (never MENTIONED_IN or ALIAS_OF).
import type { GraphDb } from '../graph-db.js';
import neo4j from 'neo4j-driver';
import { entityList, evidenceOf, hopBound, roleOf, toEntity, toEvidence, yearOf, type Projection } from './cypher.js';
import type { EntityType, StoredRelationType } from '../../model/graph.js';
import type { GraphEdgeRecord, GraphPathRecord, GraphViewRecord } from './records.js';

export const MAX_NEIGHBORHOOD_DEPTH = 3;
export const MAX_NEIGHBORHOOD_LIMIT = 500;
export const MAX_PATH_HOPS = 6;

/**
 * Relationship types go into the pattern text (a type cannot be a parameter):
 * they are StoredRelationType values the schema's enum already validated.
 */
const typePattern = (types: readonly StoredRelationType[]): string => types.join('|');

/** What a graph view shows: its nodes' aliases and kind, its edges' role and year (their ids use them), their evidence. */
export interface GraphViewReading extends Projection {
  factProperties: boolean;
}

/** An edge `[type, sourceId, targetId, role, year, evidence]`; its ends' types come from the view's nodes. */
const edgeList = (r: string, from: string, to: string, reading: GraphViewReading): string =>
  `[type(${r}), ${from}.id, ${to}.id, ${reading.factProperties ? `${r}.role, ${r}.year` : 'null, null'}, ${evidenceOf(r, reading.evidence)}]`;

/** Reads `edgeList`: both ends are nodes of the view, whose types are known. */
function toEdge(raw: unknown, types: ReadonlyMap<string, EntityType>): GraphEdgeRecord {
  const [type, sourceId, targetId, rawRole, rawYear, evidence] = raw as [StoredRelationType, string, string, unknown, unknown, unknown];
  const role = roleOf(rawRole);
  const year = yearOf(rawYear);
  return {
    // Identity of a fact per the graph model: its ends plus role or year.
    id: [type, sourceId, targetId, role ?? year ?? ''].join(':'),
    type,
    sourceId,
    sourceType: types.get(sourceId)!,
    targetId,
    targetType: types.get(targetId)!,
    role,
    year,
    evidence: toEvidence(evidence),
  };
}

/** Nodes and the edges between them, read from a row of the queries below. */
function toView(row: { nodes: unknown[]; edges: unknown[] }) {
  const nodes = row.nodes.map((n) => toEntity(n));
  const types = new Map(nodes.map((n) => [n.id, n.type]));
  return { nodes, edges: row.edges.map((e) => toEdge(e, types)) };
}

/**
 * Nearest first (breadth-first, so Neo4j prunes the expansion instead of listing
 * every path), at most `limit` nodes including the start; then every edge of the
 * chosen types between the nodes kept.
 */
export async function readNeighborhood(
  db: GraphDb,
  start: { id: string; type: EntityType },
  depth: number,
  types: readonly StoredRelationType[],
  limit: number,
  reading: GraphViewReading,
): Promise<GraphViewRecord | null> {
  const rels = typePattern(types);
  const rows = await db.read<{ nodes: unknown[]; edges: unknown[]; truncated: boolean }>(
    `MATCH (start:Entity {id: $id}) WHERE $type IN labels(start)
     CALL (start) {
       MATCH path = (start)-[:${rels}*1..${hopBound(depth, MAX_NEIGHBORHOOD_DEPTH)}]-(x:Entity) WHERE x <> start
       WITH x, min(length(path)) AS distance ORDER BY distance, x.name, x.id LIMIT $neighbours + 1
       RETURN collect(x) AS reached
     }
     WITH [start] + reached[..$neighbours] AS kept, size(reached) > $neighbours AS truncated
     CALL (kept) {
       UNWIND kept AS a
       MATCH (a)-[r:${rels}]->(b) WHERE b IN kept
       RETURN collect(${edgeList('r', 'a', 'b', reading)}) AS edges
     }
     RETURN [n IN kept | ${entityList('n', undefined, reading.details)}] AS nodes, edges, truncated`,
    { id: start.id, type: start.type, neighbours: neo4j.int(limit - 1) },
  );
  const row = rows[0];
  if (!row) return null;
  return { ...toView(row), truncated: row.truncated };
}

/** A shortest path, ignoring direction; null when the ends are unknown or not connected within `maxHops`. */
export async function readShortestPath(
  db: GraphDb,
  from: { id: string; type: EntityType },
  to: { id: string; type: EntityType },
  maxHops: number,
  types: readonly StoredRelationType[],
  reading: GraphViewReading,
): Promise<GraphPathRecord | null> {
  const rows = await db.read<{ nodes: unknown[]; edges: unknown[] }>(
    `MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
     WHERE $fromType IN labels(a) AND $toType IN labels(b) AND a <> b
     MATCH p = shortestPath((a)-[:${typePattern(types)}*..${hopBound(maxHops, MAX_PATH_HOPS)}]-(b))
     RETURN [n IN nodes(p) | ${entityList('n', undefined, reading.details)}] AS nodes,
            [r IN relationships(p) | ${edgeList('r', 'startNode(r)', 'endNode(r)', reading)}] AS edges`,
    { fromId: from.id, fromType: from.type, toId: to.id, toType: to.type },
  );
  const row = rows[0];
  if (!row) return null;
  return { ...toView(row), length: row.edges.length };
}
