// LEADS: the initiatives of a unit or person, the leaders of an initiative.
import { factList, factOf } from './cypher.js';
import type { ListQuery } from './lists.js';
import type { LeadershipRecord } from './records.js';

const toLeadership = factOf('LEADS');

export const initiativesOfLeader: ListQuery<LeadershipRecord> = {
  name: 'initiativesOfLeader',
  parent: { v: 'x', label: 'Entity' },
  match: `MATCH (x)-[r:LEADS]->(i:Initiative)`,
  countOf: 'r',
  orderBy: 'i.name, i.id',
  item: (projection) => factList('x', 'r', 'i', { fact: 'LEADS', projection }),
  ends: { 'node.leader': 'x', 'node.initiative': 'i' },
  toItem: toLeadership,
};

export const leadersOfInitiative: ListQuery<LeadershipRecord> = {
  name: 'leadersOfInitiative',
  parent: { v: 'i', label: 'Initiative' },
  match: `MATCH (x:Entity)-[r:LEADS]->(i)`,
  countOf: 'r',
  orderBy: 'x.name, x.id',
  item: (projection) => factList('x', 'r', 'i', { fact: 'LEADS', projection }),
  ends: { 'node.leader': 'x', 'node.initiative': 'i' },
  toItem: toLeadership,
};
