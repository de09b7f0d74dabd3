// Decides, inside the ingest transaction, which node each extracted entity becomes:
// an existing one (and why) or a new one with a deterministic id.
import type { ManagedTransaction } from 'neo4j-driver';
import type { ArticleGraph, EntityType } from '../ingest/types.js';
import { findByAliasKeys, findPeopleInHierarchy, type KeyHit } from '../store/write/resolution-queries.js';
import { aliasKey, entityId } from './identity.js';
import { entityRef, type PlannedEntity } from './plan-entities.js';

export interface ResolvedEntity extends PlannedEntity {
  id: string;
  /** Why this node: new, name:<n>, alias:<n>, hierarchy:<unit id>, local. */
  resolution: string;
  /** The reason to record instead of `new` when a concurrent ingest created the node first. */
  sameKey: string;
  /** Alias keys this article contributes for the node. */
  keys: string[];
}

/** Refs (Type:name) by canonical name, so relation ends can be looked up by name and allowed types. */
export class EntityIndex {
  private readonly byRef = new Map<string, ResolvedEntity>();
  add(e: ResolvedEntity): void {
    this.byRef.set(entityRef(e.type, e.name), e);
  }
  find(name: string, types: readonly EntityType[]): ResolvedEntity | undefined {
    for (const t of types) {
      const hit = this.byRef.get(entityRef(t, name));
      if (hit) return hit;
    }
    return undefined;
  }
  all(): ResolvedEntity[] {
    return [...this.byRef.values()];
  }
}

/** The existing entity most of the keys point at; ties go to the smallest id, so every ingest picks the same. */
function bestHit(keys: string[], hits: Map<string, KeyHit[]>): { hit: KeyHit; key: string } | undefined {
  const score = new Map<string, { hit: KeyHit; key: string; n: number }>();
  for (const key of keys) {
    for (const hit of hits.get(key) ?? []) {
      const s = score.get(hit.id) ?? { hit, key, n: 0 };
      s.n++;
      score.set(hit.id, s);
    }
  }
  return [...score.values()].sort((a, b) => b.n - a.n || a.hit.id.localeCompare(b.hit.id))[0];
}

const groupByKey = (hits: KeyHit[]) => {
  const m = new Map<string, KeyHit[]>();
  for (const h of hits) m.set(h.key, [...(m.get(h.key) ?? []), h]);
  return m;
};

/** name:<n> (its canonical name), alias:<n> (another of its names), leader:<id> (an initiative of the same leader). */
const reasonFor = (key: string, hitName?: string) => {
  const name = key.slice(key.indexOf(':') + 1);
  const slash = name.indexOf('/');
  if (key.startsWith('Initiative:') && slash > 0) return `leader:${name.slice(0, slash)}`;
  return hitName === undefined || hitName === name ? `name:${name}` : `alias:${name}`;
};

function resolveByKeys(planned: PlannedEntity, keys: string[], hits: Map<string, KeyHit[]>, articleKey: string): ResolvedEntity {
  const exactKeys = planned.names.map((n) => aliasKey(planned.type, n));
  const allKeys = [...new Set([...exactKeys, ...keys])];
  const best = bestHit(keys, hits);
  if (best) {
    const resolution = reasonFor(best.key, best.hit.name);
    return { ...planned, id: best.hit.id, resolution, sameKey: resolution, keys: allKeys };
  }
  const [first] = keys;
  if (first) return { ...planned, id: entityId(planned.type, first), resolution: 'new', sameKey: reasonFor(first), keys: allKeys };
  // Named only generically, with nothing to anchor it: it stays this article's own.
  const id = entityId(planned.type, `${articleKey}\u0000${planned.name}`);
  return { ...planned, id, resolution: 'local', sameKey: 'local', keys: allKeys };
}

const isKeyedByName = (p: PlannedEntity) => p.type !== 'Person' && p.type !== 'Initiative';

