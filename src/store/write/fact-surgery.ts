// Changes to one stated fact, found by its key (model/facts.ts): take it out, put it
// back, move it to another role or year, give it another conferrer, set its flags.
// An award's CONFERRED mirror follows it in each. Statements of the caller's transaction.
import type { ManagedTransaction } from 'neo4j-driver';
import type { FactKey } from '../../model/facts.js';
import { refreshDerived } from './fact-derived.js';

/** Binds `a`, `r`, `b`: the fact `$key` (type, ends and identity). */
const MATCH_FACT = `MATCH (a:Entity {id: $key.from})-[r:$($key.type)]->(b:Entity {id: $key.to})
     WHERE $key.ident IS NULL OR r.role = $key.ident OR r.year = $key.ident`;

/** Binds `m`: the CONFERRED mirroring award `r` from `a` to `b`, if any. */
const OPTIONAL_MIRROR = `OPTIONAL MATCH (c:Entity {id: r.conferredById})-[m:CONFERRED]->(b) WHERE m.recipientId = a.id AND m.year = r.year`;

export interface FactState {
  evidence: string[];
  conferredById: string | null;
  confirmed: boolean;
  /** The evidence of its CONFERRED mirror, when it has one. */
  mirrorEvidence: string[];
}

export async function readFact(tx: ManagedTransaction, key: FactKey): Promise<FactState | null> {
  const result = await tx.run(
    `${MATCH_FACT}
     ${OPTIONAL_MIRROR}
     RETURN r.evidence AS evidence, r.conferredById AS conferredById, coalesce(r.confirmed, false) AS confirmed,
       coalesce(m.evidence, []) AS mirrorEvidence`,
    { key },
  );
  return (result.records[0]?.toObject() as FactState | undefined) ?? null;
}

/** Takes the fact and its mirror out of the graph; returns what they held. */
export async function deleteFact(tx: ManagedTransaction, key: FactKey): Promise<FactState | null> {
  const result = await tx.run(
    `${MATCH_FACT}
     ${OPTIONAL_MIRROR}
     WITH r, m, {evidence: r.evidence, conferredById: r.conferredById, confirmed: coalesce(r.confirmed, false),
       mirrorEvidence: coalesce(m.evidence, [])} AS state
     DELETE r
     WITH m, state
     CALL (m) { WITH m WHERE m IS NOT NULL DELETE m }
     RETURN state`,
    { key },
  );
  return (result.records[0]?.get('state') as FactState | undefined) ?? null;
}

/**
 * Writes statements of the fact (merging with what it holds), keeping only those of
 * articles still in the graph; a conferrer gets the mirror of those its award had.
 * Nothing when no statement is left or an end is gone.
 */
export async function putFact(
  tx: ManagedTransaction,
  key: FactKey,
  evidence: string[],
  conferrer: { id: string | null; mirrorEvidence: string[] },
): Promise<void> {
  await tx.run(
    `MATCH (a:Entity {id: $key.from}), (b:Entity {id: $key.to})
     WITH a, b, [x IN $evidence WHERE EXISTS { MATCH (:Article {id: split(x, ':')[0]}) }] AS evidence
     WHERE size(evidence) > 0
     CALL (a, b) {
       WITH a, b WHERE $key.type = 'MEMBER_OF'
       MERGE (a)-[r:MEMBER_OF {role: $key.ident}]->(b) RETURN r
       UNION
       WITH a, b WHERE $key.type = 'RECEIVED'
       MERGE (a)-[r:RECEIVED {year: $key.ident}]->(b) RETURN r
       UNION
       WITH a, b WHERE NOT $key.type IN ['MEMBER_OF', 'RECEIVED']
       MERGE (a)-[r:$($key.type)]->(b) RETURN r
     }
     SET r.createdAt = coalesce(r.createdAt, datetime()), r.evidence = coalesce(r.evidence, []) + [x IN evidence WHERE NOT x IN coalesce(r.evidence, [])]
     SET r.conferredById = coalesce($conferrer, r.conferredById)
     SET ${refreshDerived('r')}
     WITH a, b, r, [x IN $mirrorEvidence WHERE x IN r.evidence] AS mirrored
     MATCH (c:Entity {id: r.conferredById}) WHERE size(mirrored) > 0
     OPTIONAL MATCH (c)-[existing:CONFERRED]->(b) WHERE existing.recipientId = a.id AND existing.year = r.year
     CALL (a, b, c, r, existing) {
       WITH a, b, c, r WHERE existing IS NULL
       CREATE (c)-[m:CONFERRED {recipientId: a.id, year: r.year}]->(b) SET m.evidence = [], m.createdAt = datetime()
       RETURN m
       UNION
       WITH existing WHERE existing IS NOT NULL
       RETURN existing AS m
     }
     SET m.evidence = m.evidence + [x IN mirrored WHERE NOT x IN m.evidence]
     SET ${refreshDerived('m')}`,
    { key, evidence, conferrer: conferrer.id, mirrorEvidence: conferrer.mirrorEvidence },
  );
}

