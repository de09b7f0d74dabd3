// Many articles: files and folders → one ingest per article, failures collected
// (one bad file never stops the others), and a summary for the CLI and the seed loader.
import type { GraphDb } from '../store/graph-db.js';
import { listArticlePaths, readArticleFile, type ArticleFile } from './article-files.js';
import { ingestArticle, type IngestResult } from './ingest-article.js';

export interface LoadFailure {
  label: string;
  reason: string;
}

export interface LoadSummary {
  created: number;
  unchanged: number;
  replaced: number;
  failed: LoadFailure[];
  entities: { created: number; merged: number };
  relations: { created: number; merged: number };
  results: IngestResult[];
}

export interface LoadOptions {
  maxBytes?: number;
  concurrency?: number;
  onProgress?: (done: number, total: number, label: string) => void;
}

export async function loadArticleFiles(db: GraphDb, paths: string[], options: LoadOptions = {}): Promise<LoadSummary> {
  const summary: LoadSummary = {
    created: 0,
    unchanged: 0,
    replaced: 0,
    failed: [],
    entities: { created: 0, merged: 0 },
    relations: { created: 0, merged: 0 },
    results: [],
  };
  const files = await listArticlePaths(paths);
  const articles: ArticleFile[] = [];
  for (const file of files) {
    try {
      articles.push(...(await readArticleFile(file)));
    } catch (err) {
      summary.failed.push({ label: file, reason: (err as Error).message });
    }
  }
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < articles.length) {
      const article = articles[next++]!;
      try {
        const result = await ingestArticle(db, article.input, { name: article.name, maxBytes: options.maxBytes });
        summary[result.status]++;
        summary.entities.created += result.entities.created;
        summary.entities.merged += result.entities.merged;
        summary.relations.created += result.relations.created;
        summary.relations.merged += result.relations.merged;
        summary.results.push(result);
      } catch (err) {
        summary.failed.push({ label: article.label, reason: (err as Error).message });
      }
      options.onProgress?.(++done, articles.length, article.label);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
  return summary;
}

/** `npm start` on an empty graph: the seed articles. */
export async function seedIfEmpty(db: GraphDb, dir: string): Promise<LoadSummary | null> {
  const [row] = await db.read<{ n: number }>('MATCH (a:Article) RETURN count(a) AS n');
  if ((row?.n ?? 0) > 0) return null;
  return loadArticleFiles(db, [dir]);
}

/** Loads a folder that must load entirely (seeds, test fixtures): any failure is an error. */
export async function loadSeedArticles(db: GraphDb, dir: string): Promise<IngestResult[]> {
  const summary = await loadArticleFiles(db, [dir]);
  if (summary.failed.length > 0) {
    throw new Error(`seed articles failed: ${summary.failed.map((f) => `${f.label}: ${f.reason}`).join('; ')}`);
  }
  return summary.results;
}
