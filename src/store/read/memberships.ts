// MEMBER_OF: the people of a unit, the units of a person.
import { confident, factReading } from './cypher.js';
import type { ListQuery } from './lists.js';
import type { MembershipRecord } from './records.js';

/** A membership `r` from `p` to `u`, whichever end the list starts from. */
const vars = { from: 'p', r: 'r', to: 'u' };

/** Members of a unit; `$role` (or null) keeps one role only. Fact lists all take `$minConfidence` (cypher.ts `confident`). */
export const membersOfUnit: ListQuery<MembershipRecord> = {
  name: 'membersOfUnit',
  parent: { v: 'u', label: 'Unit' },
  match: `MATCH (p:Person)-[r:MEMBER_OF]->(u) WHERE ($role IS NULL OR r.role = $role) AND ${confident('r')}`,
  orderBy: 'p.name, p.id, r.role',
  ...factReading('MEMBER_OF', vars, 'u'),
};

export const membershipsOfPerson: ListQuery<MembershipRecord> = {
  name: 'membershipsOfPerson',
  parent: { v: 'p', label: 'Person' },
  match: `MATCH (p)-[r:MEMBER_OF]->(u:Unit) WHERE ${confident('r')}`,
  orderBy: 'u.name, u.id, r.role',
  ...factReading('MEMBER_OF', vars, 'p'),
};
