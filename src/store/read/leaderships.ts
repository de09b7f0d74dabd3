// LEADS: the initiatives of a unit or person, the leaders of an initiative.
import { factList, factOf, type Projection } from './cypher.js';
import type { ListQuery } from './lists.js';
import type { LeadershipRecord } from './records.js';

/** The reading of a leadership `r` from `x` to `i`, whichever end the list starts from. */
const leadership = {
  countOf: 'r',
  item: (projection: Projection) => factList('x', 'r', 'i', { fact: 'LEADS', projection }),
  ends: { 'node.leader': 'x', 'node.initiative': 'i' },
  toItem: factOf('LEADS'),
};

export const initiativesOfLeader: ListQuery<LeadershipRecord> = {
  name: 'initiativesOfLeader',
  parent: { v: 'x', label: 'Entity' },
  match: `MATCH (x)-[r:LEADS]->(i:Initiative)`,
  orderBy: 'i.name, i.id',
  ...leadership,
};

export const leadersOfInitiative: ListQuery<LeadershipRecord> = {
  name: 'leadersOfInitiative',
  parent: { v: 'i', label: 'Initiative' },
  match: `MATCH (x:Entity)-[r:LEADS]->(i)`,
  orderBy: 'x.name, x.id',
  ...leadership,
};
