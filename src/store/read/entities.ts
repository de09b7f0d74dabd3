// Entities by id (the DataLoader's batch) and by exact name or alias.
import type { GraphDb } from '../graph-db.js';
import { entityList, toEntity } from './cypher.js';
import type { EntityType } from '../../model/graph.js';
import type { Roots } from './lists.js';
import type { EntityRecord } from './records.js';

/** By id; an id merged into another entity (mergeEntities leaves a redirect, always one hop) finds that one. */
export async function entitiesByIds(db: GraphDb, ids: readonly string[]): Promise<Map<string, EntityRecord>> {
  const rows = await db.read<{ id: string; entity: unknown }>(
    `UNWIND $ids AS id
     OPTIONAL MATCH (r:Redirect {id: id})
     MATCH (e:Entity {id: coalesce(r.to, id)})
     RETURN id, ${entityList('e')} AS entity`,
    { ids },
  );
  return new Map(rows.map((r) => [r.id, toEntity(r.entity)]));
}

/** Exact lookup through the Alias nodes (`"<Type>:<name>"`), an index seek per type: the roots of a read (lists.ts). */
export const rootsByName = (name: string, types: readonly EntityType[]): Roots => ({
  match: `UNWIND $keys AS key
     MATCH (:Alias {key: key})-[:ALIAS_OF]->(n:Entity)
     WITH DISTINCT n ORDER BY n.name, n.id`,
  params: { keys: types.map((t) => `${t}:${name}`) },
  label: 'Entity',
});
