// The unit tree (PART_OF): ancestors, children and descendants of units, with depth.
import { entityList, hopBound, memoizeByKey, toEntity } from './cypher.js';
import type { ListQuery } from './lists.js';
import type { HierarchyItem } from './records.js';

export const MAX_HIERARCHY_DEPTH = 10;

const toHierarchyItem = (raw: unknown): HierarchyItem => {
  const [node, depth] = raw as [unknown, number];
  return { node: toEntity(node, 'Unit'), depth };
};

/**
 * Units `1..maxDepth` PART_OF hops above (`up`) or below (`down`) each parent.
 * A unit reachable on several paths is listed once, at its shortest distance.
 */
export const unitHierarchy = memoizeByKey((direction: 'up' | 'down', maxDepth: number): ListQuery<HierarchyItem> => {
  const hops = `[:PART_OF*1..${hopBound(maxDepth, MAX_HIERARCHY_DEPTH)}]`;
  const pattern = (rel: string) => (direction === 'up' ? `(top)-${rel}->(x:Unit)` : `(x:Unit)-${rel}->(top)`);
  return {
    name: `unitHierarchy:${direction}:${maxDepth}`,
    parent: { v: 'top', label: 'Unit' },
    // One level (parent, children) needs no path aggregation.
    match:
      maxDepth === 1
        ? `MATCH ${pattern('[:PART_OF]')} WITH DISTINCT x, 1 AS depth`
        : `MATCH path = ${pattern(hops)} WITH x, min(length(path)) AS depth`,
    countOf: 'x',
    rows: ['x', 'depth'],
    orderBy: 'depth, x.name, x.id',
    item: (projection) => `[${entityList('x', 'Unit', projection.details)}, depth]`,
    ends: { node: { v: 'x', of: (item) => item.node } },
    toItem: toHierarchyItem,
  };
});
