// The part of an ingest that needs no database: validate, extract, and derive the
// article's identity and lookup keys. Runs outside any transaction (CPU only), so the
// bulk loader can prepare the next batch while the current one is being written.
import { createHash } from 'node:crypto';
import { extractArticle } from '../ingest/extract.js';
import { ExtractionError } from '../ingest/errors.js';
import type { ArticleGraph } from '../ingest/types.js';
import type { ArticleProps } from '../store/write/article-writes.js';
import { MAX_TITLE_LENGTH, normalizePublishedAt, parseArticleInput, type ArticleInput } from './article-input.js';
import { IngestError } from './errors.js';
import { articleIdOf } from './identity.js';
import { contestedKeysOf, nameKeysOf, planEntities, type PlannedEntity } from './plan-entities.js';

export interface IngestOptions {
  maxBytes?: number;
  /** Name used for the article in messages and as its key when it has no url (e.g. the file name). */
  name?: string;
  /** Warnings from reading the article (its file's encoding), listed first among the article's. */
  readWarnings?: string[];
}

export interface PreparedArticle {
  article: ArticleProps;
  graph: ArticleGraph;
  planned: PlannedEntity[];
  /** Alias keys of units, organisations and honours, looked up before resolving. */
  nameKeys: string[];
  /** Alias keys claimed before resolving (see claimKeys). */
  contested: string[];
  /** Extraction warnings; the write adds its own. */
  warnings: string[];
}

function extract(text: string, options: IngestOptions): ArticleGraph {
  try {
    return extractArticle(text, { name: options.name, maxBytes: options.maxBytes });
  } catch (err) {
    if (err instanceof ExtractionError) throw new IngestError(err.code === 'TOO_LARGE' ? 'TOO_LARGE' : 'NOT_AN_ARTICLE', err.message);
    throw err;
  }
}

/** Throws an IngestError for input the loader refuses. */
export function prepareArticle(input: ArticleInput, options: IngestOptions = {}): PreparedArticle {
  const fields = parseArticleInput(input);
  const graph = extract(fields.text, options);
  // The normalized text: the same article read from a file (BOM, CRLF, Traditional) or posted is the same content.
  const contentHash = createHash('sha256').update(graph.text).digest('hex');
  const key = fields.url ?? (options.name ? `file:${options.name}` : `sha256:${contentHash}`);
  const warnings = [...(options.readWarnings ?? []), ...graph.warnings];
  // What the page itself says is held to the rules of what a caller says, but a bad date costs only the date.
  const found = fields.publishedAt === undefined ? graph.meta.publishedAt : undefined;
  const foundDate = found === undefined ? null : normalizePublishedAt(found);
  if (found !== undefined && foundDate === null) warnings.push(`publication date ${found} is not a real date; left out`);
  const planned = planEntities(graph);
  return {
    article: {
      id: articleIdOf(key),
      key,
      url: fields.url ?? null,
      title: fields.title ?? graph.meta.title?.slice(0, MAX_TITLE_LENGTH) ?? null,
      publishedAt: fields.publishedAt ?? foundDate,
      source: fields.source ?? graph.meta.source ?? null,
      contentHash,
      script: graph.meta.script,
      text: graph.text,
    },
    graph,
    planned,
    nameKeys: nameKeysOf(planned),
    contested: contestedKeysOf(planned),
    warnings,
  };
}
