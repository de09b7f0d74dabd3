// The graph, or the part under one unit, read page by page for export: each page is
// one short read (entities by id order, then what hangs from them), so an export of
// any size holds one page in memory and never keeps a transaction open.
import { STORED_RELATION_TYPES, type EntityType, type StoredRelationType } from '../../model/graph.js';
import type { GraphDb } from '../graph-db.js';
import type { ArticleProps } from '../write/article-writes.js';
import { MAX_HIERARCHY_DEPTH } from './hierarchy.js';
import { pageParams, typeOf } from './cypher.js';

/** What an export covers: everything (null lists), or these entities, their alias keys and the articles mentioning them. */
export interface ExportScope {
  entities: string[] | null;
  articles: string[] | null;
  aliases: string[] | null;
}

export const WHOLE_GRAPH: ExportScope = { entities: null, articles: null, aliases: null };

/**
 * The part of the graph under a unit: the units below it (and it), the people serving
 * in them, what those units and people are joined to by a fact (honours, initiatives,
 * partners, the units above), the givers of their awards; and the articles mentioning
 * any of these. Null when there is no such unit.
 */
export async function scopeUnder(db: GraphDb, unitId: string): Promise<ExportScope | null> {
  const [row] = await db.read<{ entities: string[]; articles: string[]; aliases: string[] }>(
    `MATCH (top:Unit {id: $unitId})
     MATCH (u:Unit)-[:PART_OF*0..${MAX_HIERARCHY_DEPTH}]->(top)
     WITH collect(DISTINCT u) AS units
     CALL (units) {
       UNWIND units AS u
       MATCH (p:Person)-[:MEMBER_OF]->(u)
       RETURN collect(DISTINCT p) AS people
     }
     WITH units + people AS cores
     CALL (cores) {
       UNWIND cores AS c
       RETURN c AS e
       UNION
       UNWIND cores AS c
       MATCH (c)-[:${STORED_RELATION_TYPES.join('|')}]-(e:Entity)
       RETURN e
       UNION
       UNWIND cores AS c
       MATCH (c)-[r:RECEIVED]->(:Honour) WHERE r.conferredById IS NOT NULL
       MATCH (e:Entity {id: r.conferredById})
       RETURN e
     }
     WITH collect(DISTINCT e) AS entities
     CALL (entities) {
       UNWIND entities AS e
       MATCH (e)-[:MENTIONED_IN]->(a:Article)
       RETURN collect(DISTINCT a.id) AS articles
     }
     CALL (entities) {
       UNWIND entities AS e
       MATCH (al:Alias)-[:ALIAS_OF]->(e)
       RETURN collect(DISTINCT al.key) AS aliases
     }
     RETURN [e IN entities | e.id] AS entities, articles, aliases`,
    { unitId },
  );
  return row ? { entities: [...row.entities].sort(), articles: [...row.articles].sort(), aliases: [...row.aliases].sort() } : null;
}

export interface ExportCounts {
  entities: number;
  articles: number;
  facts: number;
  mentions: number;
  aliases: number;
  /** ALIAS_OF relationships. */
  aliasLinks: number;
}

export async function countExport(db: GraphDb, scope: ExportScope): Promise<ExportCounts> {
  if (!scope.entities) {
    const [row] = await db.read<ExportCounts>(
      `CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
       CALL () { MATCH (a:Article) RETURN count(a) AS articles }
       CALL () { MATCH ()-[r:${STORED_RELATION_TYPES.join('|')}]->() RETURN count(r) AS facts }
       CALL () { MATCH ()-[m:MENTIONED_IN]->() RETURN count(m) AS mentions }
       CALL () { MATCH (al:Alias) WHERE (al)-[:ALIAS_OF]->() RETURN count(al) AS aliases }
       CALL () { MATCH ()-[x:ALIAS_OF]->() RETURN count(x) AS aliasLinks }
       RETURN entities, articles, facts, mentions, aliases, aliasLinks`,
    );
    return row!;
  }
  const [row] = await db.read<{ facts: number; mentions: number; aliasLinks: number }>(
    `CALL () {
       UNWIND $entities AS id
       MATCH (:Entity {id: id})-[r:${STORED_RELATION_TYPES.join('|')}]->(b:Entity) WHERE b.id IN $entities
       RETURN count(r) AS facts
     }
     CALL () { UNWIND $entities AS id MATCH (:Entity {id: id})-[m:MENTIONED_IN]->() RETURN count(m) AS mentions }
     CALL () { UNWIND $entities AS id MATCH (:Entity {id: id})<-[x:ALIAS_OF]-() RETURN count(x) AS aliasLinks }
     RETURN facts, mentions, aliasLinks`,
    { entities: scope.entities },
  );
  return { entities: scope.entities.length, articles: scope.articles!.length, aliases: scope.aliases!.length, ...row! };
}

/** Pages of ids in id order: the scope's list cut up, or the label's ids (keys of aliases) read by key ranges. */
async function* idPages(db: GraphDb, label: 'Entity' | 'Article' | 'Alias', ids: string[] | null, size: number): AsyncGenerator<string[]> {
  if (ids) {
    for (let i = 0; i < ids.length; i += size) yield ids.slice(i, i + size);
    return;
  }
  const id = label === 'Alias' ? 'key' : 'id';
  for (let after = ''; ; ) {
    const rows = await db.read<{ id: string }>(`MATCH (n:${label}) WHERE n.${id} > $after RETURN n.${id} AS id ORDER BY id LIMIT $limit`, {
      after,
      limit: pageParams(0, size).limit,
    });
    if (rows.length === 0) return;
    yield rows.map((r) => r.id);
    after = rows.at(-1)!.id;
  }
}

