// MEMBER_OF: the people of a unit, the units of a person.
import { factList, factOf } from './cypher.js';
import type { ListQuery } from './lists.js';
import type { MembershipRecord } from './records.js';

const toMembership = factOf('MEMBER_OF');

/** Members of a unit; `$role` (or null) keeps one role only. */
export const membersOfUnit: ListQuery<MembershipRecord> = {
  name: 'membersOfUnit',
  parent: { v: 'u', label: 'Unit' },
  match: `MATCH (p:Person)-[r:MEMBER_OF]->(u) WHERE $role IS NULL OR r.role = $role`,
  countOf: 'r',
  orderBy: 'p.name, p.id, r.role',
  item: (projection) => factList('p', 'r', 'u', { fact: 'MEMBER_OF', projection }),
  ends: { 'node.person': 'p', 'node.unit': 'u' },
  toItem: toMembership,
};

export const membershipsOfPerson: ListQuery<MembershipRecord> = {
  name: 'membershipsOfPerson',
  parent: { v: 'p', label: 'Person' },
  match: `MATCH (p)-[r:MEMBER_OF]->(u:Unit)`,
  countOf: 'r',
  orderBy: 'u.name, u.id, r.role',
  item: (projection) => factList('p', 'r', 'u', { fact: 'MEMBER_OF', projection }),
  ends: { 'node.person': 'p', 'node.unit': 'u' },
  toItem: toMembership,
};
