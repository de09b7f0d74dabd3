export { ingestArticle, deleteArticle, type IngestResult, type IngestOptions } from './ingest-article.js';
export { loadArticleFiles, loadSeedArticles, seedIfEmpty, type LoadSummary, type LoadFailure } from './load-articles.js';
export { IngestError } from './errors.js';
export type { ArticleInput } from './article-input.js';
