// MENTIONED_IN, both ways: the articles of an entity, the entities of an article.
import { articleMap, entityList, toArticle, toEntity, typeOf } from './cypher.js';
import type { ListQuery } from './lists.js';
import type { ArticleRecord, EntityRecord, MentionItem } from './records.js';

const toMention =
  <T>(toNode: (raw: unknown) => T) =>
  (raw: unknown): MentionItem<T> => {
    const [node, names, resolution] = raw as [unknown, unknown, unknown];
    return {
      node: toNode(node),
      names: Array.isArray(names) ? (names as string[]) : [],
      resolution: typeof resolution === 'string' ? resolution : null,
    };
  };

/** Articles mentioning an entity, newest first (undated last). */
export const articlesOfEntity: ListQuery<MentionItem<ArticleRecord>> = {
  name: 'articlesOfEntity',
  parent: { v: 'e', label: 'Entity' },
  match: `MATCH (e)-[m:MENTIONED_IN]->(a:Article)`,
  countOf: 'm',
  rows: ['m', 'a'],
  orderBy: `coalesce(a.publishedAt, '') DESC, a.id`,
  item: () => `[${articleMap('a')}, m.names, m.resolution]`,
  ends: { node: { v: 'a', of: (item) => item.node } },
  toItem: toMention(toArticle),
};

/** Entities an article mentions, by type then name; `$types` (or null) keeps some labels only. */
export const entitiesOfArticle: ListQuery<MentionItem<EntityRecord>> = {
  name: 'entitiesOfArticle',
  parent: { v: 'a', label: 'Article' },
  match: `MATCH (x:Entity)-[m:MENTIONED_IN]->(a)
       WHERE $types IS NULL OR any(l IN labels(x) WHERE l IN $types)`,
  countOf: 'm',
  rows: ['x', 'm'],
  orderBy: `${typeOf('x')}, x.name, x.id`,
  item: (projection) => `[${entityList('x', undefined, projection.details)}, m.names, m.resolution]`,
  ends: { node: { v: 'x', of: (item) => item.node } },
  toItem: toMention((raw) => toEntity(raw)),
};
