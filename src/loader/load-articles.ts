// Many articles: the bulk path of `npm run ingest`, the seed loader and the benchmark.
// Articles go to the graph in batches of one transaction each, while the next batch is
// being extracted; a batch that fails is retried article by article, so one bad article
// fails alone, with its own reason, and the others land.
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { GraphDb } from '../store/graph-db.js';
import { listArticlePaths, readArticleFile, readFailure, type ArticleFile } from './article-files.js';
import type { ArticleInput } from './article-input.js';
import { prepareArticle, type PreparedArticle } from './prepare-article.js';
import { writeBatch, type IngestResult } from './write-batch.js';

/** Articles per transaction: large enough to amortise round trips and the commit, small enough to keep lock waits short. */
export const DEFAULT_BATCH_SIZE = 100;
/** And about this much article text at most, so that a batch of long articles stays a modest transaction. */
const MAX_BATCH_CHARS = 2_000_000;

export interface ArticleItem {
  input: ArticleInput;
  /** As IngestOptions.name: for messages, and the key of an article with no url. */
  name?: string;
  /** As IngestOptions.readWarnings. */
  warnings?: string[];
}

export type ArticleOutcome = { result: IngestResult; error?: undefined } | { error: Error; result?: undefined };

export interface BulkOptions {
  maxBytes?: number;
  batchSize?: number;
  /** Called as each article is settled (written, unchanged or failed); `index` is its position in the input. */
  onProgress?: (done: number, total: number, index: number) => void;
}

type Settle = (index: number, outcome: ArticleOutcome) => void;

const asError = (err: unknown): Error => (err instanceof Error ? err : new Error(String(err)));

/** Writes the articles in order, in as few transactions as they allow. */
async function writeInOrder(db: GraphDb, articles: { index: number; prepared: PreparedArticle }[], settle: Settle): Promise<void> {
  for (let rest = articles; rest.length > 0; ) {
    try {
      const results = await writeBatch(db, rest.map((a) => a.prepared));
      results.forEach((result, k) => settle(rest[k]!.index, { result }));
      rest = rest.slice(results.length);
    } catch (err) {
      if (rest.length === 1) return settle(rest[0]!.index, { error: asError(err) });
      for (const article of rest) await writeInOrder(db, [article], settle);
      return;
    }
  }
}

/** Consecutive [start, end) ranges of at most `size` items and about MAX_BATCH_CHARS of text. */
function* batchRanges(items: ArticleItem[], size: number): Generator<[number, number]> {
  const length = ({ input }: ArticleItem) => (typeof input?.text === 'string' ? input.text.length : 0);
  for (let start = 0; start < items.length; ) {
    let end = start;
    for (let chars = 0; end < items.length && end - start < size && chars < MAX_BATCH_CHARS; end++) chars += length(items[end]!);
    yield [start, end];
    start = end;
  }
}

/** One outcome per item, in input order. Never throws for a bad article: its outcome holds the reason. */
export async function ingestArticles(db: GraphDb, items: ArticleItem[], options: BulkOptions = {}): Promise<ArticleOutcome[]> {
  const outcomes: ArticleOutcome[] = new Array(items.length);
  let done = 0;
  const settle: Settle = (index, outcome) => {
    outcomes[index] = outcome;
    options.onProgress?.(++done, items.length, index);
  };
  let writing: Promise<void> = Promise.resolve();
  for (const [start, end] of batchRanges(items, Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE))) {
    // Extraction is CPU work: it overlaps the database's work on the previous batch,
    // provided the driver gets a turn of the event loop between articles to send and receive.
    const batch: { index: number; prepared: PreparedArticle }[] = [];
    for (let index = start; index < end; index++) {
      await nextTurn();
      const { input, name, warnings } = items[index]!;
      try {
        batch.push({ index, prepared: prepareArticle(input, { name, maxBytes: options.maxBytes, readWarnings: warnings }) });
      } catch (err) {
        settle(index, { error: asError(err) });
      }
    }
    await writing;
    writing = writeInOrder(db, batch, settle);
  }
  await writing;
  return outcomes;
}

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
  const { files, unreadable } = await listArticlePaths(paths);
  for (const { path, reason } of unreadable) summary.failed.push({ label: path, reason });
  const articles: ArticleFile[] = [];
  for (const file of files) {
    try {
      articles.push(...(await readArticleFile(file)));
    } catch (err) {
      summary.failed.push({ label: file, reason: readFailure(err) });
    }
  }
  const outcomes = await ingestArticles(db, articles, {
    maxBytes: options.maxBytes,
    onProgress: options.onProgress && ((done, total, index) => options.onProgress!(done, total, articles[index]!.label)),
  });
  outcomes.forEach(({ result, error }, i) => {
    if (error) return summary.failed.push({ label: articles[i]!.label, reason: error.message });
    summary[result.status]++;
    summary.entities.created += result.entities.created;
    summary.entities.merged += result.entities.merged;
    summary.relations.created += result.relations.created;
    summary.relations.merged += result.relations.merged;
    summary.results.push(result);
  });
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
