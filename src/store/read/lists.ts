// Per-parent lists (members of each unit, honours of each person, …) read for
// many parents in one round trip: the parents are found (by id, or by a lookup
// such as a name) and a subquery pages each list of each parent, another
// counts it when its total is asked for. A list can carry nested lists under
// the entities of its items (the members of each child unit, the honours of
// each member): they are compiled into the same query as nested subqueries,
// so the parents, every list selected on them and every list under those
// cost one round trip together.
import type { GraphDb, Params } from '../graph-db.js';
import { articleMap, entityList, pageParams, toArticle, toEntity, type Projection } from './cypher.js';
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
  /** The variables of a row that sorting, `project`, items and nested lists read (the parent's is not among them). */
  rows: string[];
  /** Sort keys; the last ones must make the order total so that offsets are stable. */
  orderBy: string;
  /** Clauses run on the page's rows only (lookups of what is shown, not filtered on). */
  project?: string;
  /** Expression of one item, read by `toItem`, reading what the projection asks for. */
  item: (projection: Projection) => string;
  /** Entities of an item that nested lists can hang from, by GraphQL path below the edge. */
  ends: Record<string, ListEnd<T>>;
  /** Reads one item; `parent` is the record of the node the list hangs from. */
  toItem: (raw: unknown, parent: ParentRecord) => T;
}

/** A list under a parent: its page (with the lists nested under its items' entities), its count, or both. */
export interface ListPlan {
  list: ListQuery<unknown>;
  /** The list's own parameters. */
  params: Params;
  projection: Projection;
  window: PageWindow;
  /** Whether the page is read: a plan can be there for its count alone. */
  page: boolean;
  /** Whether the list is counted (`totalCount`). */
  count: boolean;
  nested: { end: ListEnd<unknown>; plan: ListPlan }[];
}

/** What a plan read under one parent: its page and count, as the plan asked. */
export interface PlanResult {
  page?: Page<unknown>;
  total?: number;
}

/** A result a nested plan produced, for the caller to cache under its own key. */
export interface NestedResult {
  plan: ListPlan;
  parentId: string;
  result: PlanResult;
}

/** The nodes a read starts from, bound to `n` in the order they are to be returned. */
export interface Roots {
  match: string;
  params: Params;
  /** The label `match` gives `n`: `Entity` when it may be of several types. */
  label: string;
}

export const rootsById = (label: string, ids: readonly string[]): Roots => ({
  match: `UNWIND $ids AS id MATCH (n:${label} {id: id})`,
  params: { ids },
  label,
});

const signatures = new WeakMap<ListPlan, string>();

/** Identity of a plan: lists by name (hop bounds are part of the name), parameters, windows, what it reads, nesting. */
export function planSignature(plan: ListPlan): string {
  let s = signatures.get(plan);
  if (s === undefined) {
    s = JSON.stringify([plan.list.name, plan.params, plan.projection, plan.window, plan.page, plan.count, plan.nested.map((n) => [n.end.v, planSignature(n.plan)])]);
    signatures.set(plan, s);
  }
  return s;
}

/** Each level's parameters get the level's prefix, so nested lists of one kind cannot collide. */
const withPrefix = (cypher: string, prefix: string) => cypher.replace(/\$(\w+)/g, (_, name: string) => `$${prefix}${name}`);

/** A plan and the prefix of its parameters and columns: `p0_`, the lists nested in it `p0_0_`, `p0_1_`… */
interface Prefixed {
  plan: ListPlan;
  prefix: string;
}

const prefixed = (plans: readonly ListPlan[], level: string): Prefixed[] => plans.map((plan, i) => ({ plan, prefix: `${level}${i}_` }));

function levelParams(plans: readonly Prefixed[], into: Params): Params {
  for (const { plan, prefix } of plans) {
    for (const [k, v] of Object.entries({ ...plan.params, ...pageParams(plan.window.offset, plan.window.limit + 1) })) into[prefix + k] = v;
    levelParams(prefixed(plan.nested.map((n) => n.plan), prefix), into);
  }
  return into;
}

/**
 * The subqueries reading `plans` under the node bound to `v` (whose label is
 * `label`, or unknown), and the expression of their results: `[items, total]`
 * per plan, either null when not asked for. Inside, the node takes the name its
 * list's Cypher uses and nothing else stays in scope, so lists may reuse
 * variable names; a label test keeps each list to the types it belongs to.
 */
