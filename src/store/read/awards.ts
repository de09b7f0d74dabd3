// RECEIVED (and its mirror CONFERRED): honours of a recipient or of a unit's
// subtree, recipients of an honour, honours a unit or organisation conferred.
import { confident, factReading, hopBound, memoizeByKey } from './cypher.js';
import { MAX_HIERARCHY_DEPTH } from './hierarchy.js';
import type { ListQuery } from './lists.js';
import type { AwardRecord } from './records.js';

/** Newest first; an award without a year (stored as -1) comes last. */
const newestFirst = 'r.year DESC, h.name, x.name, h.id, x.id';

/** An award `r` from `x` to `h` conferred by `c`, whichever the list starts from. */
const vars = { from: 'x', r: 'r', to: 'h', conferrer: 'c' };
/** The conferrer, looked up by id on the page's rows only. */
const conferrerLookup = 'OPTIONAL MATCH (c:Entity {id: r.conferredById})';

/** Honours received by a unit or person. */
export const awardsOfRecipient: ListQuery<AwardRecord> = {
  name: 'awardsOfRecipient',
  parent: { v: 'x', label: 'Entity' },
  match: `MATCH (x)-[r:RECEIVED]->(h:Honour) WHERE ${confident('r')}`,
  orderBy: 'r.year DESC, h.name, h.id', // one recipient: no need to sort by it
  project: conferrerLookup,
  ...factReading('RECEIVED', vars, 'x'),
};

/**
 * Honours received by a unit and the units up to `maxDepth` (0 = none) levels
 * under it and, when `$includeMembers`, by the people serving in any of them.
 */
export const awardsOfUnitSubtree = memoizeByKey((maxDepth: number): ListQuery<AwardRecord> => {
  const hops = `[:PART_OF*0..${hopBound(maxDepth, MAX_HIERARCHY_DEPTH, 0)}]`;
  return {
    name: `awardsOfUnitSubtree:${maxDepth}`,
    parent: { v: 'top', label: 'Unit' },
    match: `CALL (top) {
         MATCH (x:Unit)-${hops}->(top) RETURN x
         UNION
         MATCH (x:Person)-[:MEMBER_OF]->(:Unit)-${hops}->(top) WHERE $includeMembers RETURN x
       }
       MATCH (x)-[r:RECEIVED]->(h:Honour) WHERE ${confident('r')}`,
    orderBy: newestFirst,
    project: conferrerLookup,
    ...factReading('RECEIVED', vars, 'top'),
  };
});

/** Recipients of an honour; `$year` (or null) keeps one year. */
export const awardsOfHonour: ListQuery<AwardRecord> = {
  name: 'awardsOfHonour',
  parent: { v: 'h', label: 'Honour' },
  match: `MATCH (x:Entity)-[r:RECEIVED]->(h) WHERE ($year IS NULL OR r.year = $year) AND ${confident('r')}`,
  orderBy: newestFirst,
  project: conferrerLookup,
  ...factReading('RECEIVED', vars, 'h'),
};

/** Honours a unit or organisation conferred: CONFERRED finds the honours, RECEIVED.conferredById the awards. */
export const awardsConferredBy: ListQuery<AwardRecord> = {
  name: 'awardsConferredBy',
  parent: { v: 'c', label: 'Entity' },
  match: `MATCH (c)-[:CONFERRED]->(h:Honour)
       WITH DISTINCT c, h
       MATCH (x:Entity)-[r:RECEIVED]->(h) WHERE r.conferredById = c.id AND ${confident('r')}`,
  orderBy: newestFirst,
  // The conferrer is the parent: no lookup by id needed.
  ...factReading('RECEIVED', vars, 'c'),
};
