// One correction = one write transaction: number it (which also serialises
// corrections), apply it, and record it in the ledger, all or nothing.
import type { ManagedTransaction } from 'neo4j-driver';
import { randomUUID } from 'node:crypto';
import type { FactKey } from '../model/facts.js';
import type { GraphDb } from '../store/graph-db.js';
import { nextCorrectionSeq, recordCorrection, type CorrectionRecord, type NewCorrection } from '../store/write/corrections-ledger.js';
import type { RuleOwner } from '../store/write/correction-rules.js';
import { badInput } from './errors.js';

/** Who makes a correction: the label of their token (or the CLI's --by), never a secret. */
export interface Actor {
  by: string;
}

/** What a correction leaves, for its caller to show. */
export interface CorrectionResult {
  correction: CorrectionRecord;
  /** The entity it leaves (the kept, the new, the renamed one). */
  entityId: string | null;
  /** The fact it leaves (confirmed, changed), when there is one. */
  fact: FactKey | null;
}

export type Applied = Omit<NewCorrection, 'id' | 'by' | 'reason'> & { entityId?: string | null; fact?: FactKey | null };

export const MAX_REASON_LENGTH = 1000;

export async function runCorrection(
  db: GraphDb,
  actor: Actor,
  reason: string,
  apply: (tx: ManagedTransaction, owner: RuleOwner) => Promise<Applied>,
): Promise<CorrectionResult> {
  return db.write(async (tx) => {
    const seq = await nextCorrectionSeq(tx);
    const owner = { correction: randomUUID(), seq };
    const { entityId = null, fact = null, ...applied } = await apply(tx, owner);
    const correction = await recordCorrection(tx, seq, { ...applied, id: owner.correction, by: actor.by, reason });
    return { correction, entityId, fact };
  });
}

/** A reason is what makes an audit record worth reading: required, trimmed, bounded. */
export function checkReason(reason: string | null | undefined, required = true): string {
  const text = (reason ?? '').trim();
  if (required && !text) throw badInput('reason is required: say why, for whoever reads the record later');
  if (text.length > MAX_REASON_LENGTH) throw badInput(`reason: at most ${MAX_REASON_LENGTH} characters`);
  return text;
}
