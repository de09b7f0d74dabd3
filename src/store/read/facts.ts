// Facts by their identity (model/facts.ts), and the review queue: the facts most in
// doubt first, for analysts to confirm or reject.
import { IDENTITY_PROPERTY, type FactKey } from '../../model/facts.js';
import { RELATION_TYPES, type RelationType } from '../../model/graph.js';
import type { GraphDb } from '../graph-db.js';
import { factList, pageParams, toFact, type Projection } from './cypher.js';
import type { FactRecord, Page, PageWindow } from './records.js';

const FULL: Projection = { details: true, evidence: 'refs' };

/** The identity property of `r` compared with `value` (nothing for types without one). */
const identityTest = (type: RelationType, r: string, value: string): string => {
  const prop = IDENTITY_PROPERTY[type];
  return prop ? `${r}.${prop} = ${value}` : 'true';
};

/**
 * The facts with these keys, by key; absent when none. One statement per type present
 * (types go into the pattern text: they come from the fixed list, never from a user).
 */
export async function factsByKeys(db: GraphDb, keys: readonly FactKey[]): Promise<Map<FactKey, FactRecord>> {
  const types = RELATION_TYPES.filter((t) => keys.some((k) => k.type === t));
  const out = new Map<FactKey, FactRecord>();
  if (types.length === 0) return out;
  const rows = await db.read<{ i: number; type: RelationType; fact: unknown }>(
    types
      .map(
        (type) => `UNWIND range(0, size($keys) - 1) AS i
     WITH i, $keys[i] AS key WHERE key.type = '${type}'
     MATCH (x:Entity {id: key.from})-[r:${type}]->(y:Entity {id: key.to}) WHERE ${identityTest(type, 'r', 'key.ident')}
     OPTIONAL MATCH (c:Entity {id: r.conferredById})
     RETURN i, '${type}' AS type, ${factList('x', 'r', 'y', { fact: type, conferrer: 'c', projection: FULL })} AS fact`,
      )
      .join('\nUNION ALL\n'),
    { keys },
  );
  for (const row of rows) out.set(keys[row.i]!, toFact(row.type, row.fact));
  return out;
}

export interface ReviewFilter {
  maxConfidence: number;
  types: readonly RelationType[];
}

/**
 * Facts of the types not yet confirmed and at most that likely, from `x` to `y` over
 * `r`; for a page, each type's first `$offset + $limit` in order of doubt.
 */
const doubtful = (types: readonly RelationType[], paged: boolean) =>
  types
    .map(
      (type) => `MATCH (x:Entity)-[r:${type}]->(y:Entity)
       WHERE r.confidence <= $maxConfidence AND NOT coalesce(r.confirmed, false)
       ${paged ? 'WITH x, r, y ORDER BY r.confidence, x.id, y.id, r.role, r.year LIMIT $offset + $limit' : ''}
       RETURN '${type}' AS type, x, r, y`,
    )
    .join('\n       UNION ALL\n       ');

/**
 * Least likely first; ties by type and ends, so pages are stable. Each type's branch
 * reads at most the rows the page needs, in the order of its confidence index.
 */
export async function readReviewQueue(db: GraphDb, filter: ReviewFilter, window: PageWindow): Promise<Page<FactRecord>> {
  if (filter.types.length === 0) return { items: [], hasMore: false };
  const rows = await db.read<{ type: RelationType; fact: unknown }>(
    `CALL () {
       ${doubtful(filter.types, true)}
     }
     WITH type, x, r, y ORDER BY r.confidence, type, x.id, y.id, r.role, r.year SKIP $offset LIMIT $limit
     OPTIONAL MATCH (c:Entity {id: r.conferredById})
     RETURN type, ${factList('x', 'r', 'y', { conferrer: 'c', projection: FULL })} AS fact`,
    { maxConfidence: filter.maxConfidence, ...pageParams(window.offset, window.limit + 1) },
  );
  const items = rows.map((r) => toFact(r.type, r.fact));
  return { items: items.slice(0, window.limit), hasMore: items.length > window.limit };
}

export async function countReviewQueue(db: GraphDb, filter: ReviewFilter): Promise<number> {
  if (filter.types.length === 0) return 0;
  const rows = await db.read<{ total: number }>(
    `CALL () {
       ${doubtful(filter.types, false)}
     }
     RETURN count(*) AS total`,
    { maxConfidence: filter.maxConfidence },
  );
  return rows[0]?.total ?? 0;
}
