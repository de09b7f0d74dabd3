// PARTNERS_WITH: the outside organisations of a unit, the units of an organisation.
import { confident, factReading } from './cypher.js';
import type { ListQuery } from './lists.js';
import type { PartnershipRecord } from './records.js';

/** A partnership `r` from `u` to `o`, whichever end the list starts from. */
const vars = { from: 'u', r: 'r', to: 'o' };

export const partnersOfUnit: ListQuery<PartnershipRecord> = {
  name: 'partnersOfUnit',
  parent: { v: 'u', label: 'Unit' },
  match: `MATCH (u)-[r:PARTNERS_WITH]->(o:Organization) WHERE ${confident('r')}`,
  orderBy: 'o.name, o.id',
  ...factReading('PARTNERS_WITH', vars, 'u'),
};

export const partnersOfOrganization: ListQuery<PartnershipRecord> = {
  name: 'partnersOfOrganization',
  parent: { v: 'o', label: 'Organization' },
  match: `MATCH (u:Unit)-[r:PARTNERS_WITH]->(o) WHERE ${confident('r')}`,
  orderBy: 'u.name, u.id',
  ...factReading('PARTNERS_WITH', vars, 'o'),
};