export interface ExportEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  kind: string | null;
}

/** An article as stored; its text (the bulk of it) only when asked for. */
export type ExportArticle = Omit<ArticleProps, 'text'> & { text?: string };

export interface ExportFact {
  type: StoredRelationType;
  from: string;
  to: string;
  role: string | null;
  year: number | null;
  recipientId: string | null;
  conferredById: string | null;
  /** The stored entries (model/facts.ts). */
  evidence: string[];
  /** When asked for: each entry's sentence, cut from its article (null if the article is gone). */
  sentences?: (string | null)[];
  confidence: number | null;
  confirmed: boolean | null;
  tenure: string | null;
  tenureSet: string | null;
}

export interface ExportMention {
  entity: string;
  article: string;
  names: string[];
  keys: string[];
  resolution: string | null;
}

const PAGE = 2000;

export async function* entityPages(db: GraphDb, scope: ExportScope): AsyncGenerator<ExportEntity[]> {
  for await (const ids of idPages(db, 'Entity', scope.entities, PAGE)) {
    yield db.read<ExportEntity>(
      `UNWIND $ids AS id MATCH (e:Entity {id: id})
       RETURN e.id AS id, ${typeOf('e')} AS type, e.name AS name, coalesce(e.aliases, []) AS aliases, e.kind AS kind`,
      { ids },
    );
  }
}

/** Facts from each page of entities to entities in scope. */
export async function* factPages(db: GraphDb, scope: ExportScope, options: { sentences: boolean }): AsyncGenerator<ExportFact[]> {
  const inScope = scope.entities && new Set(scope.entities);
  const sentences = options.sentences
    ? `, sentences: [x IN r.evidence | COLLECT {
         WITH split(x, ':') AS part
         MATCH (art:Article {id: part[0]})
         RETURN substring(art.text, toInteger(part[1]), toInteger(part[2]) - toInteger(part[1]))
       }[0]]`
    : '';
  for await (const ids of idPages(db, 'Entity', scope.entities, PAGE)) {
    const rows = await db.read<{ fact: ExportFact }>(
      `UNWIND $ids AS id
       MATCH (a:Entity {id: id})-[r:${STORED_RELATION_TYPES.join('|')}]->(b:Entity)
       RETURN {type: type(r), from: a.id, to: b.id, role: r.role, year: r.year, recipientId: r.recipientId,
         conferredById: r.conferredById, evidence: r.evidence, confidence: r.confidence, confirmed: r.confirmed,
         tenure: r.tenure, tenureSet: r.tenureSet${sentences}} AS fact
       ORDER BY fact.from, fact.type, fact.to, fact.role, fact.year, fact.recipientId`,
      { ids },
    );
    yield rows.map((r) => r.fact).filter((f) => !inScope || inScope.has(f.to));
  }
}

export async function* articlePages(db: GraphDb, scope: ExportScope, options: { text: boolean }): AsyncGenerator<ExportArticle[]> {
  // Texts are the bulk of an article: smaller pages.
  for await (const ids of idPages(db, 'Article', scope.articles, options.text ? PAGE / 10 : PAGE)) {
    yield db.read<ExportArticle>(
      `UNWIND $ids AS id MATCH (a:Article {id: id})
       RETURN a.id AS id, a.key AS key, a.url AS url, a.title AS title, a.publishedAt AS publishedAt, a.source AS source,
         a.contentHash AS contentHash, a.script AS script${options.text ? ', a.text AS text' : ''}`,
      { ids },
    );
  }
}

export async function* mentionPages(db: GraphDb, scope: ExportScope): AsyncGenerator<ExportMention[]> {
  for await (const ids of idPages(db, 'Entity', scope.entities, PAGE)) {
    yield db.read<ExportMention>(
      `UNWIND $ids AS id
       MATCH (e:Entity {id: id})-[m:MENTIONED_IN]->(a:Article)
       RETURN e.id AS entity, a.id AS article, m.names AS names, m.keys AS keys, m.resolution AS resolution
       ORDER BY entity, article`,
      { ids },
    );
  }
}

/** Alias keys in scope that some entity carries (a key claimed by an ingest that wrote nothing is no alias). */
export async function* aliasPages(db: GraphDb, scope: ExportScope): AsyncGenerator<string[]> {
  for await (const keys of idPages(db, 'Alias', scope.aliases, PAGE)) {
    const rows = await db.read<{ key: string }>('UNWIND $keys AS key MATCH (al:Alias {key: key}) WHERE (al)-[:ALIAS_OF]->() RETURN key', { keys });
    yield rows.map((r) => r.key);
  }
}

/** ALIAS_OF, by the entities in scope. */
export async function* aliasLinkPages(db: GraphDb, scope: ExportScope): AsyncGenerator<{ key: string; entity: string }[]> {
  for await (const ids of idPages(db, 'Entity', scope.entities, PAGE)) {
    yield db.read<{ key: string; entity: string }>(
      'UNWIND $ids AS id MATCH (al:Alias)-[:ALIAS_OF]->(e:Entity {id: id}) RETURN al.key AS key, e.id AS entity ORDER BY entity, key',
      { ids },
    );
  }
}
