// PARTNERS_WITH: the outside organisations of a unit, the units of an organisation.
import { factList, factOf } from './cypher.js';
import type { ListQuery } from './lists.js';
import type { PartnershipRecord } from './records.js';

const toPartnership = factOf('PARTNERS_WITH');

export const partnersOfUnit: ListQuery<PartnershipRecord> = {
  name: 'partnersOfUnit',
  parent: { v: 'u', label: 'Unit' },
  match: `MATCH (u)-[r:PARTNERS_WITH]->(o:Organization)`,
  countOf: 'r',
  orderBy: 'o.name, o.id',
  item: (projection) => factList('u', 'r', 'o', { fact: 'PARTNERS_WITH', projection }),
  ends: { 'node.unit': 'u', 'node.organization': 'o' },
  toItem: toPartnership,
};

export const partnersOfOrganization: ListQuery<PartnershipRecord> = {
  name: 'partnersOfOrganization',
  parent: { v: 'o', label: 'Organization' },
  match: `MATCH (u:Unit)-[r:PARTNERS_WITH]->(o)`,
  countOf: 'r',
  orderBy: 'u.name, u.id',
  item: (projection) => factList('u', 'r', 'o', { fact: 'PARTNERS_WITH', projection }),
  ends: { 'node.unit': 'u', 'node.organization': 'o' },
  toItem: toPartnership,
};
