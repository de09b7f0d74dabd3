// One article into the graph (the GraphQL mutation): extract outside the transaction,
// then write it as a batch of one, so it lands whole or not at all.
import type { GraphDb } from '../store/graph-db.js';
import { retractArticle } from '../store/write/article-writes.js';
import type { ArticleInput } from './article-input.js';
import { prepareArticle, type IngestOptions } from './prepare-article.js';
import { writeBatch, type IngestResult } from './write-batch.js';

export type { IngestOptions } from './prepare-article.js';
export type { IngestResult } from './write-batch.js';

/** Throws an IngestError for input the loader refuses; a database error leaves nothing written. */
export async function ingestArticle(db: GraphDb, input: ArticleInput, options: IngestOptions = {}): Promise<IngestResult> {
  const [result] = await writeBatch(db, [prepareArticle(input, options)]);
  return result!;
}

/** Removes an article and everything only it supported. False when there is no such article. */
export async function deleteArticle(db: GraphDb, articleId: string): Promise<boolean> {
  return db.write((tx) => retractArticle(tx, articleId));
}
