// Lists of entities without a search term, by name: units of a kind under a unit,
// people of a unit with a role, honours of a year or a conferrer. Each filter picks
// the query that starts from what it names, so a filtered list reads only its part.
import type { GraphDb, Params } from '../graph-db.js';
import type { EntityType } from '../../model/graph.js';
import { entityList, hopBound, pageParams, toEntity } from './cypher.js';
import { MAX_HIERARCHY_DEPTH } from './hierarchy.js';
import type { EntityRecord, Page, PageWindow } from './records.js';

/** Clauses binding each entity of a list once as `e`; reads `$params`. */
interface Browse {
  match: string;
  params: Params;
  type: EntityType;
}

async function page(db: GraphDb, list: Browse, window: PageWindow): Promise<Page<EntityRecord>> {
  const rows = await db.read<{ e: unknown }>(
    `${list.match}
     WITH e ORDER BY e.name, e.id SKIP $offset LIMIT $limit
     RETURN ${entityList('e', list.type)} AS e`,
    { ...list.params, ...pageParams(window.offset, window.limit + 1) },
  );
  const items = rows.map((r) => toEntity(r.e, list.type));
  return { items: items.slice(0, window.limit), hasMore: items.length > window.limit };
}

async function count(db: GraphDb, list: Browse): Promise<number> {
  const rows = await db.read<{ total: number }>(`${list.match} RETURN count(e) AS total`, list.params);
  return rows[0]?.total ?? 0;
}

export const browsing = (list: Browse) => ({
  page: (db: GraphDb, window: PageWindow) => page(db, list, window),
  count: (db: GraphDb) => count(db, list),
});

export function units(filter: { kind: string | null; under: string | null }): Browse {
  const match = filter.under
    ? `MATCH (:Unit {id: $under})<-[:PART_OF*1..${MAX_HIERARCHY_DEPTH}]-(e:Unit)
       WITH DISTINCT e WHERE $kind IS NULL OR e.kind = $kind`
    : `MATCH (e:Unit) WHERE $kind IS NULL OR e.kind = $kind`;
  return { match, params: filter, type: 'Unit' };
}

export function people(filter: { unit: string | null; subunits: boolean; role: string | null; tenure: string | null }): Browse {
  const post = '($role IS NULL OR r.role = $role) AND ($tenure IS NULL OR r.tenure = $tenure)';
  const match = filter.unit
    ? `MATCH (:Unit {id: $unit})<-[:PART_OF*0..${hopBound(filter.subunits ? MAX_HIERARCHY_DEPTH : 0, MAX_HIERARCHY_DEPTH, 0)}]-(u:Unit)
       WITH DISTINCT u
       MATCH (e:Person)-[r:MEMBER_OF]->(u) WHERE ${post}
       WITH DISTINCT e`
    : `MATCH (e:Person) WHERE ($role IS NULL AND $tenure IS NULL) OR EXISTS { MATCH (e)-[r:MEMBER_OF]->(:Unit) WHERE ${post} }`;
  return { match, params: { unit: filter.unit, role: filter.role, tenure: filter.tenure }, type: 'Person' };
}

export function honours(filter: { year: number | null; conferredBy: string | null }): Browse {
  const match = filter.conferredBy
    ? `MATCH (:Entity {id: $conferredBy})-[x:CONFERRED]->(e:Honour) WHERE $year IS NULL OR x.year = $year
       WITH DISTINCT e`
    : `MATCH (e:Honour) WHERE $year IS NULL OR EXISTS { MATCH (:Entity)-[r:RECEIVED]->(e) WHERE r.year = $year }`;
  return { match, params: filter, type: 'Honour' };
}
