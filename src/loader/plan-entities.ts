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
  /** Keys registered for later articles to find it by, but not used to resolve it (see cityKeysOf). */
  laterKeys: string[];
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

/** Stations and posts carry a name of their own (城关派出所, 东进警务站), unlike brigades and offices (治安大队). */
const NAMED_KINDS = new Set(['station', 'post']);

/**
 * A station's identity within its city or county bureau: 江州市公安局 + 城关派出所. The
 * extractor does not always read the branch between them (江州市公安局高新分局城关派出所
 * gives 城关派出所 under the city bureau, or under nothing when listed with others), so
 * articles that did and did not read it must still meet on this key.
 * - A named station with no parent in the article: qualified by the one specific bureau
 *   the article names, and resolved by that key (none when it names several).
 * - A station placed under a branch: the same key is registered for later articles, but
 *   not used to resolve it: two branches of one city may each have a 城关派出所.
 */
function cityKeysOf(
  entity: ExtractedEntity,
  units: Map<string, ExtractedEntity>,
  parents: Map<string, string>,
  soleBureau: string | undefined,
): { resolve: string[]; register: string[] } {
  const none = { resolve: [], register: [] };
  if (!NAMED_KINDS.has(entity.kind ?? '')) return none;
  const parent = parents.get(entity.name);
  if (!parent) return soleBureau && !isSpecificName(entity.name) ? { resolve: [soleBureau + entity.name], register: [] } : none;
  // The station's own name: what follows its parent's name in its full name, if it is written so.
  const own = entity.name.startsWith(parent) ? entity.name.slice(parent.length) : entity.name;
  for (let unit = parents.get(parent), seen = new Set([parent]); unit && !seen.has(unit); seen.add(unit), unit = parents.get(unit)) {
    const above = units.get(unit);
    if (above?.kind === 'bureau' && isSpecificName(unit)) return { resolve: [], register: [unit + own] };
  }
  return none;
}

export function planEntities(graph: ArticleGraph): PlannedEntity[] {
  const units = new Map(graph.entities.filter((e) => e.type === 'Unit').map((e) => [e.name, e]));
  const parents = parentsOf(graph);
  const bureaus = [...units.values()].filter((u) => u.kind === 'bureau' && isSpecificName(u.name));
  const soleBureau = bureaus.length === 1 ? bureaus[0]!.name : undefined;
  const seen = new Set<string>();
  const planned: PlannedEntity[] = [];
  for (const e of graph.entities) {
    const ref = entityRef(e.type, e.name);
    if (seen.has(ref)) continue;
    seen.add(ref);
    const names = unique([e.name, ...(e.aliases ?? [])]);
    let specific: string[] = [];
    let later: string[] = [];
    if (e.type === 'Unit') {
      const city = cityKeysOf(e, units, parents, soleBureau);
      specific = unique([...qualifiedUnitNames(e, units, parents), ...city.resolve]);
      later = city.register.filter((n) => !specific.includes(n));
    } else if (e.type === 'Organization') specific = names.filter(isSpecificName);
    else if (e.type === 'Honour') specific = names; // an honour's name is its identity
    planned.push({
      type: e.type,
      name: e.name,
      aliases: names.filter((n) => n !== e.name),
      kind: e.kind ?? null,
      names,
      globalKeys: specific.map((n) => aliasKey(e.type, n)),
      laterKeys: later.map((n) => aliasKey(e.type, n)),
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
