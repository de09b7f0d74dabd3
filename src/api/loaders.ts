// Request-scoped DataLoaders: whatever a request asks for at one level of the
// query — nodes by id with the lists selected on them, entities by id, article
// sentences, the members of every unit in a list — is read in one query, so
// round trips grow with the depth of the query, never with the number of
// parents. Lists read with their parents (store/read/lists.ts) are remembered
// here, so their resolvers find them without a round trip of their own.
import DataLoader from 'dataloader';
import type { GraphDb } from '../store/graph-db.js';
import { articlesByIds, articleTexts, evidenceTexts } from '../store/read/articles.js';
import { entitiesByIds } from '../store/read/entities.js';
import { factsByKeys } from '../store/read/facts.js';
import { planSignature, readPlans, rootsById, type ListPlan, type ParentRecord, type PlanResult, type Roots } from '../store/read/lists.js';
import { factKeyString, type FactKey } from '../model/facts.js';
import type { ArticleRecord, EntityRecord, EvidenceRef, EvidenceText, FactRecord, Page } from '../store/read/records.js';

/** A list's count depends on the list and its parameters only, not on the page or what it shows. */
const countKey = (plan: ListPlan) => JSON.stringify([plan.list.name, plan.params]);

const isEntity = (record: ParentRecord): record is EntityRecord => 'type' in record;

const byId = <V>(db: GraphDb, read: (db: GraphDb, ids: readonly string[]) => Promise<Map<string, V>>) =>
  new DataLoader<string, V | null>(async (ids) => {
    const found = await read(db, ids);
    return ids.map((id) => found.get(id) ?? null);
  });

const EMPTY_PAGE: Page<unknown> = { items: [], hasMore: false };

export function createLoaders(db: GraphDb) {
  /** By id; the id of an entity merged into another gives that one. */
  const entity = byId<EntityRecord>(db, entitiesByIds);
  const article = byId<ArticleRecord>(db, articlesByIds);
  /** Pages and counts already read, by plan signature (count key) and parent id. */
  const pages = new Map<string, Map<string, Page<unknown>>>();
  const totals = new Map<string, Map<string, number>>();
  const put = <V>(cache: Map<string, Map<string, V>>, key: string, id: string, value: V) => {
    let byParent = cache.get(key);
    if (!byParent) cache.set(key, (byParent = new Map()));
    byParent.set(id, value);
  };
  const remember = (plan: ListPlan, parentId: string, result: PlanResult) => {
    if (result.page) put(pages, planSignature(plan), parentId, result.page);
    if (result.total !== undefined) put(totals, countKey(plan), parentId, result.total);
  };
  const knownPage = (plan: ListPlan, parentId: string) => pages.get(planSignature(plan))?.get(parentId);
  const knownTotal = (plan: ListPlan, parentId: string) => totals.get(countKey(plan))?.get(parentId);

  /** Reads roots with their plans in one query; primes every loader with what it read. */
  async function read(roots: Roots, plans: readonly ListPlan[]): Promise<ParentRecord[]> {
    const { roots: found, nested } = await readPlans(db, roots, plans);
    for (const { record, results } of found) {
      if (isEntity(record)) entity.prime(record.id, record);
      else article.prime(record.id, record);
      results.forEach((result, i) => remember(plans[i]!, record.id, result));
    }
    for (const n of nested) remember(n.plan, n.parentId, n.result);
    return found.map((f) => f.record);
  }

  /** Nodes of one label by id, each with the same plans: every id asked for in one tick, one query. */
  const nodeLoaders = new Map<string, DataLoader<string, ParentRecord | null>>();
  function nodesOf(label: string, plans: readonly ListPlan[]): DataLoader<string, ParentRecord | null> {
    const key = JSON.stringify([label, plans.map(planSignature)]);
    let loader = nodeLoaders.get(key);
    if (!loader) {
      loader = new DataLoader<string, ParentRecord | null>(async (ids) => {
        const found = new Map((await read(rootsById(label, ids), plans)).map((r) => [r.id, r]));
        return ids.map((id) => found.get(id) ?? null);
      });
      nodeLoaders.set(key, loader);
    }
    return loader;
  }

  /** Reads a plan under a parent it was not read with (a list the lookahead could not see from above). */
  const readUnder = (plan: ListPlan, parentId: string) => nodesOf(plan.list.parent.label, [plan]).load(parentId);

  return {
    entity,
    article,
    articleText: byId<string>(db, articleTexts),
    evidence: new DataLoader<EvidenceRef, EvidenceText | null, string>(
      async (refs) => {
        const found = await evidenceTexts(db, refs);
        return refs.map((r) => found.get(r.key) ?? null);
      },
      { cacheKeyFn: (r) => r.key },
    ),
    /** Facts by key: the facts of every edge of a view in one query. */
    fact: new DataLoader<FactKey, FactRecord | null, string>(
      async (keys) => {
        const found = await factsByKeys(db, keys);
        return keys.map((k) => found.get(k) ?? null);
      },
      { cacheKeyFn: factKeyString },
    ),
    /** The node of this label and id (null when there is none), with the plans read under it. */
    node: (label: string, plans: readonly ListPlan[], id: string): Promise<ParentRecord | null> => nodesOf(label, plans).load(id),
    /** The nodes `roots` finds, with the plans read under each. */
    read,
    /** The page if it has been read already (with its parent), else undefined. */
    knownPage: <T>(plan: ListPlan, parentId: string): Page<T> | undefined => knownPage(plan, parentId) as Page<T> | undefined,
    /** One page of a plan's list under `parentId`; parents asked for in the same tick share one query. */
    page: async <T>(plan: ListPlan, parentId: string): Promise<Page<T>> => {
      const page = knownPage(plan, parentId) ?? (await readUnder(plan, parentId), knownPage(plan, parentId));
      return (page ?? EMPTY_PAGE) as Page<T>;
    },
    /** The number of items of a plan's list under `parentId`. */
    count: async (plan: ListPlan, parentId: string): Promise<number> =>
      knownTotal(plan, parentId) ?? (await readUnder(plan, parentId), knownTotal(plan, parentId)) ?? 0,
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
