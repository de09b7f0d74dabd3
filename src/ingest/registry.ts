// Canonical entities for the types named by a single string (Person, Honour,
// Initiative, Organization): surface forms that share a name or alias become
// one entity, named by the form first seen unless a fuller one is marked.
import type { EntityType } from '../model/graph.js';

interface NamedEntity {
  type: EntityType;
  name: string;
  aliases: Set<string>;
  kind?: string;
}

export class NameRegistry {
  private readonly entities: NamedEntity[] = [];
  private readonly index = new Map<string, NamedEntity>();

  /** Registers a surface form (and its aliases); returns the entity it belongs to. */
  add(type: EntityType, name: string, aliases: readonly string[] = [], kind?: string): NamedEntity {
    const key = (n: string) => `${type}\u0000${n}`;
    let entity = [name, ...aliases].map((n) => this.index.get(key(n))).find(Boolean);
    if (!entity) {
      entity = { type, name, aliases: new Set(), ...(kind ? { kind } : {}) };
      this.entities.push(entity);
      this.index.set(key(name), entity);
    }
    for (const n of [name, ...aliases]) {
      if (n !== entity.name) entity.aliases.add(n);
      this.index.set(key(n), entity);
    }
    return entity;
  }

  get(type: EntityType, name: string): NamedEntity | undefined {
    return this.index.get(`${type}\u0000${name}`);
  }

  all(): readonly NamedEntity[] {
    return this.entities;
  }
}
