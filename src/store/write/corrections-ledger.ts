// The audit ledger: one (:Correction) node per correction, written in the transaction
// that applies it. Corrections are numbered (`seq`) by a counter node every correction
// writes first, which also makes corrections run one at a time.
import type { ManagedTransaction } from 'neo4j-driver';

export const CORRECTION_KINDS = [
  'MERGE_ENTITIES',
  'SPLIT_ALIAS',
  'SPLIT_ENTITY',
  'RENAME_ENTITY',
  'REJECT_FACT',
  'CONFIRM_FACT',
  'SET_FACT_PROPERTY',
] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

export interface CorrectionRecord {
  id: string;
  seq: number;
  kind: CorrectionKind;
  /** The label of the token (or the CLI's --by) that made it; never a token. */
  by: string;
  /** ISO 8601, UTC. */
  at: string;
  reason: string;
  summary: string;
  /** Store ids of the entities it concerns. */
  entityIds: string[];
  /** Entities whose identity it changed (merge, split, rename): a later correction of them blocks its undoing. */
  structuralIds: string[];
  /** Keys (factKeyString) of the facts it concerns. */
  factKeys: string[];
  /** Before and after, and what its undoing needs. */
  details: Record<string, unknown>;
  undone: { by: string; at: string; reason: string } | null;
}

export type NewCorrection = Omit<CorrectionRecord, 'seq' | 'at' | 'undone'>;

/** Takes the next number, write-locking the counter: corrections serialise here. */
export async function nextCorrectionSeq(tx: ManagedTransaction): Promise<number> {
  const result = await tx.run(
    `MERGE (s:CorrectionSequence {name: 'corrections'})
     SET s.next = coalesce(s.next, 0) + 1
     RETURN s.next AS seq`,
  );
  return result.records[0]!.get('seq') as number;
}

/** Write-locks the counter without taking a number: an undoing runs alone like a correction. */
export async function lockLedger(tx: ManagedTransaction): Promise<void> {
  await tx.run(`MERGE (s:CorrectionSequence {name: 'corrections'}) SET s.lockedAt = timestamp()`);
}

export async function recordCorrection(tx: ManagedTransaction, seq: number, c: NewCorrection): Promise<CorrectionRecord> {
  const result = await tx.run(
    `CREATE (c:Correction {id: $id, seq: $seq, kind: $kind, by: $by, at: toString(datetime()), reason: $reason, summary: $summary,
       entityIds: $entityIds, structuralIds: $structuralIds, factKeys: $factKeys, details: $details})
     RETURN c.at AS at`,
    { ...c, seq, details: JSON.stringify(c.details) },
  );
  return { ...c, seq, at: result.records[0]!.get('at') as string, undone: null };
}

/** The Cypher map a correction is read as (toCorrection). */
export const correctionMap = (c: string): string =>
  `${c} {.id, .seq, .kind, .by, .at, .reason, .summary, .entityIds, .structuralIds, .factKeys, .details, .undoneBy, .undoneAt, .undoReason}`;

export function toCorrection(raw: Record<string, unknown>): CorrectionRecord {
  return {
    id: raw.id as string,
    seq: raw.seq as number,
    kind: raw.kind as CorrectionKind,
    by: raw.by as string,
    at: raw.at as string,
    reason: raw.reason as string,
    summary: raw.summary as string,
    entityIds: (raw.entityIds as string[] | null) ?? [],
    structuralIds: (raw.structuralIds as string[] | null) ?? [],
    factKeys: (raw.factKeys as string[] | null) ?? [],
    details: JSON.parse((raw.details as string | null) ?? '{}') as Record<string, unknown>,
    undone: raw.undoneAt ? { by: raw.undoneBy as string, at: raw.undoneAt as string, reason: (raw.undoReason as string | null) ?? '' } : null,
  };
}

export async function findCorrection(tx: ManagedTransaction, id: string): Promise<CorrectionRecord | null> {
  const result = await tx.run(`MATCH (c:Correction {id: $id}) RETURN ${correctionMap('c')} AS c`, { id });
  const raw = result.records[0]?.get('c') as Record<string, unknown> | undefined;
  return raw ? toCorrection(raw) : null;
}

/**
 * The later corrections, still in force, that build on this one: they concern a fact
 * it concerns, or an entity whose identity one of the two changed. Undoing it first
 * would leave them on ground that is no longer there.
 */
export async function laterDependents(tx: ManagedTransaction, c: CorrectionRecord): Promise<CorrectionRecord[]> {
  const result = await tx.run(
    `MATCH (d:Correction) WHERE d.seq > $seq AND d.undoneAt IS NULL
       AND (any(k IN d.factKeys WHERE k IN $factKeys)
         OR any(id IN d.structuralIds WHERE id IN $entityIds)
         OR any(id IN d.entityIds WHERE id IN $structuralIds))
     RETURN ${correctionMap('d')} AS d ORDER BY d.seq`,
    { seq: c.seq, factKeys: c.factKeys, entityIds: c.entityIds, structuralIds: c.structuralIds },
  );
  return result.records.map((r) => toCorrection(r.get('d') as Record<string, unknown>));
}

export async function markUndone(tx: ManagedTransaction, id: string, by: string, reason: string): Promise<void> {
  await tx.run(
    `MATCH (c:Correction {id: $id})
     SET c.undoneBy = $by, c.undoneAt = toString(datetime()), c.undoReason = $reason`,
    { id, by, reason },
  );
}
