// node(id), nodes(ids), exact lookup by name, and the type resolution of the
// Node and Entity interfaces.
import type { QueryResolvers, Resolvers } from '../../generated/graphql.js';
import { ENTITY_TYPES } from '../../model/graph.js';
import { entitiesByName } from '../../store/read/entities.js';
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
 * the kept entity for the id of one merged into it.
 * The lists selected on the node need only its id: they are read alongside it,
 * not after it.
 */
async function loadNode(ctx: ApiContext, selected: ListPlan[], id: string, argName: string): Promise<EntityRecord | ArticleRecord | null> {
  const { type, storeId } = fromGlobalId(id, argName);
  // Lists selected under fragments of other types would read nothing for this node.
  const plans = selected.filter((p) => p.list.parent.label === type || p.list.parent.label === 'Entity');
  for (const plan of plans) {
    // Cached for the list resolvers; a failure surfaces there, if they run.
    ctx.loaders.page(plan, storeId).catch(() => undefined);
  }
  if (type === 'Article') return ctx.loaders.article.load(storeId);
  // A list on the node reads the node too: then the node costs no query of its own. When
  // the list did not find it, reading it by id still finds an entity merged into another.
  const carrier = plans[0];
  if (carrier) await ctx.loaders.parentFound(carrier, storeId).catch(() => undefined);
  const entity = await ctx.loaders.entity.load(storeId);
  return entity?.type === type ? entity : null;
}

export const nodeQueries: Pick<QueryResolvers, 'node' | 'nodes' | 'entitiesByName'> = {
  node: (_root, { id }, ctx, info) => loadNode(ctx, plansOnNode(info, ctx.config), id, 'id'),
  nodes: (_root, { ids }, ctx, info) => {
    if (ids.length > MAX_NODE_IDS) throw badUserInput(`ids: at most ${MAX_NODE_IDS}`, { argumentName: 'ids' });
    ids.forEach((id) => fromGlobalId(id, 'ids')); // every id is checked before any is read
    const plans = plansOnNode(info, ctx.config);
    return Promise.all(ids.map((id) => loadNode(ctx, plans, id, 'ids')));
  },
  entitiesByName: (_root, { name, types }, ctx) => {
    const folded = foldName(name);
    if (!folded) throw badUserInput('name is empty', { argumentName: 'name' });
    return entitiesByName(ctx.db, folded, types?.length ? types : ENTITY_TYPES);
  },
};

const isEntity = (r: EntityRecord | ArticleRecord): r is EntityRecord => 'type' in r;

export const nodeInterfaces: Pick<Resolvers, 'Node' | 'Entity'> = {
  Node: { __resolveType: (r) => (isEntity(r) ? r.type : 'Article') },
  Entity: { __resolveType: (r) => r.type },
};
