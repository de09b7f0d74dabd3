// The audit ledger as a list, newest first: all corrections, those of one kind, or
// those concerning one entity (or an entity merged into it).
import type { GraphDb } from '../graph-db.js';
import { correctionMap, toCorrection, type CorrectionKind, type CorrectionRecord } from '../write/corrections-ledger.js';
import { pageParams } from './cypher.js';
import type { Page, PageWindow } from './records.js';

export interface CorrectionFilter {
  entity: string | null;
  kind: CorrectionKind | null;
}

const filtered = `CALL () {
       OPTIONAL MATCH (r:Redirect {to: $entity})
       RETURN [$entity] + collect(r.id) AS concerned
     }
     MATCH (c:Correction)
     WHERE ($kind IS NULL OR c.kind = $kind) AND ($entity IS NULL OR any(id IN c.entityIds WHERE id IN concerned))`;

export async function listCorrections(db: GraphDb, filter: CorrectionFilter, window: PageWindow): Promise<Page<CorrectionRecord>> {
  const rows = await db.read<{ c: Record<string, unknown> }>(
    `${filtered}
     WITH c ORDER BY c.seq DESC SKIP $offset LIMIT $limit
     RETURN ${correctionMap('c')} AS c`,
    { ...filter, ...pageParams(window.offset, window.limit + 1) },
  );
  const items = rows.map((r) => toCorrection(r.c));
  return { items: items.slice(0, window.limit), hasMore: items.length > window.limit };
}

export async function countCorrections(db: GraphDb, filter: CorrectionFilter): Promise<number> {
  const rows = await db.read<{ total: number }>(`${filtered} RETURN count(c) AS total`, { ...filter });
  return rows[0]?.total ?? 0;
}
