// Articles: by id, the filtered list, their text, and the evidence sentences cut from it.
import type { GraphDb } from '../graph-db.js';
import { articleMap, pageParams, toArticle } from './cypher.js';
import type { ArticleRecord, EvidenceRef, EvidenceText, Page, PageWindow } from './records.js';

export async function articlesByIds(db: GraphDb, ids: readonly string[]): Promise<Map<string, ArticleRecord>> {
  const rows = await db.read<{ article: unknown }>(
    `UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN ${articleMap('a')} AS article`,
    { ids },
  );
  return new Map(rows.map((r) => [(r.article as { id: string }).id, toArticle(r.article)]));
}

/** Texts are read apart from the metadata: they are large and seldom asked for. */
export async function articleTexts(db: GraphDb, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await db.read<{ id: string; text: string | null }>(
    `UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN id, a.text AS text`,
    { ids },
  );
  return new Map(rows.map((r) => [r.id, r.text ?? '']));
}

/** The sentences of evidence entries, cut in the database so that only they travel, not whole texts. */
export async function evidenceTexts(db: GraphDb, refs: readonly EvidenceRef[]): Promise<Map<string, EvidenceText>> {
  const rows = await db.read<{ key: string; article: unknown; sentence: string }>(
    `UNWIND $refs AS ref
     MATCH (a:Article {id: ref.articleId})
     RETURN ref.key AS key, ${articleMap('a')} AS article, substring(a.text, ref.start, ref.end - ref.start) AS sentence`,
    { refs: refs.map(({ key, articleId, start, end }) => ({ key, articleId, start, end })) },
  );
  return new Map(rows.map((r) => [r.key, { article: toArticle(r.article), sentence: r.sentence }]));
}

export interface ArticleFilter {
  /** Inclusive lower bound on `publishedAt` (an ISO prefix such as `2020-07-01`). */
  publishedFrom: string | null;
  /** Exclusive upper bound on `publishedAt`. */
  publishedBefore: string | null;
  source: string | null;
}

const filtered = `MATCH (a:Article)
  WHERE ($publishedFrom IS NULL OR a.publishedAt >= $publishedFrom)
    AND ($publishedBefore IS NULL OR a.publishedAt < $publishedBefore)
    AND ($source IS NULL OR a.source = $source)`;

/** Newest first; undated articles last. */
export async function listArticles(db: GraphDb, filter: ArticleFilter, window: PageWindow): Promise<Page<ArticleRecord>> {
  const rows = await db.read<{ article: unknown }>(
    `${filtered}
     WITH a ORDER BY coalesce(a.publishedAt, '') DESC, a.id SKIP $offset LIMIT $limit
     RETURN ${articleMap('a')} AS article`,
    { ...filter, ...pageParams(window.offset, window.limit + 1) },
  );
  const items = rows.map((r) => toArticle(r.article));
  return { items: items.slice(0, window.limit), hasMore: items.length > window.limit };
}

export async function countArticles(db: GraphDb, filter: ArticleFilter): Promise<number> {
  const rows = await db.read<{ total: number }>(`${filtered} RETURN count(a) AS total`, { ...filter });
  return rows[0]?.total ?? 0;
}
