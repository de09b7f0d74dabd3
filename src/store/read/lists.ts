// Per-parent lists (members of each unit, honours of each person, …) read for
// many parents in one round trip: the parents are UNWOUND and a subquery pages
// each one. A list can carry nested lists under the entities of its items
// (the members of each child unit, the honours of each member): they are
// compiled into the same query as nested subqueries, so a chain of lists in
// one GraphQL request costs one round trip.
import type { GraphDb, Params } from '../graph-db.js';
import { entityList, pageParams, toEntity, type Projection } from './cypher.js';
import type { EntityType } from '../../model/graph.js';
import type { ArticleRecord, EntityRecord, Page, PageWindow } from './records.js';

/** The node a list hangs from: an entity, or an article. */
export type ParentRecord = EntityRecord | ArticleRecord;

/** An entity of a list's items that nested lists can hang from. */
export interface ListEnd<T> {
  /** Its Cypher variable. */
  v: string;
  /** Its record in an item (null when the item has none, e.g. no conferrer). */
  of(item: T): ParentRecord | null;
}

export interface ListQuery<T> {
  /** Name for the loaders' cache keys (hop bounds are part of it). */
  name: string;
  /** The parent node's variable and label (`{id: parentId}` finds it, or a parent list binds it). */
  parent: { v: string; label: string };
  /** Clauses that bind the rows of one parent, from its bound variable; may read the list's own `$params`. */
  match: string;
  /** Variable whose distinct values `totalCount` counts. */
  countOf: string;
  /** Sort keys; the last ones must make the order total so that offsets are stable. */
  orderBy: string;
  /** Clauses run on the page's rows only (lookups of what is shown, not filtered on). */
  project?: string;
  /** Expression of one item, read by `toItem`, reading what the projection asks for. */
  item: (projection: Projection) => string;
  /** Entities of an item that nested lists can hang from, by GraphQL path below the edge. */
  ends: Record<string, ListEnd<T>>;
  /** Reads one item; `parent` is the record of the node the list hangs from (null for an article at the top). */
  toItem: (raw: unknown, parent: ParentRecord | null) => T;
}

/** A page of a list, with the lists nested under its items' entities. */
export interface ListPlan {
  list: ListQuery<unknown>;
  /** The list's own parameters. */
  params: Params;
  projection: Projection;
  window: PageWindow;
  nested: { end: ListEnd<unknown>; plan: ListPlan }[];
}

/** A page a nested list produced, for the caller to cache under its own key. */
interface NestedPage {
  plan: ListPlan;
  parentId: string;
  page: Page<unknown>;
}

/** Each level's parameters get the level's prefix, so nested lists of one kind cannot collide. */
const withPrefix = (cypher: string, prefix: string) => cypher.replace(/\$(\w+)/g, (_, name: string) => `$${prefix}${name}`);

function levelParams(plan: ListPlan, prefix: string, into: Params): Params {
  for (const [k, v] of Object.entries({ ...plan.params, ...pageParams(plan.window.offset, plan.window.limit + 1) })) {
    into[prefix + k] = v;
  }
  plan.nested.forEach((n, i) => levelParams(n.plan, `${prefix}${i}_`, into));
  return into;
}

/** The rows of one parent, paged, with nested lists; leaves the item expression for the caller to RETURN. */
function levelBody(plan: ListPlan, prefix: string): { cypher: string; item: string } {
  const { list } = plan;
  const nested = plan.nested.map((n, i) => {
    const inner = levelBody(n.plan, `${prefix}${i}_`);
    // The end becomes the nested list's parent and nothing else stays in scope, so the
    // nested list may reuse variable names; the label test keeps lists to their types.
    const { v, label } = n.plan.list.parent;
    return `CALL (${n.end.v}) {
       WITH ${n.end.v} AS ${v} WHERE ${v}:${label}
       ${inner.cypher}
       RETURN collect(${inner.item}) AS _nested${i}
     }`;
  });
  const listItem = withPrefix(list.item(plan.projection), prefix);
  // A nested page's parent is read from the item's own end (`ListEnd.of`), not again here.
  const item = plan.nested.length ? `[${listItem}, [${plan.nested.map((_, i) => `_nested${i}`).join(', ')}]]` : listItem;
  const cypher = `${withPrefix(list.match, prefix)}
       WITH * ORDER BY ${withPrefix(list.orderBy, prefix)} SKIP $${prefix}offset LIMIT $${prefix}limit
       ${withPrefix(list.project ?? '', prefix)}
       ${nested.join('\n')}`;
  return { cypher, item };
}

/** One row past the page tells whether another page follows. */
function toPage(plan: ListPlan, rawItems: unknown[], parent: ParentRecord | null, nestedOut: NestedPage[]): Page<unknown> {
  const items: unknown[] = [];
  for (const raw of rawItems) {
    if (items.length === plan.window.limit) break;
    if (!plan.nested.length) {
      items.push(plan.list.toItem(raw, parent));
      continue;
    }
    const [rawItem, nestedRows] = raw as [unknown, unknown[][]];
    const item = plan.list.toItem(rawItem, parent);
    nestedRows.forEach((rows, i) => {
      const { end, plan: sub } = plan.nested[i]!;
      const subParent = end.of(item);
      if (subParent) nestedOut.push({ plan: sub, parentId: subParent.id, page: toPage(sub, rows, subParent, nestedOut) });
    });
    items.push(item);
  }
  return { items, hasMore: rawItems.length > plan.window.limit };
}

/** The parent itself, read with its list (a node fetched by id needs no query of its own); articles are not. */
function parentRecord(v: string, label: string): string {
  return label === 'Article' ? 'null' : entityList(v, fixedType(label));
}

/** The entity type a label fixes: none for `Entity`. */
const fixedType = (label: string): EntityType | undefined => (label === 'Entity' ? undefined : (label as EntityType));

export async function readListPages(
  db: GraphDb,
  plan: ListPlan,
  parentIds: readonly string[],
): Promise<{ pages: Map<string, Page<unknown>>; parents: Map<string, EntityRecord>; nested: NestedPage[] }> {
  const body = levelBody(plan, 'p_');
  const { v, label } = plan.list.parent;
  const rows = await db.read<{ parentId: string; parent: unknown; items: unknown[] }>(
    `UNWIND $parentIds AS parentId
     MATCH (${v}:${label} {id: parentId})
     CALL (${v}) {
       ${body.cypher}
       RETURN collect(${body.item}) AS items
     }
     RETURN parentId, ${parentRecord(v, label)} AS parent, items`,
    levelParams(plan, 'p_', { parentIds }),
  );
  const nested: NestedPage[] = [];
  const pages = new Map<string, Page<unknown>>();
  const parents = new Map<string, EntityRecord>();
  for (const row of rows) {
    const parent = row.parent == null ? null : toEntity(row.parent, fixedType(label));
    if (parent) parents.set(row.parentId, parent);
    pages.set(row.parentId, toPage(plan, row.items, parent, nested));
  }
  return { pages, parents, nested };
}

export async function readListCounts(
  db: GraphDb,
  list: ListQuery<unknown>,
  parentIds: readonly string[],
  params: Params,
): Promise<Map<string, number>> {
  const rows = await db.read<{ parentId: string; total: number }>(
    `UNWIND $parentIds AS parentId
     CALL (parentId) {
       MATCH (${list.parent.v}:${list.parent.label} {id: parentId})
       ${list.match}
       RETURN count(DISTINCT ${list.countOf}) AS total
     }
     RETURN parentId, total`,
    { ...params, parentIds },
  );
  return new Map(rows.map((r) => [r.parentId, r.total]));
}