/** The alias keys of units, organisations and honours: fetched before resolution, pipelined with the article lookup. */
export function nameKeysOf(planned: PlannedEntity[]): string[] {
  return [...new Set(planned.filter(isKeyedByName).flatMap((p) => p.globalKeys))];
}

/**
 * The keys whose resolution can race between parallel ingests: units' and organisations'
 * specific names, people's and initiatives' names. Honours need none: their id is their name.
 */
export function contestedKeysOf(planned: PlannedEntity[]): string[] {
  const keys = planned.flatMap((p) =>
    p.type === 'Person' || p.type === 'Initiative' ? [aliasKey(p.type, p.name)] : p.type === 'Honour' ? [] : p.globalKeys,
  );
  return [...new Set(keys)];
}

export async function resolveEntities(
  tx: ManagedTransaction,
  graph: ArticleGraph,
  planned: PlannedEntity[],
  articleKey: string,
  nameKeyHits: KeyHit[],
): Promise<EntityIndex> {
  const index = new EntityIndex();

  // 1. Units, organisations and honours: by their specific names (looked up by the caller).
  const hits = groupByKey(nameKeyHits);
  for (const p of planned.filter(isKeyedByName)) index.add(resolveByKeys(p, p.globalKeys, hits, articleKey));

  // 2. People: same name in the same unit hierarchy (this article's hierarchy included).
  const unitId = (name: string) => index.find(name, ['Unit'])?.id;
  const related = (unit: string): string[] => {
    const out = new Set<string>([unit]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const r of graph.relations) {
        if (r.type !== 'PART_OF') continue;
        if (out.has(r.from) && !out.has(r.to)) out.add(r.to), (grew = true);
        if (out.has(r.to) && !out.has(r.from)) out.add(r.from), (grew = true);
      }
    }
    return [...out];
  };
  const people = planned.filter((p) => p.type === 'Person');
  const unitsOf = new Map(
    people.map((p) => {
      const direct = graph.relations.filter((r) => r.type === 'MEMBER_OF' && r.from === p.name).map((r) => r.to);
      const ids = (list: string[]) => [...new Set(list.map(unitId).filter((x): x is string => Boolean(x)))];
      return [p.name, { direct: ids(direct), context: ids(direct.flatMap(related)) }];
    }),
  );
  const candidates = await findPeopleInHierarchy(
    tx,
    people.filter((p) => unitsOf.get(p.name)!.context.length > 0).map((p) => ({ name: p.name, unitIds: unitsOf.get(p.name)!.context })),
  );
  for (const p of people) {
    const keys = p.names.map((n) => aliasKey('Person', n));
    const match = candidates.find((c) => c.name === p.name);
    const firstUnit = unitsOf.get(p.name)!.direct[0];
    if (match) {
      const resolution = `hierarchy:${match.unitId}`;
      index.add({ ...p, id: match.id, resolution, sameKey: resolution, keys });
    } else if (firstUnit) {
      index.add({ ...p, id: entityId('Person', `${p.name}\u0000${firstUnit}`), resolution: 'new', sameKey: `hierarchy:${firstUnit}`, keys });
    } else index.add({ ...p, id: entityId('Person', `${articleKey}\u0000${p.name}`), resolution: 'local', sameKey: 'local', keys });
  }

  // 3. Initiatives: by name within each of their leaders (units and people resolved above).
  const initiatives = planned.filter((p) => p.type === 'Initiative');
  const leaderKeys = new Map(
    initiatives.map((p) => {
      const leaders = graph.relations
        .filter((r) => r.type === 'LEADS' && r.to === p.name)
        .map((r) => index.find(r.from, ['Unit', 'Person'])?.id)
        .filter((x): x is string => Boolean(x));
      return [p.name, [...new Set(leaders)].flatMap((l) => p.names.map((n) => aliasKey('Initiative', `${l}/${n}`)))];
    }),
  );
  const initiativeHits = groupByKey(await findByAliasKeys(tx, [...leaderKeys.values()].flat()));
  for (const p of initiatives) index.add(resolveByKeys(p, leaderKeys.get(p.name)!, initiativeHits, articleKey));

  return index;
}
