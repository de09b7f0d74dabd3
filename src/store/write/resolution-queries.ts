// Reads made inside an ingest transaction to find what the graph already holds.
// Each is one statement for a whole batch of articles, whatever its size.
import type { ManagedTransaction } from 'neo4j-driver';

/**
 * Write-locks the alias keys an ingest is about to resolve (creating them if new), in
 * sorted order. Two ingests naming the same unit or person then resolve one after the
 * other: the second waits for the first to commit and finds its node instead of
 * creating a twin. Sent pipelined ahead of the lookups, so it costs no round trip.
 */
export function claimKeys(tx: ManagedTransaction, keys: string[]): Promise<unknown> {
  if (keys.length === 0) return Promise.resolve();
  return Promise.resolve(
    tx.run(
      `UNWIND $keys AS key
       MERGE (al:Alias {key: key})
       SET al.claimedAt = timestamp()`,
      { keys: [...keys].sort() },
    ),
  );
}

/** Entities `e` carrying an alias key of `$keys`, bound as `key`. */
const ALIAS_TARGETS = `UNWIND $keys AS key
     MATCH (:Alias {key: key})-[:ALIAS_OF]->(e:Entity)`;

/** People `p` named in `$names` and the units `u` they serve in: the only people a name can resolve to. */
const PEOPLE_IN_UNITS = `UNWIND $names AS name
     MATCH (p:Entity {name: name})-[:MEMBER_OF]->(u:Unit)
     WHERE p:Person`;

export interface KeyHit {
  key: string;
  id: string;
  name: string;
}

/** Entities carrying any of the given alias keys. */
export async function findByAliasKeys(tx: ManagedTransaction, keys: string[]): Promise<KeyHit[]> {
  if (keys.length === 0) return [];
  const result = await tx.run(
    `${ALIAS_TARGETS}
     RETURN key, e.id AS id, e.name AS name
     ORDER BY id`,
    { keys },
  );
  return result.records.map((r) => r.toObject() as KeyHit);
}

export interface StoredPerson {
  id: string;
  name: string;
  /** The units the person is a member of. */
  units: string[];
}

/** People of the given names who are members of some unit: the only people a name can resolve to. */
export async function findPeopleByNames(tx: ManagedTransaction, names: string[]): Promise<StoredPerson[]> {
  if (names.length === 0) return [];
  const result = await tx.run(
    `${PEOPLE_IN_UNITS}
     RETURN p.id AS id, p.name AS name, collect(DISTINCT u.id) AS units`,
    { names },
  );
  return result.records.map((r) => r.toObject() as StoredPerson);
}

export interface PartOfEdge {
  child: string;
  parent: string;
}

/** How far up or down a hierarchy a shared person name still means a shared person. */
export const HIERARCHY_DEPTH = 6;

/**
 * The PART_OF edges up to HIERARCHY_DEPTH levels above the units carrying the given
 * alias keys and above the units where people of the given names serve: enough to
 * tell whether two of these units lie on one line of the hierarchy, even once the
 * batch adds edges of its own.
 */
export async function findUnitAncestry(tx: ManagedTransaction, keys: string[], names: string[]): Promise<PartOfEdge[]> {
  if (keys.length === 0 && names.length === 0) return [];
  const result = await tx.run(
    `CALL () {
       ${ALIAS_TARGETS} WHERE e:Unit
       RETURN e AS u
       UNION
       ${PEOPLE_IN_UNITS}
       RETURN u
     }
     MATCH (u)-[:PART_OF*0..${HIERARCHY_DEPTH - 1}]->(x:Unit)-[:PART_OF]->(y:Unit)
     RETURN DISTINCT x.id AS child, y.id AS parent`,
    { keys, names },
  );
  return result.records.map((r) => r.toObject() as PartOfEdge);
}
