import type { GraphEdgeResolvers, QueryResolvers } from '../../generated/graphql.js';
import {
  MAX_NEIGHBORHOOD_DEPTH,
  MAX_NEIGHBORHOOD_LIMIT,
  MAX_PATH_HOPS,
  readNeighborhood,
  readShortestPath,
} from '../../store/read/graph-view.js';
import { STORED_RELATION_TYPES, type StoredRelationType } from '../../model/graph.js';
import { intInRange } from '../arguments.js';
import { badUserInput } from '../errors.js';
import { entityIdOf, toEdgeId, toFactId, toGlobalId } from '../ids.js';
import { factKeyOfEdge } from './facts.js';
import { graphViewReading } from '../lookahead.js';

/** In the schema's order, each once: the types go into the query text, and one set should be one Neo4j plan. */
const typesArg = (types: readonly StoredRelationType[] | null | undefined) =>
  types?.length ? STORED_RELATION_TYPES.filter((t) => types.includes(t)) : STORED_RELATION_TYPES;

export const graphViewQueries: Pick<QueryResolvers, 'neighborhood' | 'path'> = {
  neighborhood: (_root, { id, depth, relationTypes, limit, yearFrom, yearTo }, ctx, info) => {
    const start = entityIdOf(id);
    if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
      throw badUserInput('yearFrom must not be after yearTo', { argumentName: 'yearFrom' });
    }
    return readNeighborhood(
      ctx.db,
      { id: start.storeId, type: start.type },
      intInRange('depth', depth, 1, MAX_NEIGHBORHOOD_DEPTH),
      typesArg(relationTypes),
      intInRange('limit', limit, 1, MAX_NEIGHBORHOOD_LIMIT),
      graphViewReading(info),
      { from: yearFrom ?? null, to: yearTo ?? null },
    );
  },
  path: async (_root, { from, to, maxHops, relationTypes }, ctx, info) => {
    const a = entityIdOf(from, 'from');
    const b = entityIdOf(to, 'to');
    const hops = intInRange('maxHops', maxHops, 1, MAX_PATH_HOPS);
    if (a.storeId === b.storeId) {
      // shortestPath needs two distinct nodes; the path from a node to itself is the node.
      const node = await ctx.loaders.entity.load(a.storeId);
      return node?.type === a.type ? { nodes: [node], edges: [], length: 0 } : null;
    }
    return readShortestPath(ctx.db, { id: a.storeId, type: a.type }, { id: b.storeId, type: b.type }, hops, typesArg(relationTypes), graphViewReading(info));
  },
};

export const graphEdgeResolvers: GraphEdgeResolvers = {
  id: toEdgeId,
  factId: (edge) => toFactId(factKeyOfEdge(edge)),
  source: (edge) => toGlobalId(edge.sourceType, edge.sourceId),
  target: (edge) => toGlobalId(edge.targetType, edge.targetId),
};
