// Cypher that writes one article and its facts, or takes them back. Every function
// runs inside the caller's transaction, so an article lands whole or not at all.
import type { ManagedTransaction, QueryResult } from 'neo4j-driver';
import { ENTITY_LABELS } from '../db-schema.js';

export const FACT_TYPES = ['PART_OF', 'MEMBER_OF', 'RECEIVED', 'CONFERRED', 'LEADS', 'PARTNERS_WITH'] as const;
export type FactType = (typeof FACT_TYPES)[number];
const FACT_PATTERN = FACT_TYPES.join('|');

export interface ArticleProps {
  id: string;
  key: string;
  url: string | null;
  title: string | null;
  publishedAt: string | null;
  source: string | null;
  contentHash: string;
  script: string;
  text: string;
}

export async function findArticleByKey(tx: ManagedTransaction, key: string): Promise<{ id: string; contentHash: string } | null> {
  const result = await tx.run('MATCH (a:Article {key: $key}) RETURN a.id AS id, a.contentHash AS contentHash', { key });
  return (result.records[0]?.toObject() as { id: string; contentHash: string } | undefined) ?? null;
}

export async function createArticle(tx: ManagedTransaction, article: ArticleProps): Promise<void> {
  await tx.run('CREATE (a:Article) SET a = $article, a.ingestedAt = datetime()', { article });
}

export interface EntityRow {
  id: string;
  name: string;
  aliases: string[];
  kind: string | null;
  names: string[];
  keys: string[];
  resolution: string;
  /** Recorded instead of `new` when the node already existed (a concurrent ingest created it). */
  sameKey: string;
}

/**
 * Merges one type's entities, links them to the article, registers their alias keys.
 * A fuller name seen later becomes the canonical one (ONTOLOGY: canonical = fullest).
 * Setting `updatedAt` write-locks every touched node, which serialises concurrent
 * ingests that share entities before they MERGE relationships between them.
 * `createdIn` marks nodes this transaction created (a random id per attempt), which
 * tells created from merged and a new node from one a concurrent ingest just made.
 */
const entityQueries = Object.fromEntries(
  ENTITY_LABELS.map((label) => [
    label,
    `UNWIND $rows AS row
     MATCH (a:Article {id: $articleId})
     MERGE (e:Entity {id: row.id})
       ON CREATE SET e:${label}, e.name = row.name, e.aliases = [], e.kind = row.kind, e.createdAt = datetime(), e.createdIn = $attempt
     WITH a, e, row, e.name AS oldName
     WITH a, e, row, CASE WHEN size(row.name) > size(oldName) THEN row.name ELSE oldName END AS name,
          e.aliases + [oldName] + row.names AS forms
     SET e.name = name,
         e.aliases = reduce(acc = [], f IN forms | CASE WHEN f = name OR f IN acc THEN acc ELSE acc + f END),
         e.kind = coalesce(e.kind, row.kind),
         e.updatedAt = datetime()
     MERGE (e)-[m:MENTIONED_IN]->(a)
     SET m.names = row.names, m.keys = row.keys,
         m.resolution = CASE WHEN row.resolution = 'new' AND e.createdIn <> $attempt THEN row.sameKey ELSE row.resolution END
     WITH e, row
     CALL (e, row) {
       UNWIND row.keys AS key
       MERGE (al:Alias {key: key})
       MERGE (al)-[:ALIAS_OF]->(e)
     }
     WITH count(DISTINCT CASE WHEN e.createdIn = $attempt THEN e END) AS created, count(DISTINCT e) AS total
     RETURN created, total - created AS merged`,
  ]),
) as Record<(typeof ENTITY_LABELS)[number], string>;

export interface Counts {
  created: number;
  merged: number;
}

const countsOf = (result: QueryResult): Counts => ({
  created: Number(result.records[0]?.get('created') ?? 0),
  merged: Number(result.records[0]?.get('merged') ?? 0),
});

/** Sent without waiting for the answer: the driver pipelines it with the transaction's other statements. */
export function mergeEntities(
  tx: ManagedTransaction,
  articleId: string,
  attempt: string,
  label: (typeof ENTITY_LABELS)[number],
  rows: EntityRow[],
): Promise<Counts> {
  if (rows.length === 0) return Promise.resolve({ created: 0, merged: 0 });
  return Promise.resolve(tx.run(entityQueries[label], { articleId, attempt, rows })).then(countsOf);
}

