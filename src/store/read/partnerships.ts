// PARTNERS_WITH: the outside organisations of a unit, the units of an organisation.
import { factList, factOf, type Projection } from './cypher.js';
import type { ListQuery } from './lists.js';
import type { PartnershipRecord } from './records.js';

/** The reading of a partnership `r` from `u` to `o`, whichever end the list starts from. */
const partnership = {
  countOf: 'r',
  item: (projection: Projection) => factList('u', 'r', 'o', { fact: 'PARTNERS_WITH', projection }),
  ends: { 'node.unit': 'u', 'node.organization': 'o' },
  toItem: factOf('PARTNERS_WITH'),
};

export const partnersOfUnit: ListQuery<PartnershipRecord> = {
  name: 'partnersOfUnit',
  parent: { v: 'u', label: 'Unit' },
  match: `MATCH (u)-[r:PARTNERS_WITH]->(o:Organization)`,
  orderBy: 'o.name, o.id',
  ...partnership,
};

export const partnersOfOrganization: ListQuery<PartnershipRecord> = {
  name: 'partnersOfOrganization',
  parent: { v: 'o', label: 'Organization' },
  match: `MATCH (u:Unit)-[r:PARTNERS_WITH]->(o)`,
  orderBy: 'u.name, u.id',
  ...partnership,
};
