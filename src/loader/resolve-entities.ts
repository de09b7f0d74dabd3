// Decides which node each extracted entity of an article becomes: an existing one (and
// why) or a new one with a deterministic id. Pure: it asks a GraphView, which holds what
// the graph held when the transaction read it plus what earlier articles of the batch write.
import type { EntityType } from '../model/graph.js';
import type { KeyHit } from '../store/write/resolution-queries.js';
import type { GraphView } from './graph-view.js';
import { aliasKey, articlePinKey, entityId } from './identity.js';
import { entityRef, keyedByName, type PlannedEntity } from './plan-entities.js';
import type { PreparedArticle } from './prepare-article.js';

export interface ResolvedEntity extends PlannedEntity {
  id: string;
  /** Why this node: new, name:<n>, alias:<n>, hierarchy:<unit id>, leader:<id>, local, correction:<id>. */
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

/** name:<n> (its canonical name), alias:<n> (another of its names), leader:<id> (an initiative of the same leader). */
const reasonFor = (key: string, hitName?: string) => {
  const name = key.slice(key.indexOf(':') + 1);
  const slash = name.indexOf('/');
  if (key.startsWith('Initiative:') && slash > 0) return `leader:${name.slice(0, slash)}`;
  return hitName === undefined || hitName === name ? `name:${name}` : `alias:${name}`;
};

/**
 * The entity a correction assigns: a name of this entity in this article (a split by
 * article), else one of its identifying keys (a merge, a split alias, a rename).
 */
function pinnedBy(planned: PlannedEntity, keys: string[], view: GraphView, articleId: string) {
  const inArticle = planned.names.map((n) => articlePinKey(articleId, aliasKey(planned.type, n)));
  const pin = view.pinned([...inArticle, ...keys]);
  return pin && { id: pin.to, resolution: `correction:${pin.correction}` };
}

/** `article`: its key makes ids of entities local to it; its id finds corrections made within it. */
function resolveByKeys(planned: PlannedEntity, keys: string[], view: GraphView, article: { id: string; key: string }): ResolvedEntity {
  const exactKeys = planned.names.map((n) => aliasKey(planned.type, n));
  const allKeys = [...new Set([...exactKeys, ...keys, ...planned.laterKeys])];
  const pinned = pinnedBy(planned, keys, view, article.id);
  if (pinned) return { ...planned, ...pinned, sameKey: pinned.resolution, keys: allKeys };
  const best = bestHit(keys, view.hitsFor(keys));
  if (best) {
    const resolution = reasonFor(best.key, best.hit.name);
    return { ...planned, id: best.hit.id, resolution, sameKey: resolution, keys: allKeys };
  }
  const [first] = keys;
  if (first) return { ...planned, id: entityId(planned.type, first), resolution: 'new', sameKey: reasonFor(first), keys: allKeys };
  // Named only generically, with nothing to anchor it: it stays this article's own.
  const id = entityId(planned.type, `${article.key}\u0000${planned.name}`);
  return { ...planned, id, resolution: 'local', sameKey: 'local', keys: allKeys };
}

/** Units, organisations and honours by their specific names; then people, by name within the unit hierarchy. */
export function resolveUnitsAndPeople({ graph, planned, article }: PreparedArticle, view: GraphView): EntityIndex {
  const index = new EntityIndex();
  for (const p of keyedByName(planned)) index.add(resolveByKeys(p, p.globalKeys, view, article));

  // People: same name in the same unit hierarchy (this article's hierarchy included).
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
  const ids = (names: string[]) => [...new Set(names.map(unitId).filter((x): x is string => Boolean(x)))];
  for (const p of planned.filter((e) => e.type === 'Person')) {
    const keys = p.names.map((n) => aliasKey('Person', n));
    const direct = graph.relations.filter((r) => r.type === 'MEMBER_OF' && r.from === p.name).map((r) => r.to);
    const match = view.personInHierarchy(p.name, ids(direct.flatMap(related)));
    const firstUnit = ids(direct)[0];
    // A name is no identity for people: only a pin within the article applies.
    const pinned = pinnedBy(p, [], view, article.id);
    if (pinned) index.add({ ...p, ...pinned, sameKey: pinned.resolution, keys });
    else if (match) {
      const resolution = `hierarchy:${match.unitId}`;
      index.add({ ...p, id: match.id, resolution, sameKey: resolution, keys });
    } else if (firstUnit) {
      index.add({ ...p, id: entityId('Person', `${p.name}\u0000${firstUnit}`), resolution: 'new', sameKey: `hierarchy:${firstUnit}`, keys });
    } else index.add({ ...p, id: entityId('Person', `${article.key}\u0000${p.name}`), resolution: 'local', sameKey: 'local', keys });
  }
  return index;
}

/** Each initiative's keys within its leaders (units and people, resolved first): the same name under another leader is another initiative. */
export function leaderKeysOf({ graph, planned }: PreparedArticle, index: EntityIndex): Map<string, string[]> {
  return new Map(
    planned
      .filter((p) => p.type === 'Initiative')
      .map((p) => {
        const leaders = graph.relations
          .filter((r) => r.type === 'LEADS' && r.to === p.name)
          .map((r) => index.find(r.from, ['Unit', 'Person'])?.id)
          .filter((x): x is string => Boolean(x));
        return [p.name, [...new Set(leaders)].flatMap((l) => p.names.map((n) => aliasKey('Initiative', `${l}/${n}`)))];
      }),
  );
}

/** Adds the article's initiatives to its index, by name within any of their leaders. */
export function resolveInitiatives(prepared: PreparedArticle, index: EntityIndex, leaderKeys: Map<string, string[]>, view: GraphView): ResolvedEntity[] {
  const resolved = prepared.planned
    .filter((p) => p.type === 'Initiative')
    .map((p) => resolveByKeys(p, leaderKeys.get(p.name)!, view, prepared.article));
  for (const e of resolved) index.add(e);
  return resolved;
}