export interface FactRow {
  from: string;
  to: string;
  /** Identity properties of the fact beyond its ends: role, year, recipientId. */
  key: Record<string, string | number>;
  /** Non-identity properties, e.g. conferredById. */
  props: Record<string, string | number>;
  evidence: string[];
}

// One MERGE pattern per fact type: the properties that make a fact distinct
// are part of the pattern; everything else is set on it.
const identity: Record<FactType, string> = {
  PART_OF: '',
  MEMBER_OF: ' {role: row.key.role}',
  RECEIVED: ' {year: row.key.year}',
  CONFERRED: ' {recipientId: row.key.recipientId, year: row.key.year}',
  LEADS: '',
  PARTNERS_WITH: '',
};

const factQueries = Object.fromEntries(
  FACT_TYPES.map((type) => [
    type,
    `UNWIND $rows AS row
     MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
     OPTIONAL MATCH (a)-[old:${type}${identity[type]}]->(b)
     WITH a, b, row, old IS NOT NULL AS existed
     MERGE (a)-[r:${type}${identity[type]}]->(b)
       ON CREATE SET r.evidence = [], r.createdAt = datetime()
     SET r += row.props,
         r.evidence = r.evidence + [x IN row.evidence WHERE NOT x IN r.evidence]
     RETURN sum(CASE WHEN existed THEN 0 ELSE 1 END) AS created, sum(CASE WHEN existed THEN 1 ELSE 0 END) AS merged`,
  ]),
) as Record<FactType, string>;

/** Pipelined like mergeEntities; statements of one transaction still run in the order sent. */
export function mergeFacts(tx: ManagedTransaction, type: FactType, rows: FactRow[]): Promise<Counts> {
  if (rows.length === 0) return Promise.resolve({ created: 0, merged: 0 });
  return Promise.resolve(tx.run(factQueries[type], { rows })).then(countsOf);
}

/**
 * Takes an article back: its evidence leaves every fact; facts and entities left
 * with no support go; aliases only it contributed go. What other articles support stays.
 */
export async function retractArticle(tx: ManagedTransaction, articleId: string): Promise<boolean> {
  const prefix = `${articleId}:`;
  const found = await tx.run(
    `MATCH (a:Article {id: $articleId})
     OPTIONAL MATCH (a)<-[:MENTIONED_IN]-(e:Entity)-[r:${FACT_PATTERN}]-(:Entity)
     WHERE any(x IN r.evidence WHERE x STARTS WITH $prefix)
     WITH a, collect(DISTINCT r) AS facts
     FOREACH (r IN facts | SET r.evidence = [x IN r.evidence WHERE NOT x STARTS WITH $prefix])
     WITH a, [r IN facts WHERE size(r.evidence) = 0] AS unsupported
     FOREACH (r IN unsupported | DELETE r)
     RETURN count(a) AS n`,
    { articleId, prefix },
  );
  if (Number(found.records[0]?.get('n') ?? 0) === 0) return false;
  await tx.run(
    `MATCH (a:Article {id: $articleId})<-[m:MENTIONED_IN]-(e:Entity)
     DELETE m
     WITH DISTINCT e
     OPTIONAL MATCH (e)-[rest:MENTIONED_IN]->()
     WITH e, collect(rest) AS rest
     CALL (e, rest) {
       WITH e, rest WHERE size(rest) = 0
       OPTIONAL MATCH (al:Alias)-[:ALIAS_OF]->(e)
       DETACH DELETE e
       WITH al WHERE al IS NOT NULL AND NOT (al)-[:ALIAS_OF]->()
       DELETE al
     }
     CALL (e, rest) {
       WITH e, rest WHERE size(rest) > 0
       WITH e, reduce(acc = [], m IN rest | acc + m.keys) AS keys,
            reduce(acc = [], m IN rest | acc + [n IN m.names WHERE NOT n IN acc]) AS names
       SET e.aliases = [n IN names WHERE n <> e.name]
       WITH e, keys
       MATCH (al:Alias)-[x:ALIAS_OF]->(e) WHERE NOT al.key IN keys
       DELETE x
       WITH al WHERE NOT (al)-[:ALIAS_OF]->()
       DELETE al
     }
     RETURN count(*) AS n`,
    { articleId },
  );
  await tx.run('MATCH (a:Article {id: $articleId}) DETACH DELETE a', { articleId });
  return true;
}
