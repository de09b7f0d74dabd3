// A batch's resolved articles into the graph: one statement per kind of row, all
// pipelined; the answers give created / merged counts per article.
import type { ManagedTransaction } from 'neo4j-driver';
import { randomUUID } from 'node:crypto';
import { createArticles, mergeEntities, mergeFacts, removeOrphanAliases, type ArticleProps } from '../store/write/article-writes.js';
import { keepRuleEvidence } from '../store/write/correction-rules.js';
import { countsPerArticle, entityRows, factRowsByType, type Counts } from './batch-rows.js';
import type { ResolvedArticle } from './resolve-batch.js';

export interface ArticleCounts {
  entities: Counts;
  relations: Counts;
}

/**
 * `claimed`: the alias keys the transaction claimed; those no written entity carries
 * (claims of articles that turned out unchanged, or were left for a later batch) are removed.
 */
export async function writeResolved(
  tx: ManagedTransaction,
  articles: ArticleProps[],
  resolved: ResolvedArticle[],
  claimed: string[],
): Promise<ArticleCounts[]> {
  if (articles.length === 0) {
    await removeOrphanAliases(tx, claimed);
    return [];
  }
  const entities = entityRows(resolved);
  const facts = [...factRowsByType(resolved)];
  const registered = new Set(entities.rows.flatMap((r) => r.keys));
  // Every statement goes out at once (the driver pipelines them; Neo4j runs them in order),
  // awaited together so a failure leaves no answer unobserved.
  const [, created, factIsNew] = await Promise.all([
    createArticles(tx, articles),
    mergeEntities(tx, randomUUID(), entities.rows),
    Promise.all(facts.map(([type, { rows }]) => mergeFacts(tx, type, rows))),
    removeOrphanAliases(tx, claimed.filter((k) => !registered.has(k))),
    keepRuleEvidence(tx, resolved.flatMap((r) => r.kept)),
  ]);
  const entityCounts = countsPerArticle(
    articles.length,
    entities.rows.map((r, i) => ({ articles: entities.articles[i]!, isNew: created.has(r.id) })),
  );
  const relationCounts = countsPerArticle(
    articles.length,
    facts.flatMap(([, { rows, articles: by }], t) => rows.map((_, i) => ({ articles: by[i]!, isNew: factIsNew[t]!.get(i) }))),
  );
  return articles.map((_, i) => ({ entities: entityCounts[i]!, relations: relationCounts[i]! }));
}
