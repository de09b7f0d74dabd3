// MEMBER_OF: the people of a unit, the units of a person.
import { factList, factOf, type Projection } from './cypher.js';
import type { ListQuery } from './lists.js';
import type { MembershipRecord } from './records.js';

/** The reading of a membership `r` from `p` to `u`, whichever end the list starts from. */
const membership = {
  countOf: 'r',
  item: (projection: Projection) => factList('p', 'r', 'u', { fact: 'MEMBER_OF', projection }),
  ends: { 'node.person': 'p', 'node.unit': 'u' },
  toItem: factOf('MEMBER_OF'),
};

/** Members of a unit; `$role` (or null) keeps one role only. */
export const membersOfUnit: ListQuery<MembershipRecord> = {
  name: 'membersOfUnit',
  parent: { v: 'u', label: 'Unit' },
  match: `MATCH (p:Person)-[r:MEMBER_OF]->(u) WHERE $role IS NULL OR r.role = $role`,
  orderBy: 'p.name, p.id, r.role',
  ...membership,
};

export const membershipsOfPerson: ListQuery<MembershipRecord> = {
  name: 'membershipsOfPerson',
  parent: { v: 'p', label: 'Person' },
  match: `MATCH (p)-[r:MEMBER_OF]->(u:Unit)`,
  orderBy: 'u.name, u.id, r.role',
  ...membership,
};