/**
 * Moves statements of a fact to the same ends with another role or year (all of them,
 * or the given entries), mirror included; returns the entries moved.
 */
export async function moveFactIdentity(tx: ManagedTransaction, from: FactKey, to: FactKey, entries: string[] | 'all'): Promise<string[]> {
  const state = await readFact(tx, from);
  if (!state) return [];
  const moving = entries === 'all' ? state.evidence : state.evidence.filter((x) => entries.includes(x));
  if (moving.length === 0) return [];
  await tx.run(
    `${MATCH_FACT}
     ${OPTIONAL_MIRROR}
     SET r.evidence = [x IN r.evidence WHERE NOT x IN $moving]
     SET ${refreshDerived('r')}
     WITH r, m
     CALL (m) {
       WITH m WHERE m IS NOT NULL
       SET m.evidence = [x IN m.evidence WHERE NOT x IN $moving]
       SET ${refreshDerived('m')}
       WITH m WHERE size(m.evidence) = 0
       DELETE m
     }
     WITH r WHERE size(r.evidence) = 0
     DELETE r`,
    { key: from, moving },
  );
  await putFact(tx, to, moving, { id: state.conferredById, mirrorEvidence: state.mirrorEvidence.filter((x) => moving.includes(x)) });
  return moving;
}

/**
 * Gives an award another conferrer (or none): its mirror leaves the old one and, with
 * every statement of the award, goes to the new one. Returns the award as it was.
 */
export async function setConferrer(tx: ManagedTransaction, key: FactKey, conferrerId: string | null, mirrorEvidence?: string[]): Promise<FactState | null> {
  const before = await readFact(tx, key);
  if (!before) return null;
  await tx.run(
    `${MATCH_FACT}
     ${OPTIONAL_MIRROR}
     CALL (m) { WITH m WHERE m IS NOT NULL DELETE m }
     SET r.conferredById = $conferrer`,
    { key, conferrer: conferrerId },
  );
  if (conferrerId) await putFact(tx, key, before.evidence, { id: conferrerId, mirrorEvidence: mirrorEvidence ?? before.evidence });
  return before;
}

/** The flags corrections give facts (fact-rules.ts), and what they imply. */
export interface FactFlags {
  key: FactKey;
  confirmed: boolean;
  /** Null: the tenure is the articles'. */
  tenureSet: string | null;
}

export async function setFactFlags(tx: ManagedTransaction, flags: FactFlags[]): Promise<void> {
  if (flags.length === 0) return;
  await tx.run(
    `UNWIND $flags AS f
     MATCH (a:Entity {id: f.key.from})-[r:$(f.key.type)]->(b:Entity {id: f.key.to})
     WHERE f.key.ident IS NULL OR r.role = f.key.ident OR r.year = f.key.ident
     SET r.confirmed = CASE WHEN f.confirmed THEN true END, r.tenureSet = f.tenureSet
     SET ${refreshDerived('r')}`,
    { flags },
  );
}
