// Request-scoped DataLoaders: whatever a request asks for at one level of the
// query — entities by id, article sentences, the members of every unit in a
// list — is read in one UNWIND query, so round trips grow with the depth of the
// query, never with the number of parents. Lists nested under lists are read
// with their parent list (store/read/lists.ts) and remembered here, so they
// cost no round trip of their own.
import DataLoader from 'dataloader';
import type { GraphDb, Params } from '../store/graph-db.js';
import { articlesByIds, articleTexts, evidenceTexts } from '../store/read/articles.js';
import { entitiesByIds } from '../store/read/entities.js';
import { readListCounts, readListPages, type ListPlan, type ListQuery } from '../store/read/lists.js';
import type { ArticleRecord, EntityRecord, EvidenceRef, EvidenceText, Page } from '../store/read/records.js';

const signatures = new WeakMap<ListPlan, string>();

/** Identity of a plan: lists by name (hop bounds are part of the name), parameters, windows, nesting. */
function signature(plan: ListPlan): string {
  let s = signatures.get(plan);
  if (s === undefined) {
    s = JSON.stringify([plan.list.name, plan.params, plan.projection, plan.window, plan.nested.map((n) => [n.end.v, signature(n.plan)])]);
    signatures.set(plan, s);
  }
  return s;
}

const byId = <V>(db: GraphDb, read: (db: GraphDb, ids: readonly string[]) => Promise<Map<string, V>>) =>
  new DataLoader<string, V | null>(async (ids) => {
    const found = await read(db, ids);
    return ids.map((id) => found.get(id) ?? null);
  });

export function createLoaders(db: GraphDb) {
  /** By id; the id of an entity merged into another gives that one. */
  const entity = byId<EntityRecord>(db, entitiesByIds);
  const pageLoaders = new Map<string, DataLoader<string, Page<unknown>>>();
  /** Pages already read, by plan signature and parent: what `known` can answer without waiting. */
  const readPages = new Map<string, Map<string, Page<unknown>>>();
  const known = (plan: ListPlan, parentId: string) => readPages.get(signature(plan))?.get(parentId);
  const remember = (plan: ListPlan, parentId: string, page: Page<unknown>) => {
    const key = signature(plan);
    let pages = readPages.get(key);
    if (!pages) readPages.set(key, (pages = new Map()));
    pages.set(parentId, page);
  };
  const countLoaders = new Map<string, DataLoader<string, number>>();
  /** Parents a plan's query found (and primed into `entity`), by plan signature and id. */
  const foundParents = new Set<string>();

  /** Pages of one plan, keyed by parent id; the nested pages it reads are remembered for `known`. */
  function pagesOf(plan: ListPlan): DataLoader<string, Page<unknown>> {
    const key = signature(plan);
    let loader = pageLoaders.get(key);
    if (!loader) {
      loader = new DataLoader<string, Page<unknown>>(async (parentIds) => {
        const { pages, parents, nested } = await readListPages(db, plan, parentIds);
        for (const [id, record] of parents) {
          entity.prime(id, record);
          foundParents.add(`${key}\u0000${id}`);
        }
        for (const n of nested) remember(n.plan, n.parentId, n.page);
        return parentIds.map((id) => {
          const page = pages.get(id) ?? { items: [], hasMore: false };
          remember(plan, id, page);
          return page;
        });
      });
      pageLoaders.set(key, loader);
    }
    return loader;
  }

  function countsOf(list: ListQuery<unknown>, params: Params): DataLoader<string, number> {
    const key = JSON.stringify([list.name, params]);
    let loader = countLoaders.get(key);
    if (!loader) {
      loader = new DataLoader<string, number>(async (parentIds) => {
        const counts = await readListCounts(db, list, parentIds, params);
        return parentIds.map((id) => counts.get(id) ?? 0);
      });
      countLoaders.set(key, loader);
    }
    return loader;
  }

  return {
    entity,
    article: byId<ArticleRecord>(db, articlesByIds),
    articleText: byId<string>(db, articleTexts),
    evidence: new DataLoader<EvidenceRef, EvidenceText | null, string>(
      async (refs) => {
        const found = await evidenceTexts(db, refs);
        return refs.map((r) => found.get(r.key) ?? null);
      },
      { cacheKeyFn: (r) => r.key },
    ),
    /** One page of a plan's list under `parentId`; parents asked for in the same tick share one query. */
    page: <T>(plan: ListPlan, parentId: string): Promise<Page<T>> => {
      const page = known(plan, parentId);
      return (page ? Promise.resolve(page) : pagesOf(plan).load(parentId)) as Promise<Page<T>>;
    },
    /** The page if it has been read already (with its parent list), else undefined. */
    knownPage: <T>(plan: ListPlan, parentId: string): Page<T> | undefined => known(plan, parentId) as Page<T> | undefined,
    /**
     * Whether the plan's query found `parentId` with the plan's parent label: its
     * entity record is then in `entity` already. Waits for the page.
     */
    parentFound: async (plan: ListPlan, parentId: string): Promise<boolean> => {
      await pagesOf(plan).load(parentId);
      return foundParents.has(`${signature(plan)}\u0000${parentId}`);
    },
    count: (list: ListQuery<unknown>, parentId: string, params: Params): Promise<number> => countsOf(list, params).load(parentId),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
