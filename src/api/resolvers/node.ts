// node(id), nodes(ids), exact lookup by name, and the type resolution of the
// Node and Entity interfaces. Each reads its nodes together with the lists
// selected on them (and the lists under those): one query.
import type { QueryResolvers, Resolvers } from '../../generated/graphql.js';
import { ENTITY_TYPES } from '../../model/graph.js';
import { rootsByName } from '../../store/read/entities.js';
import type { ListPlan } from '../../store/read/lists.js';
import type { ArticleRecord, EntityRecord } from '../../store/read/records.js';
import { foldName } from '../arguments.js';
import type { ApiContext } from '../context.js';
import { badUserInput } from '../errors.js';
import { fromGlobalId } from '../ids.js';
import { plansOnNode } from '../lookahead.js';

const MAX_NODE_IDS = 100;

/**
 * Null for a well-formed id that names nothing (or names a node of another type);
 * the kept entity for the id of one merged into it. Entities of every type are read
 * together, each list only under the entities of its type (lists.ts); articles apart,
 * with their own lists.
 */
async function loadNode(ctx: ApiContext, plans: readonly ListPlan[], id: string, argName: string): Promise<EntityRecord | ArticleRecord | null> {
  const { type, storeId } = fromGlobalId(id, argName);
  const label = type === 'Article' ? 'Article' : 'Entity';
  const node = await ctx.loaders.node(label, plans.filter((p) => (p.list.parent.label === 'Article') === (label === 'Article')), storeId);
  if (node) return !isEntity(node) || node.type === type ? node : null;
  if (label === 'Article') return null;
  // Not found by its own id: the id of an entity merged into another finds the kept one (its lists are then read under it).
  const kept = await ctx.loaders.entity.load(storeId);
  return kept?.type === type ? kept : null;
}

export const nodeQueries: Pick<QueryResolvers, 'node' | 'nodes' | 'entitiesByName'> = {
  node: (_root, { id }, ctx, info) => loadNode(ctx, plansOnNode(info, ctx.config), id, 'id'),
  nodes: (_root, { ids }, ctx, info) => {
    if (ids.length > MAX_NODE_IDS) throw badUserInput(`ids: at most ${MAX_NODE_IDS}`, { argumentName: 'ids' });
    ids.forEach((id) => fromGlobalId(id, 'ids')); // every id is checked before any is read
    const plans = plansOnNode(info, ctx.config);
    return Promise.all(ids.map((id) => loadNode(ctx, plans, id, 'ids')));
  },
  entitiesByName: async (_root, { name, types }, ctx, info) => {
    const folded = foldName(name);
    if (!folded) throw badUserInput('name is empty', { argumentName: 'name' });
    return (await ctx.loaders.read(rootsByName(folded, types?.length ? types : ENTITY_TYPES), plansOnNode(info, ctx.config))) as EntityRecord[];
  },
};

const isEntity = (r: EntityRecord | ArticleRecord): r is EntityRecord => 'type' in r;

export const nodeInterfaces: Pick<Resolvers, 'Node' | 'Entity'> = {
  Node: { __resolveType: (r) => (isEntity(r) ? r.type : 'Article') },
  Entity: { __resolveType: (r) => r.type },
};
