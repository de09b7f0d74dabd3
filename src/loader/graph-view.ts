// What resolution may see while a batch is being resolved: the graph as read at the
// start of the transaction, plus everything the batch's earlier articles will write.
// Resolving article n against it gives the answer a database holding articles 1..n-1
// would give, so a batch builds the graph that ingesting its articles one by one would.
import type { Pin, Redirect } from '../store/write/correction-rules.js';
import { HIERARCHY_DEPTH, type KeyHit, type PartOfEdge, type StoredPerson } from '../store/write/resolution-queries.js';
import type { ResolvedEntity } from './resolve-entities.js';

/** Cypher's size() of a string: code points. */
const length = (s: string) => [...s].length;

const addTo = <K, V>(map: Map<K, Set<V>>, key: K, value: V) => {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
};

export interface Membership {
  person: string;
  unit: string;
}

export class GraphView {
  private readonly idsByKey = new Map<string, Set<string>>();
  /** Canonical name of every entity seen, as the writes so far leave it. */
  private readonly names = new Map<string, string>();
  private readonly unitsOfPerson = new Map<string, Set<string>>();
  private readonly peopleByName = new Map<string, Set<string>>();
  private readonly parents = new Map<string, Set<string>>();
  /** Corrections' rules (correction-rules.ts): names pinned to an entity, ids merged into another. */
  private readonly pins = new Map<string, Pin>();
  private readonly redirects = new Map<string, Redirect>();

  constructor(stored: { hits: KeyHit[]; people: StoredPerson[]; partOf: PartOfEdge[]; pins: Pin[] }) {
    this.addHits(stored.hits);
    this.addPins(stored.pins);
    for (const p of stored.people) {
      this.names.set(p.id, p.name);
      addTo(this.peopleByName, p.name, p.id);
      for (const u of p.units) addTo(this.unitsOfPerson, p.id, u);
    }
    for (const e of stored.partOf) addTo(this.parents, e.child, e.parent);
  }

  /** More of what the graph held when the transaction read it; names already known are more recent. */
  addHits(hits: KeyHit[]): void {
    for (const h of hits) {
      addTo(this.idsByKey, h.key, h.id);
      if (!this.names.has(h.id)) this.names.set(h.id, h.name);
    }
  }

  addPins(pins: Pin[]): void {
    for (const p of pins) this.pins.set(p.key, p);
  }

  addRedirects(redirects: Redirect[]): void {
    for (const r of redirects) this.redirects.set(r.id, r);
  }

  /** The first of the keys (in order) a correction pinned to an entity. */
  pinned(keys: string[]): Pin | undefined {
    for (const k of keys) {
      const pin = this.pins.get(k);
      if (pin) return pin;
    }
    return undefined;
  }

  redirectOf(id: string): Redirect | undefined {
    return this.redirects.get(id);
  }

  /** The entities carrying each key, with their current names. */
  hitsFor(keys: string[]): Map<string, KeyHit[]> {
    return new Map(keys.map((key) => [key, [...(this.idsByKey.get(key) ?? [])].map((id) => ({ key, id, name: this.names.get(id)! }))]));
  }

  /**
   * The person of this name serving in one of the units or in a unit up to
   * HIERARCHY_DEPTH levels above or below one; the smallest id when several do,
   * with the smallest such unit.
   */
  personInHierarchy(name: string, unitIds: string[]): { id: string; unitId: string } | undefined {
    if (unitIds.length === 0) return undefined;
    const context = new Set(unitIds);
    const aboveContext = new Set(unitIds.flatMap((u) => [...this.ancestors(u)]));
    const related = (u: string) => context.has(u) || aboveContext.has(u) || [...this.ancestors(u)].some((a) => context.has(a));
    for (const id of [...(this.peopleByName.get(name) ?? [])].sort()) {
      const units = [...(this.unitsOfPerson.get(id) ?? [])].filter(related).sort();
      if (units[0]) return { id, unitId: units[0] };
    }
    return undefined;
  }

  private ancestors(unit: string): Set<string> {
    const seen = new Set<string>();
    let level = [unit];
    for (let depth = 0; depth < HIERARCHY_DEPTH && level.length > 0; depth++) {
      level = level.flatMap((u) => [...(this.parents.get(u) ?? [])]).filter((p) => !seen.has(p) && seen.add(p));
    }
    return seen;
  }

  /** An article's writes, in write order: its entities (sorted by id) and the hierarchy facts they state. */
  record(entities: ResolvedEntity[], partOf: PartOfEdge[], memberships: Membership[]): void {
    for (const e of entities) {
      const current = this.names.get(e.id);
      const name = current === undefined || length(e.name) > length(current) ? e.name : current;
      if (e.type === 'Person' && name !== current) {
        if (current !== undefined) this.peopleByName.get(current)?.delete(e.id);
        addTo(this.peopleByName, name, e.id);
      }
      this.names.set(e.id, name);
      for (const key of e.keys) addTo(this.idsByKey, key, e.id);
    }
    for (const e of partOf) addTo(this.parents, e.child, e.parent);
    for (const m of memberships) addTo(this.unitsOfPerson, m.person, m.unit);
  }
}