function planCalls(v: string, label: string | null, plans: readonly Prefixed[]): { cypher: string; value: string } {
  const calls: string[] = [];
  const values = plans.map(({ plan, prefix: p }) => {
    const { list } = plan;
    const { v: parentVar, label: parentLabel } = list.parent;
    const test = parentLabel === label || parentLabel === 'Entity' ? '' : ` WHERE ${parentVar}:${parentLabel}`;
    const bind = `WITH ${v} AS ${parentVar}${test}`;
    const match = withPrefix(list.match, p);
    const orderBy = withPrefix(list.orderBy, p);
    // Each nested list hangs from an entity of the item; its results ride along with the item.
    const nested = prefixed(plan.nested.map((n) => n.plan), p).map((n, j) => planCalls(plan.nested[j]!.end.v, null, [n]));
    const listItem = withPrefix(list.item(plan.projection), p);
    const item = nested.length ? `[${listItem}, [${nested.map((c) => c.value).join(', ')}]]` : listItem;
    const page = `${withPrefix(list.project ?? '', p)}
       ${nested.map((c) => c.cypher).join('\n')}
       RETURN collect(${item}) AS ${p}items`;
    if (plan.page && plan.count) {
      // Page and count from one pass over the rows: sorted and kept whole (as a
      // hand-written query would), counted, then the page cut from them.
      const rows = list.rows.join(', ');
      calls.push(`CALL (${v}) {
       ${bind}
       ${match}
       WITH ${rows} ORDER BY ${orderBy}
       WITH collect([${rows}]) AS ${p}rows
       CALL (${p}rows) {
         UNWIND ${p}rows[$${p}offset..$${p}offset + $${p}limit] AS ${p}row
         WITH ${list.rows.map((r, i) => `${p}row[${i}] AS ${r}`).join(', ')}
         ${page}
       }
       RETURN size(${p}rows) AS ${p}total, ${p}items
     }`);
    } else if (plan.page) {
      calls.push(`CALL (${v}) {
       ${bind}
       ${match}
       WITH * ORDER BY ${orderBy} SKIP $${p}offset LIMIT $${p}limit
       ${page}
     }`);
    } else {
      calls.push(`CALL (${v}) {
       ${bind}
       ${match}
       RETURN count(DISTINCT ${list.countOf}) AS ${p}total
     }`);
    }
    return `[${plan.page ? `${p}items` : 'null'}, ${plan.count ? `${p}total` : 'null'}]`;
  });
  return { cypher: calls.join('\n'), value: values.join(', ') };
}

/** Reads `planCalls`' value for one plan; nested results go to `nestedOut`. One row past the page tells whether another follows. */
function toResult(plan: ListPlan, raw: [unknown[] | null, number | null], parent: ParentRecord, nestedOut: NestedResult[]): PlanResult {
  const [rawItems, total] = raw;
  const result: PlanResult = {};
  if (total !== null) result.total = total;
  if (rawItems === null) return result;
  const items: unknown[] = [];
  for (const rawItem of rawItems) {
    if (items.length === plan.window.limit) break;
    if (!plan.nested.length) {
      items.push(plan.list.toItem(rawItem, parent));
      continue;
    }
    const [own, nestedRaw] = rawItem as [unknown, [unknown[] | null, number | null][]];
    const item = plan.list.toItem(own, parent);
    nestedRaw.forEach((r, i) => {
      const { end, plan: sub } = plan.nested[i]!;
      const subParent = end.of(item);
      if (subParent) nestedOut.push({ plan: sub, parentId: subParent.id, result: toResult(sub, r, subParent, nestedOut) });
    });
    items.push(item);
  }
  result.page = { items, hasMore: rawItems.length > plan.window.limit };
  return result;
}

const MAX_QUERY_TEXTS = 1_000;
const queryTexts = new Map<string, string>();

/** The query of roots and plans; built once for each shape of request (the oldest dropped past a thousand). */
function queryText(roots: Roots, top: readonly Prefixed[]): string {
  const key = [roots.label, roots.match, ...top.map((p) => planSignature(p.plan))].join('\u0000');
  let text = queryTexts.get(key);
  if (text === undefined) {
    const calls = planCalls('n', roots.label, top);
    const record = roots.label === 'Article' ? articleMap('n') : entityList('n', fixedType(roots.label));
    text = `${roots.match}
     ${calls.cypher}
     RETURN ${record} AS node, [${calls.value}] AS lists`;
    if (queryTexts.size >= MAX_QUERY_TEXTS) queryTexts.delete(queryTexts.keys().next().value!);
    queryTexts.set(key, text);
  }
  return text;
}

/** The entity type a label fixes: none for `Entity`. */
const fixedType = (label: string): EntityType | undefined => (label === 'Entity' ? undefined : (label as EntityType));

export interface RootRead {
  record: ParentRecord;
  /** One per plan, in the plans' order. */
  results: PlanResult[];
}

/**
 * The roots, each with the lists `plans` read under it (those whose parent
 * label it does not carry read nothing), and every nested result: one query.
 */
export async function readPlans(db: GraphDb, roots: Roots, plans: readonly ListPlan[]): Promise<{ roots: RootRead[]; nested: NestedResult[] }> {
  const top = prefixed(plans, 'p');
  const rows = await db.read<{ node: unknown; lists: [unknown[] | null, number | null][] }>(queryText(roots, top), levelParams(top, { ...roots.params }));
  const nested: NestedResult[] = [];
  const read = rows.map((row) => {
    const parent: ParentRecord = roots.label === 'Article' ? toArticle(row.node) : toEntity(row.node, fixedType(roots.label));
    return { record: parent, results: plans.map((plan, i) => toResult(plan, row.lists[i]!, parent, nested)) };
  });
  return { roots: read, nested };
}
