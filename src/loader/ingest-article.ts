// One article into the graph: extract (CPU, outside the transaction), then resolve
// and write in a single transaction, so it lands whole or not at all.
import { createHash, randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { extractArticle } from '../ingest/extract.js';
import { ExtractionError } from '../ingest/errors.js';
import type { ArticleGraph, EntityType, ExtractedRelation, RelationType } from '../ingest/types.js';
import type { GraphDb } from '../store/graph-db.js';
import { ENTITY_LABELS } from '../store/db-schema.js';
import {
  createArticle,
  findArticleByKey,
  mergeEntities,
  mergeFacts,
  retractArticle,
  FACT_TYPES,
  type Counts,
  type FactRow,
  type FactType,
} from '../store/write/article-writes.js';
import { parseArticleInput, type ArticleInput } from './article-input.js';
import { IngestError } from './errors.js';
import { articleIdOf } from './identity.js';
import { planEntities, type PlannedEntity } from './plan-entities.js';
import { contestedKeysOf, nameKeysOf, resolveEntities, type EntityIndex } from './resolve-entities.js';
import { claimKeys, findByAliasKeys, type KeyHit } from '../store/write/resolution-queries.js';

export interface IngestResult {
  articleId: string;
  status: 'created' | 'unchanged' | 'replaced';
  entities: { created: number; merged: number };
  relations: { created: number; merged: number };
  warnings: string[];
}

export interface IngestOptions {
  maxBytes?: number;
  /** Name used for the article in messages and as its key when it has no url (e.g. the file name). */
  name?: string;
}

const ENDS: Record<RelationType, { from: EntityType[]; to: EntityType[] }> = {
  PART_OF: { from: ['Unit'], to: ['Unit'] },
  MEMBER_OF: { from: ['Person'], to: ['Unit'] },
  RECEIVED: { from: ['Person', 'Unit'], to: ['Honour'] },
  LEADS: { from: ['Unit', 'Person'], to: ['Initiative'] },
  PARTNERS_WITH: { from: ['Unit'], to: ['Organization'] },
};

const NO_YEAR = -1;

/** The extractor's relations as fact rows keyed by resolved ids; one row per distinct fact. */
function factRows(graph: ArticleGraph, index: EntityIndex, articleId: string, warnings: string[]): Map<FactType, FactRow[]> {
  const rows = new Map<FactType, Map<string, FactRow>>(FACT_TYPES.map((t) => [t, new Map()]));
  const add = (type: FactType, row: FactRow) => {
    const id = JSON.stringify([row.from, row.to, row.key]);
    const existing = rows.get(type)!.get(id);
    if (existing) existing.evidence.push(...row.evidence.filter((e) => !existing.evidence.includes(e)));
    else rows.get(type)!.set(id, row);
  };
  const evidenceOf = (r: ExtractedRelation) => [`${articleId}:${r.evidence?.start ?? 0}:${r.evidence?.end ?? 0}`];
  for (const r of graph.relations) {
    const from = index.find(r.from, ENDS[r.type].from);
    const to = index.find(r.to, ENDS[r.type].to);
    if (!from || !to) {
      warnings.push(`skipped ${r.type} ${r.from} → ${r.to}: an end is not among the article's entities`);
      continue;
    }
    const evidence = evidenceOf(r);
    if (r.type === 'MEMBER_OF') add(r.type, { from: from.id, to: to.id, key: { role: r.role ?? '' }, props: {}, evidence });
    else if (r.type === 'RECEIVED') {
      const year = r.year ?? NO_YEAR;
      const conferrer = r.conferredBy ? index.find(r.conferredBy, ['Organization', 'Unit']) : undefined;
      if (r.conferredBy && !conferrer) warnings.push(`conferrer ${r.conferredBy} of ${r.to} is not among the article's entities`);
      add('RECEIVED', { from: from.id, to: to.id, key: { year }, props: conferrer ? { conferredById: conferrer.id } : {}, evidence });
      if (conferrer) add('CONFERRED', { from: conferrer.id, to: to.id, key: { recipientId: from.id, year }, props: {}, evidence });
    } else add(r.type, { from: from.id, to: to.id, key: {}, props: {}, evidence });
  }
  return new Map([...rows].map(([t, m]) => [t, [...m.values()]]));
}

function extract(text: string, options: IngestOptions): ArticleGraph {
  try {
    return extractArticle(text, { name: options.name, maxBytes: options.maxBytes });
  } catch (err) {
    if (err instanceof ExtractionError) throw new IngestError(err.code === 'TOO_LARGE' ? 'TOO_LARGE' : 'NOT_AN_ARTICLE', err.message);
    throw err;
  }
}

async function writeGraph(
  tx: ManagedTransaction,
  graph: ArticleGraph,
  planned: PlannedEntity[],
  nameKeyHits: KeyHit[],
  article: Parameters<typeof createArticle>[1],
  warnings: string[],
): Promise<Omit<IngestResult, 'articleId' | 'status' | 'warnings'>> {
  // The article's CREATE is pipelined with the first resolution query.
  const [, index] = await Promise.all([createArticle(tx, article), resolveEntities(tx, graph, planned, article.key, nameKeyHits)]);
  const attempt = randomUUID();
  const entities = index.all();
  // All merges go out at once (the driver pipelines them; Neo4j runs them in order).
  // Sorted ids: concurrent ingests lock shared nodes in the same order, which keeps deadlocks rare.
  const entityCounts = ENTITY_LABELS.map((label) =>
    mergeEntities(
      tx,
      article.id,
      attempt,
      label,
      entities
        .filter((e) => e.type === label)
        .sort((a, b) => a.id.localeCompare(b.id))
        .map(({ id, name, aliases, kind, names, keys, resolution, sameKey }) => ({ id, name, aliases, kind, names, keys, resolution, sameKey })),
    ),
  );
  const factCounts = [...factRows(graph, index, article.id, warnings)].map(([type, rows]) => mergeFacts(tx, type, rows));
  const sum = (counts: Counts[]) => counts.reduce((a, c) => ({ created: a.created + c.created, merged: a.merged + c.merged }), { created: 0, merged: 0 });
  // One Promise.all over every statement, so a failure leaves no answer unobserved.
  const counts = await Promise.all([...entityCounts, ...factCounts]);
  return { entities: sum(counts.slice(0, entityCounts.length)), relations: sum(counts.slice(entityCounts.length)) };
}

export async function ingestArticle(db: GraphDb, input: ArticleInput, options: IngestOptions = {}): Promise<IngestResult> {
  const fields = parseArticleInput(input);
  const graph = extract(fields.text, options);
  const contentHash = createHash('sha256').update(fields.text).digest('hex');
  const key = fields.url ?? (options.name ? `file:${options.name}` : `sha256:${contentHash}`);
  const articleId = articleIdOf(key);
  const extractionWarnings = [...graph.warnings];
  if (graph.entities.length === 0) extractionWarnings.push('no entities found in the article');

  const planned = planEntities(graph);
  const nameKeys = nameKeysOf(planned);
  const contested = contestedKeysOf(planned);

  const written = await db.write(async (tx) => {
    const warnings = [...extractionWarnings]; // a retried transaction starts afresh
    // Claim, article lookup and name lookup in one round trip (run in this order).
    const [, previous, prefetched] = await Promise.all([
      claimKeys(tx, contested),
      findArticleByKey(tx, key),
      findByAliasKeys(tx, nameKeys),
    ]);
    if (previous?.contentHash === contentHash) return UNCHANGED; // rolled back: the claim wrote alias keys
    let nameKeyHits = prefetched;
    if (previous) {
      await retractArticle(tx, previous.id);
      nameKeyHits = await findByAliasKeys(tx, nameKeys); // retraction may have removed some
    }
    const counts = await writeGraph(
      tx,
      graph,
      planned,
      nameKeyHits,
      {
        id: articleId,
        key,
        url: fields.url ?? null,
        title: fields.title ?? graph.meta.title ?? null,
        publishedAt: fields.publishedAt ?? graph.meta.publishedAt ?? null,
        source: fields.source ?? graph.meta.source ?? null,
        contentHash,
        script: graph.meta.script,
        text: graph.text,
      },
      warnings,
    );
    return { articleId, status: previous ? 'replaced' : 'created', ...counts, warnings } satisfies IngestResult;
  }, { rollbackWhen: (result) => result === UNCHANGED });
  if (written === UNCHANGED) {
    return { articleId, status: 'unchanged', entities: { created: 0, merged: 0 }, relations: { created: 0, merged: 0 }, warnings: extractionWarnings };
  }
  return written;
}

/** An ingest that found the same content already stored: its transaction is rolled back. */
const UNCHANGED = Symbol('unchanged');

/** Removes an article and everything only it supported. False when there is no such article. */
export async function deleteArticle(db: GraphDb, articleId: string): Promise<boolean> {
  return db.write((tx) => retractArticle(tx, articleId));
}
