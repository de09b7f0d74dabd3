// The facts one article supports: fact relationships between entities it
// mentions that carry an evidence entry of this article.
import { RELATION_TYPES, type RelationType as FactType } from '../../model/graph.js';
import { confident, factList, toFact } from './cypher.js';
import type { ListQuery } from './lists.js';
import type { FactRecord } from './records.js';

/** `$types` (or null) keeps some fact types only. */
export const factsOfArticle: ListQuery<FactRecord> = {
  name: 'factsOfArticle',
  parent: { v: 'a', label: 'Article' },
  match: `MATCH (a)<-[:MENTIONED_IN]-(x:Entity)-[r:${RELATION_TYPES.join('|')}]->(y:Entity)
       WHERE ($types IS NULL OR type(r) IN $types) AND any(e IN r.evidence WHERE e STARTS WITH a.id + ':') AND ${confident('r')}`,
  countOf: 'r',
  rows: ['x', 'r', 'y'],
  orderBy: `type(r), x.name, y.name, x.id, y.id, coalesce(r.role, ''), coalesce(r.year, -1)`,
  project: 'OPTIONAL MATCH (c:Entity {id: r.conferredById})',
  item: (projection) => `[type(r), ${factList('x', 'r', 'y', { conferrer: 'c', projection })}]`,
  // Its items are of several types: nested lists under them are read by their own loaders.
  ends: {},
  toItem: (raw) => {
    const [fact, item] = raw as [FactType, unknown];
    return toFact(fact, item);
  },
};
