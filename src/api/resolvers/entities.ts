// The entity types: a global id, the list fields LIST_FIELDS names, and a unit's parent.
import type { Resolvers } from '../../generated/graphql.js';
import { unitHierarchy } from '../../store/read/hierarchy.js';
import type { HierarchyItem } from '../../store/read/records.js';
import { toGlobalId } from '../ids.js';
import { listResolvers } from '../list-connection.js';
import type { EntityRecord } from '../mappers.js';

const id = (e: EntityRecord) => toGlobalId(e.type, e.id);

const PARENT_PLAN = {
  list: unitHierarchy('up', 1),
  params: {},
  projection: { details: true, evidence: false },
  window: { offset: 0, limit: 1 },
  nested: [],
};

export const entityResolvers: Pick<Resolvers, 'Unit' | 'Person' | 'Honour' | 'Initiative' | 'Organization'> = {
  Unit: {
    id,
    ...listResolvers('Unit'),
    parent: async (unit, _args, ctx) => (await ctx.loaders.page<HierarchyItem>(PARENT_PLAN, unit.id)).items[0]?.node ?? null,
  },
  Person: { id, ...listResolvers('Person') },
  Honour: { id, ...listResolvers('Honour') },
  Initiative: { id, ...listResolvers('Initiative') },
  Organization: { id, ...listResolvers('Organization') },
};
