// Full-text search over entity names and aliases (the cjk-analysed index).
import type { GraphDb } from '../graph-db.js';
import { FULLTEXT_INDEX } from '../db-schema.js';
import { entityList, pageParams, toEntity } from './cypher.js';
import type { EntityType } from '../../model/graph.js';
import type { Page, PageWindow, SearchHit } from './records.js';

/**
 * The user's words become Lucene terms, never syntax: every operator character
 * is escaped, and lower case keeps AND / OR / NOT from acting as operators
 * (the cjk analyzer lower-cases the index anyway).
 */
function toLuceneTerms(query: string): string {
  return query.toLowerCase().replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&');
}

const hits = `CALL db.index.fulltext.queryNodes($index, $terms) YIELD node, score
  WHERE $types IS NULL OR any(l IN labels(node) WHERE l IN $types)`;

export async function searchEntities(
  db: GraphDb,
  query: string,
  types: readonly EntityType[] | null,
  window: PageWindow,
): Promise<Page<SearchHit>> {
  const rows = await db.read<{ node: unknown; score: number }>(
    `${hits}
     WITH node, score ORDER BY score DESC, node.name, node.id SKIP $offset LIMIT $limit
     RETURN ${entityList('node')} AS node, score`,
    { index: FULLTEXT_INDEX, terms: toLuceneTerms(query), types, ...pageParams(window.offset, window.limit + 1) },
  );
  const items = rows.map((r) => ({ node: toEntity(r.node), score: r.score }));
  return { items: items.slice(0, window.limit), hasMore: items.length > window.limit };
}

/** The page and the number of hits in one query: the hits are ranked once and counted as they are. */
export async function searchEntitiesCounted(
  db: GraphDb,
  query: string,
  types: readonly EntityType[] | null,
  window: PageWindow,
): Promise<{ page: Page<SearchHit>; total: number }> {
  const rows = await db.read<{ total: number; page: [unknown, number][] }>(
    `${hits}
     WITH node, score ORDER BY score DESC, node.name, node.id
     WITH collect([node, score]) AS ranked
     CALL (ranked) {
       UNWIND ranked[$offset..$offset + $limit] AS hit
       WITH hit[0] AS node, hit[1] AS score
       RETURN collect([${entityList('node')}, score]) AS page
     }
     RETURN size(ranked) AS total, page`,
    { index: FULLTEXT_INDEX, terms: toLuceneTerms(query), types, ...pageParams(window.offset, window.limit + 1) },
  );
  const { total = 0, page = [] } = rows[0] ?? {};
  const items = page.map(([node, score]) => ({ node: toEntity(node), score }));
  return { page: { items: items.slice(0, window.limit), hasMore: items.length > window.limit }, total };
}

export async function countSearchHits(db: GraphDb, query: string, types: readonly EntityType[] | null): Promise<number> {
  const rows = await db.read<{ total: number }>(`${hits} RETURN count(node) AS total`, {
    index: FULLTEXT_INDEX,
    terms: toLuceneTerms(query),
    types,
  });
  return rows[0]?.total ?? 0;
}
