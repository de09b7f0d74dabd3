// Cypher that writes a batch of articles and their facts, or takes an article back.
// Every function runs inside the caller's transaction, so a batch lands whole or not
// at all. Query texts are constants (values are parameters), so Neo4j plans each once.
import type { ManagedTransaction } from 'neo4j-driver';
import { STORED_IDENTITY } from '../../model/facts.js';
import { ENTITY_TYPES, STORED_RELATION_TYPES, type EntityType, type StoredRelationType as FactType } from '../../model/graph.js';
import { scrubRuleEvidence } from './correction-rules.js';
import { refreshDerived } from './fact-derived.js';
import { articleMap, toArticle, typeOf } from '../read/cypher.js';
import type { ArticleRecord } from '../read/records.js';

const FACT_PATTERN = STORED_RELATION_TYPES.join('|');

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

export interface StoredArticle {
  id: string;
  key: string;
  contentHash: string;
  url: string | null;
  title: string | null;
  publishedAt: string | null;
  source: string | null;
}

/**
 * The stored article each incoming one is: the one with its key, else one with its
 * content (the same text through another door: a file, then the mutation with a url).
 * Keyed by the incoming key.
 */
export async function findArticles(tx: ManagedTransaction, articles: { key: string; contentHash: string }[]): Promise<Map<string, StoredArticle>> {
  const result = await tx.run(
    `UNWIND $articles AS x
     OPTIONAL MATCH (byKey:Article {key: x.key})
     OPTIONAL MATCH (byContent:Article {contentHash: x.contentHash})
     WITH x, byKey, byContent ORDER BY byContent.id
     WITH x, byKey, collect(byContent)[0] AS byContent
     WITH x, coalesce(byKey, byContent) AS a
     WHERE a IS NOT NULL
     RETURN x.key AS incoming, a {.id, .key, .contentHash, .url, .title, .publishedAt, .source} AS stored`,
    { articles },
  );
  return new Map(result.records.map((r) => [r.get('incoming') as string, r.get('stored') as StoredArticle]));
}

/**
 * The articles as a read would show them, read inside the write that stored them: the
 * mutation answers from the transaction that landed, never from a later read that
 * could fail after the commit (the client would think nothing landed).
 */
export async function readBackArticles(tx: ManagedTransaction, ids: string[]): Promise<Map<string, ArticleRecord>> {
  const result = await tx.run(`UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN ${articleMap('a')} AS article`, { ids });
  return new Map(result.records.map((r) => {
    const article = toArticle(r.get('article'));
    return [article.id, article];
  }));
}

export interface ArticleDetails {
  id: string;
  url: string | null;
  title: string | null;
  publishedAt: string | null;
  source: string | null;
}

/**
 * Details another door gave for an article already stored: they fill what it lacks. An
 * article known by its file name or content takes the url as its key, so that a changed
 * text at that url replaces it.
 */
export function addArticleDetails(tx: ManagedTransaction, rows: ArticleDetails[]): Promise<unknown> {
  if (rows.length === 0) return Promise.resolve();
  return Promise.resolve(
    tx.run(
      `UNWIND $rows AS row
       MATCH (a:Article {id: row.id})
       SET a.key = CASE WHEN a.url IS NULL AND row.url IS NOT NULL THEN row.url ELSE a.key END,
           a.url = coalesce(a.url, row.url), a.title = coalesce(a.title, row.title),
           a.publishedAt = coalesce(a.publishedAt, row.publishedAt), a.source = coalesce(a.source, row.source)`,
      { rows },
    ),
  );
}

/** Sent without waiting for the answer: the driver pipelines it with the transaction's other statements. */
export function createArticles(tx: ManagedTransaction, articles: ArticleProps[]): Promise<unknown> {
  return Promise.resolve(tx.run('UNWIND $articles AS article CREATE (a:Article) SET a = article, a.ingestedAt = datetime()', { articles }));
}

/** One naming of an entity; an article naming it twice gives two, in order. */
export interface EntityMention {
  name: string;
  kind: string | null;
  names: string[];
}

/** An article's MENTIONED_IN link to an entity, from its last naming of it. */
export interface EntityLink {
  articleId: string;
  names: string[];
  keys: string[];
  resolution: string;
  /** Recorded instead of `new` when the node already existed (a concurrent ingest created it). */
  sameKey: string;
}

/** One entity of the batch: its namings and links in ingest order; the first link's article is the one that creates it. */
export interface EntityRow {
  id: string;
  label: EntityType;
  mentions: EntityMention[];
  links: EntityLink[];
  /** Every alias key the articles contribute. */
  keys: string[];
}

