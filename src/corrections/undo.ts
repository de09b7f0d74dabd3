// Taking a correction back: its rules go and what it changed is given back, for the
// articles still in the graph as they were. Refused while a later correction builds
// on it (the same fact, or an entity whose identity one of them changed): undo that
// one first, so that each undoing finds the graph as its correction left it.
import type { GraphDb } from '../store/graph-db.js';
import { findCorrection, laterDependents, lockLedger, markUndone } from '../store/write/corrections-ledger.js';
import { undoMerge, undoRename, undoSplit } from './entities.js';
import { CorrectionError, notFound } from './errors.js';
import { undoFactCorrection } from './facts.js';
import { checkReason, type Actor, type CorrectionResult } from './run.js';

export async function undoCorrection(db: GraphDb, actor: Actor, input: { id: string; reason: string }): Promise<CorrectionResult> {
  const reason = checkReason(input.reason);
  return db.write(async (tx) => {
    await lockLedger(tx);
    const c = await findCorrection(tx, input.id);
    if (!c) throw notFound(`no correction ${input.id}`);
    if (c.undone) throw new CorrectionError('CONFLICT', `correction ${c.id} was undone already (${c.undone.at} by ${c.undone.by})`);
    const later = await laterDependents(tx, c);
    if (later.length > 0) {
      const list = later.map((d) => `${d.id} (${d.summary})`).join('; ');
      throw new CorrectionError('CONFLICT', `later corrections build on this one; undo them first: ${list}`);
    }
    let entityId: string | null = null;
    let fact: CorrectionResult['fact'] = null;
    if (c.kind === 'MERGE_ENTITIES') entityId = await undoMerge(tx, c);
    else if (c.kind === 'SPLIT_ALIAS' || c.kind === 'SPLIT_ENTITY') entityId = await undoSplit(tx, c);
    else if (c.kind === 'RENAME_ENTITY') entityId = await undoRename(tx, c);
    else fact = await undoFactCorrection(tx, c);
    await markUndone(tx, c.id, actor.by, reason);
    const undone = (await findCorrection(tx, c.id))!;
    return { correction: undone, entityId, fact };
  });
}
