// Reads made inside an ingest transaction to find what the graph already holds.
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

export interface KeyHit {
  key: string;
  id: string;
  name: string;
}

/** Entities carrying any of the given alias keys: one round trip for the whole article. */
export async function findByAliasKeys(tx: ManagedTransaction, keys: string[]): Promise<KeyHit[]> {
  if (keys.length === 0) return [];
  const result = await tx.run(
    `UNWIND $keys AS key
     MATCH (:Alias {key: key})-[:ALIAS_OF]->(e:Entity)
     RETURN key, e.id AS id, e.name AS name
     ORDER BY id`,
    { keys },
  );
  return result.records.map((r) => r.toObject() as KeyHit);
}

export interface PersonCandidate {
  name: string;
  id: string;
  unitId: string;
}

/**
 * People of the given names who serve in one of the given units or in a unit
 * above or below it: the context in which a shared name means a shared person.
 */
export async function findPeopleInHierarchy(
  tx: ManagedTransaction,
  people: { name: string; unitIds: string[] }[],
): Promise<PersonCandidate[]> {
  if (people.length === 0) return [];
  const result = await tx.run(
    `UNWIND $people AS row
     MATCH (p:Entity {name: row.name})-[:MEMBER_OF]->(u:Unit)
     WHERE p:Person AND (
       u.id IN row.unitIds
       OR EXISTS { MATCH (u)-[:PART_OF*1..6]->(x:Unit) WHERE x.id IN row.unitIds }
       OR EXISTS { MATCH (x:Unit)-[:PART_OF*1..6]->(u) WHERE x.id IN row.unitIds })
     RETURN row.name AS name, p.id AS id, min(u.id) AS unitId
     ORDER BY id`,
    { people },
  );
  return result.records.map((r) => r.toObject() as PersonCandidate);
}
