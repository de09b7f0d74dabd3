// Turns one article's extracted entities into lookup keys for cross-article
// resolution. Pure: the database is consulted later, with all keys in one query.
import type { ArticleGraph, ExtractedEntity } from '../ingest/types.js';
import type { EntityType } from '../model/graph.js';
import { aliasKey, isSpecificName } from './identity.js';

export interface PlannedEntity {
  type: EntityType;
  name: string;
  aliases: string[];
  kind: string | null;
  /** Every surface form in this article: registered as exact-lookup aliases. */
  names: string[];
  /** Keys that identify the entity beyond this article (specific names, parent-qualified names). */
  globalKeys: string[];
}

const unique = <T>(xs: Iterable<T>): T[] => [...new Set(xs)];

export const entityRef = (type: EntityType, name: string): string => `${type}:${name}`;

/** Parent of each unit in the article, from its PART_OF relations. */
function parentsOf(graph: ArticleGraph): Map<string, string> {
  const parents = new Map<string, string>();
  for (const r of graph.relations) if (r.type === 'PART_OF' && !parents.has(r.from)) parents.set(r.from, r.to);
  return parents;
}

/**
 * A unit's names made specific by its parent: 治安大队 under 海门区公安局 is
 * 海门区公安局治安大队 in any article that places it there.
 */
function qualifiedUnitNames(entity: ExtractedEntity, byName: Map<string, ExtractedEntity>, parents: Map<string, string>): string[] {
  const seen = new Set<string>([entity.name]);
  const qualify = (name: string, unit: string): string[] => {
    if (isSpecificName(name)) return [name];
    const parent = parents.get(unit);
    if (!parent || seen.has(parent)) return [];
    seen.add(parent);
    const parentEntity = byName.get(parent);
    const parentNames = parentEntity ? [parentEntity.name, ...(parentEntity.aliases ?? [])] : [parent];
    return parentNames.flatMap((p) => qualify(p, parent)).map((p) => p + name);
  };
  return unique([entity.name, ...(entity.aliases ?? [])].flatMap((n) => qualify(n, entity.name)));
}

export function planEntities(graph: ArticleGraph): PlannedEntity[] {
  const units = new Map(graph.entities.filter((e) => e.type === 'Unit').map((e) => [e.name, e]));
  const parents = parentsOf(graph);
  const seen = new Set<string>();
  const planned: PlannedEntity[] = [];
  for (const e of graph.entities) {
    const ref = entityRef(e.type, e.name);
    if (seen.has(ref)) continue;
    seen.add(ref);
    const names = unique([e.name, ...(e.aliases ?? [])]);
    let specific: string[] = [];
    if (e.type === 'Unit') specific = qualifiedUnitNames(e, units, parents);
    else if (e.type === 'Organization') specific = names.filter(isSpecificName);
    else if (e.type === 'Honour') specific = names; // an honour's name is its identity
    planned.push({
      type: e.type,
      name: e.name,
      aliases: names.filter((n) => n !== e.name),
      kind: e.kind ?? null,
      names,
      globalKeys: specific.map((n) => aliasKey(e.type, n)),
    });
  }
  return planned;
}

const isKeyedByName = (p: PlannedEntity) => p.type !== 'Person' && p.type !== 'Initiative';

/** Units, organisations and honours: resolved by their specific names alone. */
export const keyedByName = (planned: PlannedEntity[]): PlannedEntity[] => planned.filter(isKeyedByName);

/** The alias keys of units, organisations and honours: looked up before resolution. */
export function nameKeysOf(planned: PlannedEntity[]): string[] {
  return [...new Set(keyedByName(planned).flatMap((p) => p.globalKeys))];
}

/**
 * The keys whose resolution can race between parallel ingests: units' and organisations'
 * specific names, people's and initiatives' names. Honours need none: their id is their name.
 */
export function contestedKeysOf(planned: PlannedEntity[]): string[] {
  const keys = planned.flatMap((p) => (!isKeyedByName(p) ? [aliasKey(p.type, p.name)] : p.type === 'Honour' ? [] : p.globalKeys));
  return [...new Set(keys)];
}