// The label is set with FOREACH because a label cannot be a parameter in every Neo4j 5.
const setLabel = ENTITY_TYPES.map((label) => `FOREACH (_ IN CASE WHEN created AND row.label = '${label}' THEN [1] ELSE [] END | SET e:${label})`).join('\n     ');

/**
 * Merges the batch's entities, links each to its articles, registers their alias keys.
 * The mentions are folded in order, as if each article had been written after the
 * previous one: a fuller name seen later becomes the canonical one (ONTOLOGY: canonical
 * = fullest) unless an analyst named the entity (renameEntity), every other form
 * becomes an alias, the first known kind stays.
 * Setting `updatedAt` write-locks every touched node, which serialises concurrent
 * ingests that share entities before they MERGE relationships between them.
 * `createdIn` (a random id per transaction attempt) tells a node this transaction
 * created from one that existed, or that a concurrent ingest just made.
 * MENTIONED_IN is created, not merged: the batch's articles are created in this transaction.
 * An entity without aliases may have no list at all: neo4j-admin imports (src/export/csv.ts)
 * store no empty arrays.
 */
const MERGE_ENTITIES = `UNWIND $rows AS row
     MERGE (e:Entity {id: row.id})
       ON CREATE SET e.name = row.mentions[0].name, e.aliases = [], e.kind = row.mentions[0].kind, e.createdAt = datetime(), e.createdIn = $attempt
     WITH e, row, e.createdIn = $attempt AS created
     ${setLabel}
     WITH e, row, created, reduce(s = {name: e.name, aliases: coalesce(e.aliases, []), kind: e.kind}, m IN row.mentions |
       {name: CASE WHEN size(m.name) > size(s.name) THEN m.name ELSE s.name END,
        aliases: reduce(acc = [], f IN s.aliases + [s.name] + m.names |
          CASE WHEN f = (CASE WHEN size(m.name) > size(s.name) THEN m.name ELSE s.name END) OR f IN acc THEN acc ELSE acc + f END),
        kind: coalesce(s.kind, m.kind)}) AS folded,
       COLLECT { MATCH (rule:EntityRule {id: e.id}) RETURN rule.name ORDER BY rule.seq DESC LIMIT 1 }[0] AS renamed
     SET e.name = coalesce(renamed, folded.name), e.aliases = [n IN folded.aliases + [folded.name] WHERE n <> coalesce(renamed, folded.name)],
       e.kind = folded.kind, e.updatedAt = datetime()
     WITH e, row, created, [name IN [renamed] WHERE name IS NOT NULL | row.label + ':' + name] AS renamedKey
     CALL (e, row, created) {
       UNWIND row.links AS l
       MATCH (a:Article {id: l.articleId})
       CREATE (e)-[:MENTIONED_IN {names: l.names, keys: l.keys,
         resolution: CASE WHEN l.resolution = 'new' AND NOT (created AND l.articleId = row.links[0].articleId) THEN l.sameKey ELSE l.resolution END}]->(a)
     }
     CALL (e, row, renamedKey) {
       UNWIND row.keys + renamedKey AS key
       MERGE (al:Alias {key: key})
       MERGE (al)-[:ALIAS_OF]->(e)
     }
     RETURN e.id AS id, created`;

