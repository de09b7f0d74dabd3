// LEADS: the initiatives of a unit or person, the leaders of an initiative.
import { confident, factReading } from './cypher.js';
import type { ListQuery } from './lists.js';
import type { LeadershipRecord } from './records.js';

/** A leadership `r` from `x` to `i`, whichever end the list starts from. */
const vars = { from: 'x', r: 'r', to: 'i' };

export const initiativesOfLeader: ListQuery<LeadershipRecord> = {
  name: 'initiativesOfLeader',
  parent: { v: 'x', label: 'Entity' },
  match: `MATCH (x)-[r:LEADS]->(i:Initiative) WHERE ${confident('r')}`,
  orderBy: 'i.name, i.id',
  ...factReading('LEADS', vars, 'x'),
};

export const leadersOfInitiative: ListQuery<LeadershipRecord> = {
  name: 'leadersOfInitiative',
  parent: { v: 'i', label: 'Initiative' },
  match: `MATCH (x:Entity)-[r:LEADS]->(i) WHERE ${confident('r')}`,
  orderBy: 'x.name, x.id',
  ...factReading('LEADS', vars, 'i'),
};
