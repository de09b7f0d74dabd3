// Lists of units, people and honours without a search term.
import type { QueryResolvers } from '../../generated/graphql.js';
import { browsing, honours, people, units } from '../../store/read/browse.js';
import type { ApiContext } from '../context.js';
import { badUserInput } from '../errors.js';
import { entityIdOf } from '../ids.js';
import { ConnectionRecord, pageWindow, type PageArgs } from '../pagination.js';
import type { EntityType } from '../../model/graph.js';

/** A store id of an entity of the expected types, from its global id. */
function idOf(id: string | null | undefined, argumentName: string, types: EntityType[]): string | null {
  if (!id) return null;
  const { type, storeId } = entityIdOf(id, argumentName);
  if (!types.includes(type)) throw badUserInput(`${argumentName} must be the id of a ${types.join(' or ')}`, { argumentName });
  return storeId;
}

const connection = (ctx: ApiContext, page: PageArgs, list: ReturnType<typeof browsing>) => {
  const window = pageWindow(page, ctx.config);
  return new ConnectionRecord(window, { fetchPage: () => list.page(ctx.db, window), count: () => list.count(ctx.db) });
};

export const browseQueries: Pick<QueryResolvers, 'units' | 'people' | 'honours'> = {
  units: (_root, { kind, under, ...page }, ctx) => connection(ctx, page, browsing(units({ kind: kind ?? null, under: idOf(under, 'under', ['Unit']) }))),
  people: (_root, { unit, includeSubunits, role, tenure, ...page }, ctx) =>
    connection(
      ctx,
      page,
      browsing(
        people({
          unit: idOf(unit, 'unit', ['Unit']),
          subunits: includeSubunits,
          role: role ?? null,
          tenure: tenure ? tenure.toLowerCase() : null,
        }),
      ),
    ),
  honours: (_root, { year, conferredBy, ...page }, ctx) =>
    connection(ctx, page, browsing(honours({ year: year ?? null, conferredBy: idOf(conferredBy, 'conferredBy', ['Unit', 'Organization']) }))),
};
