export { ingestArticle, deleteArticle, type IngestResult, type IngestOptions } from './ingest-article.js';
export {
  ingestArticles,
  loadArticleFiles,
  loadSeedArticles,
  DEFAULT_BATCH_SIZE,
  type ArticleItem,
  type ArticleOutcome,
  type LoadSummary,
  type LoadFailure,
} from './load-articles.js';
export { IngestError } from './errors.js';
export type { ArticleInput } from './article-input.js';
export { seedOnStart } from './seed-on-start.js';