/** The ids of the entities this transaction created. Pipelined like createArticles; statements of one transaction run in the order sent. */
export async function mergeEntities(tx: ManagedTransaction, attempt: string, rows: EntityRow[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const result = await tx.run(MERGE_ENTITIES, { attempt, rows });
  return new Set(result.records.filter((r) => r.get('created') === true).map((r) => r.get('id') as string));
}

/** One fact of the batch, its evidence and properties gathered from every article that states it, in order. */
export interface FactRow {
  from: string;
  to: string;
  /** Identity properties of the fact beyond its ends: role, year, recipientId. */
  key: Record<string, string | number>;
  /** Non-identity properties, e.g. conferredById. */
  props: Record<string, string | number | boolean | null>;
  evidence: string[];
}

// One MERGE pattern per fact type: the properties that make a fact distinct
// are part of the pattern; everything else is set on it.
const identity = (type: FactType): string => {
  const props = STORED_IDENTITY[type];
  return props.length ? ` {${props.map((p) => `${p}: row.key.${p}`).join(', ')}}` : '';
};

const MATCH_ENDS = `UNWIND range(0, size($rows) - 1) AS i
     WITH i, $rows[i] AS row
     MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})`;

/** Adds a row's properties and the evidence entries the fact does not carry yet, then what they imply. */
const ADD_PROPS_AND_EVIDENCE = `SET r += row.props, r.evidence = r.evidence + [x IN row.evidence WHERE NOT x IN r.evidence]
     SET ${refreshDerived('r')}`;

const mergeFact = (type: Exclude<FactType, 'CONFERRED'>) =>
  // A stored fact always has evidence (retraction deletes those left with none), so
  // empty evidence right after the MERGE means it was just created.
  `${MATCH_ENDS}
     MERGE (a)-[r:${type}${identity(type)}]->(b)
       ON CREATE SET r.evidence = [], r.createdAt = datetime()
     WITH i, r, row, size(r.evidence) = 0 AS created
     ${ADD_PROPS_AND_EVIDENCE}
     RETURN i, created`;

/**
 * A conferrer and an honour share one CONFERRED per recipient and year: thousands
 * between a provincial department and 三等功. A MERGE would scan them all; the
 * recipientId index finds the one in question. Looking up then creating is as safe
 * as MERGE here: the entity merge has already write-locked both ends, so no other
 * ingest can add or remove a fact between them before this transaction commits.
 */
const MERGE_CONFERRED = `${MATCH_ENDS}
     OPTIONAL MATCH (a)-[old:CONFERRED]->(b) USING INDEX old:CONFERRED(recipientId)
       WHERE old.recipientId = row.key.recipientId AND old.year = row.key.year
     CALL (a, b, old, row) {
       WITH a, b, row WHERE old IS NULL
       CREATE (a)-[r:CONFERRED${identity('CONFERRED')}]->(b)
       SET r.evidence = [], r.createdAt = datetime()
       RETURN r AS new
       UNION
       WITH old WHERE old IS NOT NULL
       RETURN old AS new
     }
     WITH i, row, new AS r, old IS NULL AS created
     ${ADD_PROPS_AND_EVIDENCE}
     RETURN i, created`;

const factQueries: Record<FactType, string> = {
  PART_OF: mergeFact('PART_OF'),
  MEMBER_OF: mergeFact('MEMBER_OF'),
  RECEIVED: mergeFact('RECEIVED'),
  CONFERRED: MERGE_CONFERRED,
  LEADS: mergeFact('LEADS'),
  PARTNERS_WITH: mergeFact('PARTNERS_WITH'),
};

/** Whether each row's fact is new (by row index; absent when an end is missing). Pipelined like mergeEntities. */
export async function mergeFacts(tx: ManagedTransaction, type: FactType, rows: FactRow[]): Promise<Map<number, boolean>> {
  if (rows.length === 0) return new Map();
  const result = await tx.run(factQueries[type], { rows });
  return new Map(result.records.map((r) => [r.get('i') as number, r.get('created') as boolean]));
}

/** Alias nodes among `keys` that no entity carries: left by name claims of articles that wrote nothing. */
export function removeOrphanAliases(tx: ManagedTransaction, keys: string[]): Promise<unknown> {
  if (keys.length === 0) return Promise.resolve();
  return Promise.resolve(
    tx.run(
      `UNWIND $keys AS key
       MATCH (al:Alias {key: key}) WHERE NOT (al)-[:ALIAS_OF]->()
       DELETE al`,
      { keys },
    ),
  );
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
     CALL (facts) {
       UNWIND facts AS r
       SET r.evidence = [x IN r.evidence WHERE NOT x STARTS WITH $prefix]
       SET ${refreshDerived('r')}
     }
     WITH a, [r IN facts WHERE size(r.evidence) = 0] AS unsupported
     FOREACH (r IN unsupported | DELETE r)
     RETURN count(a) AS n`,
    { articleId, prefix },
  );
  if (Number(found.records[0]?.get('n') ?? 0) === 0) return false;
  // A name an analyst gave (renameEntity) keeps its alias though no article uses it.
  const renamed = `COLLECT { MATCH (rule:EntityRule {id: e.id}) RETURN ${typeOf('e')} + ':' + rule.name }`;
  await Promise.all([
    // What corrections keep of the article's statements goes with it.
    scrubRuleEvidence(tx, prefix),
    tx.run(
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
         WITH e, reduce(acc = ${renamed}, m IN rest | acc + m.keys) AS keys,
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
    ),
  ]);
  await tx.run('MATCH (a:Article {id: $articleId}) DETACH DELETE a', { articleId });
  return true;
}
