// A batch's resolved articles as the rows of its write statements: one row per distinct
// entity and per distinct fact, carrying what each article says in ingest order. Each
// row remembers which articles state it, so created / merged counts come out per article
// exactly as if the articles had been written one after another.
import { addEvidence, factKey } from './fact-rows.js';
import type { StoredRelationType as FactType } from '../model/graph.js';
import type { EntityRow, FactRow } from '../store/write/article-writes.js';
import type { ResolvedEntity } from './resolve-entities.js';

export interface ArticleWrite {
  articleId: string;
  /** In write order: sorted by id. */
  entities: ResolvedEntity[];
  facts: Map<FactType, FactRow[]>;
}

export interface Counts {
  created: number;
  merged: number;
}

/** Rows with, for each, the batch positions of the articles stating it (the first creates it when it is new). */
export interface Attributed<R> {
  rows: R[];
  articles: number[][];
}

/** Rows being gathered, with the position of each by its identity. */
type Gathering<R> = Attributed<R> & { at: Map<string, number> };

const gathering = <R>(): Gathering<R> => ({ rows: [], articles: [], at: new Map() });

function place<R>(into: Gathering<R>, id: string, article: number, create: () => R): R {
  let at = into.at.get(id);
  if (at === undefined) {
    at = into.rows.push(create()) - 1;
    into.at.set(id, at);
    into.articles.push([]);
  }
  const articles = into.articles[at]!;
  if (articles.at(-1) !== article) articles.push(article);
  return into.rows[at]!;
}

export function entityRows(writes: ArticleWrite[]): Attributed<EntityRow> {
  const out = gathering<EntityRow>();
  writes.forEach((w, i) => {
    for (const e of w.entities) {
      const row = place(out, e.id, i, () => ({ id: e.id, label: e.type, mentions: [], links: [], keys: [] }));
      row.mentions.push({ name: e.name, kind: e.kind, names: e.names });
      const link = { articleId: w.articleId, names: e.names, keys: e.keys, resolution: e.resolution, sameKey: e.sameKey };
      // An article naming the entity twice links to it once, as its last naming says (what a second MERGE … SET would leave).
      if (row.links.at(-1)?.articleId === w.articleId) row.links[row.links.length - 1] = link;
      else row.links.push(link);
      row.keys.push(...e.keys.filter((k) => !row.keys.includes(k)));
    }
  });
  // Sorted ids: concurrent ingests lock shared nodes in the same order, which keeps deadlocks rare.
  const order = out.rows.map((_, i) => i).sort((a, b) => out.rows[a]!.id.localeCompare(out.rows[b]!.id));
  return { rows: order.map((i) => out.rows[i]!), articles: order.map((i) => out.articles[i]!) };
}

/** Per fact type; evidence accumulates and later properties override, as successive writes would do. */
export function factRowsByType(writes: ArticleWrite[]): Map<FactType, Attributed<FactRow>> {
  const out = new Map<FactType, Gathering<FactRow>>();
  writes.forEach((w, i) => {
    for (const [type, rows] of w.facts) {
      if (!out.has(type)) out.set(type, gathering());
      for (const r of rows) {
        const row = place(out.get(type)!, factKey(r), i, () => ({ ...r, props: {}, evidence: [] }));
        Object.assign(row.props, r.props);
        addEvidence(row, r.evidence);
      }
    }
  });
  return out;
}

/**
 * Created / merged per article: a row the database did not hold before is created by
 * its first article and merged by the others; rows it did not write count for nobody.
 */
export function countsPerArticle(articleCount: number, rows: { articles: number[]; isNew: boolean | undefined }[]): Counts[] {
  const counts = Array.from({ length: articleCount }, () => ({ created: 0, merged: 0 }));
  for (const { articles, isNew } of rows) {
    if (isNew === undefined) continue;
    articles.forEach((a, k) => (isNew && k === 0 ? counts[a]!.created++ : counts[a]!.merged++));
  }
  return counts;
}
