// Graph views: the neighbourhood of an entity and the shortest path between two,
// over fact relationships only (never MENTIONED_IN or ALIAS_OF).
import type { GraphDb } from '../graph-db.js';
import neo4j from 'neo4j-driver';
import { confidenceOf, entityList, evidenceOf, hopBound, roleOf, toEntity, toEvidence, yearOf, type Projection } from './cypher.js';
import type { EntityType, StoredRelationType } from '../../model/graph.js';
import type { GraphEdgeRecord, GraphPathRecord, GraphViewRecord, YearRange } from './records.js';

export const MAX_NEIGHBORHOOD_DEPTH = 3;
export const MAX_NEIGHBORHOOD_LIMIT = 500;
export const MAX_PATH_HOPS = 6;

/**
 * Relationship types go into the pattern text (a type cannot be a parameter):
 * they are StoredRelationType values the schema's enum already validated.
 */
export const typePattern = (types: readonly StoredRelationType[]): string => types.join('|');

/** What a graph view shows: its nodes' aliases and kind, its edges' identity properties (role, year, recipient: their ids use them), their evidence. */
export interface GraphViewReading extends Projection {
  factProperties: boolean;
}

/** All of an edge but sentences: for one found by its id. */
export const WHOLE_EDGE: GraphViewReading = { details: true, factProperties: true, evidence: 'refs' };

/**
 * An edge `[type, sourceId, targetId, role, year, recipientId, evidence, confidence]`, with what
 * `reading` asks for. Its ends' types are not read with it: a view's edges join its
 * nodes, whose types are known.
 */
export const edgeList = (r: string, from: string, to: string, reading: GraphViewReading): string =>
  `[type(${r}), ${from}.id, ${to}.id, ${reading.factProperties ? `${r}.role, ${r}.year, ${r}.recipientId` : 'null, null, null'}, ${evidenceOf(r, reading.evidence)}, ${r}.confidence]`;

/** Reads `edgeList`, given the types of the entities it may join. */
export function toEdge(raw: unknown, types: ReadonlyMap<string, EntityType>): GraphEdgeRecord {
  const [type, sourceId, targetId, role, year, recipientId, evidence, confidence] = raw as [StoredRelationType, string, string, unknown, unknown, unknown, unknown, unknown];
  return {
    type,
    sourceId,
    sourceType: types.get(sourceId)!,
    targetId,
    targetType: types.get(targetId)!,
    role: roleOf(role),
    year: yearOf(year),
    recipientId: typeof recipientId === 'string' ? recipientId : null,
    confidence: confidenceOf(confidence),
    evidence: toEvidence(evidence),
  };
}

/** A view's nodes and the edges between them, from a row of a graph view's query. */
export function toView(row: { nodes: unknown[]; edges: unknown[] }): Pick<GraphViewRecord, 'nodes' | 'edges'> {
  const nodes = row.nodes.map((n) => toEntity(n));
  const types = new Map(nodes.map((n) => [n.id, n.type]));
  return { nodes, edges: row.edges.map((e) => toEdge(e, types)) };
}

/** Keeps `r` unless it carries a year outside the range; an unknown year (stored -1) is outside any range. */
const inYears = (r: string): string => `(${r}.year IS NULL OR (${r}.year >= coalesce($yearFrom, 0) AND ${r}.year <= coalesce($yearTo, 9999)))`;

const NO_YEARS: YearRange = { from: null, to: null };

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
  years: YearRange = NO_YEARS,
): Promise<GraphViewRecord | null> {
  const rels = typePattern(types);
  const hops = `[:${rels}*1..${hopBound(depth, MAX_NEIGHBORHOOD_DEPTH)}]`;
  // Without a year range the query text (and its cached plan) is the unfiltered one.
  const filtered = years.from !== null || years.to !== null;
  const pathInYears = filtered ? `AND all(r IN relationships(path) WHERE ${inYears('r')})` : '';
  const params = {
    id: start.id,
    type: start.type,
    ...(filtered && { yearFrom: years.from === null ? null : neo4j.int(years.from), yearTo: years.to === null ? null : neo4j.int(years.to) }),
  };
  const rows = await db.read<{ nodes: unknown[]; edges: unknown[]; truncated: boolean }>(
    `MATCH (start:Entity {id: $id}) WHERE $type IN labels(start)
     CALL (start) {
       MATCH path = (start)-${hops}-(x:Entity) WHERE x <> start ${pathInYears}
       WITH x, min(length(path)) AS distance ORDER BY distance, x.name, x.id LIMIT $neighbours + 1
       RETURN collect(x) AS reached
     }
     WITH [start] + reached[..$neighbours] AS kept, size(reached) > $neighbours AS truncated
     CALL (kept) {
       UNWIND kept AS a
       MATCH (a)-[r:${rels}]->(b) WHERE b IN kept ${filtered ? `AND ${inYears('r')}` : ''}
       RETURN collect(${edgeList('r', 'a', 'b', reading)}) AS edges
     }
     RETURN [n IN kept | ${entityList('n', undefined, reading.details)}] AS nodes, edges, truncated`,
    { ...params, neighbours: neo4j.int(limit - 1) },
  );
  const row = rows[0];
  if (!row) return null;
  const kept = row.nodes.length;
  return {
    ...toView(row),
    truncated: row.truncated,
    // Every entity within reach, read again only when the page asks how many it misses.
    omitted: async () => {
      if (!row.truncated) return 0;
      const [count] = await db.read<{ reachable: number }>(
        `MATCH (start:Entity {id: $id}) WHERE $type IN labels(start)
         MATCH path = (start)-${hops}-(x:Entity) WHERE x <> start ${pathInYears}
         RETURN count(DISTINCT x) AS reachable`,
        params,
      );
      return (count?.reachable ?? 0) - (kept - 1);
    },
  };
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
