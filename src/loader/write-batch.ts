// Prepared articles into the graph in one write transaction: claim their contested
// names, read what the graph holds, resolve the articles in order, then write them all
// with a handful of UNWIND statements. A single ingest is a batch of one.
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphDb } from '../store/graph-db.js';
import { addArticleDetails, findArticles, readBackArticles, retractArticle, type ArticleDetails, type StoredArticle } from '../store/write/article-writes.js';
import type { ArticleRecord } from '../store/read/records.js';
import { countRules, findFactRules, findPins, findRedirects, type RuleCounts } from '../store/write/correction-rules.js';
import { claimKeys, findByAliasKeys, findPeopleByNames, findUnitAncestry } from '../store/write/resolution-queries.js';
import type { Counts } from './batch-rows.js';
import { GraphView } from './graph-view.js';
import { aliasKey, articlePinKey } from './identity.js';
import type { PreparedArticle } from './prepare-article.js';
import { resolveBatch } from './resolve-batch.js';
import { writeResolved } from './write-resolved.js';

export interface IngestResult {
  articleId: string;
  /** The article as stored, read in the transaction that wrote it. */
  article: ArticleRecord;
  status: 'created' | 'unchanged' | 'replaced';
  entities: Counts;
  relations: Counts;
  warnings: string[];
}

type Status = IngestResult['status'];

const union = (lists: string[][]): string[] => [...new Set(lists.flat())];

/** Keys corrections may have pinned the articles' names to: their identifying keys, and each name within its article. */
const pinKeysOf = (articles: PreparedArticle[]): string[] =>
  union(articles.map((a) => [...a.nameKeys, ...a.planned.flatMap((p) => p.names.map((n) => articlePinKey(a.article.id, aliasKey(p.type, n))))]));

/**
 * What the graph holds for the articles' names, and the rules corrections left: read
 * after the claims, so after any concurrent ingest of the same names commits.
 */
async function readView(tx: ManagedTransaction, articles: PreparedArticle[]): Promise<{ view: GraphView; rules: RuleCounts }> {
  const keys = union(articles.map((a) => a.nameKeys));
  const names = union(articles.map((a) => a.planned.filter((p) => p.type === 'Person').map((p) => p.name)));
  const [hits, people, partOf, pins, rules] = await Promise.all([
    findByAliasKeys(tx, keys),
    findPeopleByNames(tx, names),
    findUnitAncestry(tx, keys, names),
    findPins(tx, pinKeysOf(articles)),
    countRules(tx),
  ]);
  return { view: new GraphView({ hits, people, partOf, pins }), rules };
}

/**
 * The status of each article of the longest prefix one transaction can write. A key or
 * a content seen again must find the first article stored; a changed article's old
 * version must be retracted before anything of the batch resolves, so a replacement
 * only leads a batch.
 */
function statusesOf(articles: PreparedArticle[], stored: Map<string, StoredArticle>): Status[] {
  const statuses: Status[] = [];
  const seen = new Set<string>();
  for (const { article } of articles) {
    const previous = stored.get(article.key);
    const status = !previous ? 'created' : previous.contentHash === article.contentHash ? 'unchanged' : 'replaced';
    if (seen.has(article.key) || seen.has(article.contentHash) || (status === 'replaced' && statuses.length > 0)) break;
    seen.add(article.key).add(article.contentHash);
    statuses.push(status);
  }
  return statuses;
}

/** An article found by its content keeps its id; so does a replaced one (its key may have been a file name once). */
const asStored = (prepared: PreparedArticle, previous: StoredArticle | undefined): PreparedArticle =>
  previous && previous.id !== prepared.article.id ? { ...prepared, article: { ...prepared.article, id: previous.id } } : prepared;

/** What an unchanged article's new door adds: a url, title, date or source it lacked. */
function detailsToAdd({ article }: PreparedArticle, previous: StoredArticle): ArticleDetails | null {
  const fields = ['url', 'title', 'publishedAt', 'source'] as const;
  if (!fields.some((f) => previous[f] === null && article[f] !== null)) return null;
  return { id: previous.id, url: article.url, title: article.title, publishedAt: article.publishedAt, source: article.source };
}

/**
 * Results for the longest prefix of the articles one transaction can write (at least
 * the first); the caller writes the rest in a later one. Throws when the transaction
 * fails: then nothing of the batch is written.
 */
export async function writeBatch(db: GraphDb, articles: PreparedArticle[]): Promise<IngestResult[]> {
  const { results } = await db.write(
    async (tx) => {
      // Its content is claimed too: parallel ingests of one text through two doors find one article.
      const claimed = union(articles.map((a) => [...a.contested, `Article:${a.article.contentHash}`]));
      // Claims, article lookup and name lookups in one round trip (run in this order).
      const [, stored, firstView] = await Promise.all([
        claimKeys(tx, claimed),
        findArticles(tx, articles.map(({ article }) => ({ key: article.key, contentHash: article.contentHash }))),
        readView(tx, articles),
      ]);
      const statuses = statusesOf(articles, stored);
      const batch = articles.slice(0, statuses.length).map((a) => asStored(a, stored.get(a.article.key)));
      let { view, rules } = firstView;
      if (statuses[0] === 'replaced') {
        await retractArticle(tx, batch[0]!.article.id);
        ({ view, rules } = await readView(tx, batch)); // the retraction may have removed some
      }
      const details = batch.flatMap((a, i) => (statuses[i] === 'unchanged' ? [detailsToAdd(a, stored.get(a.article.key)!)] : [])).filter((d) => d !== null);
      const adding = addArticleDetails(tx, details); // pipelined with the writes below
      const toWrite = batch.filter((_, i) => statuses[i] !== 'unchanged');
      const resolved = await resolveBatch(toWrite, view, {
        rules,
        aliasHits: (keys) => findByAliasKeys(tx, keys),
        pins: (keys) => findPins(tx, keys),
        redirects: (ids) => findRedirects(tx, ids),
        factRules: (keys) => findFactRules(tx, keys),
      });
      const [counts] = await Promise.all([writeResolved(tx, toWrite.map((a) => a.article), resolved, claimed), adding]);
      const records = await readBackArticles(tx, batch.map((a) => a.article.id));
      let written = 0;
      const results = batch.map(({ article, warnings }, i): IngestResult => {
        const status = statuses[i]!;
        const record = records.get(article.id)!;
        if (status === 'unchanged') {
          return { articleId: article.id, article: record, status, entities: { created: 0, merged: 0 }, relations: { created: 0, merged: 0 }, warnings };
        }
        const k = written++;
        return { articleId: article.id, article: record, status, ...counts[k]!, warnings: resolved[k]!.warnings };
      });
      return { results, written: written + details.length };
    },
    // Nothing to write (every article unchanged): roll back, so the claims leave no trace.
    { rollbackWhen: (r) => r.written === 0 },
  );
  return results;
}
