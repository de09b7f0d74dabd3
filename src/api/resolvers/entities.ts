// The entity types: a global id, and the list and first-item fields the tables of list-fields.ts name.
import type { Resolvers } from '../../generated/graphql.js';
import { toGlobalId } from '../ids.js';
import { listResolvers } from '../list-connection.js';
import type { EntityRecord } from '../mappers.js';

const id = (e: EntityRecord) => toGlobalId(e.type, e.id);

export const entityResolvers: Pick<Resolvers, 'Unit' | 'Person' | 'Honour' | 'Initiative' | 'Organization'> = {
  Unit: { id, ...listResolvers('Unit') },
  Person: { id, ...listResolvers('Person') },
  Honour: { id, ...listResolvers('Honour') },
  Initiative: { id, ...listResolvers('Initiative') },
  Organization: { id, ...listResolvers('Organization') },
};
