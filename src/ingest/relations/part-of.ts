// PART_OF: what compound names, containment statements and Party bodies state
// (resolve.ts records them as each unit's parents), and, for a sub-unit named
// without its parent, the unit the article is about.
import { PARTY_KINDS, type UnitKind } from '../lexicon/units.js';
import type { UnitEntity } from '../resolve.js';
import type { RelationContext } from './context.js';
import type { RelationSink } from './sink.js';

// Units the hierarchy default may place a unit in: the territorial chain (市局 → 分局 → 派出所),
// not 公安部 or 省厅, and not a 支队 (its stations belong to a 分局).
const TERRITORIAL_KINDS: ReadonlySet<UnitKind> = new Set(['bureau', 'branch', 'station']);
// A branch (分局, 区局) sits in its city's bureau whichever unit the article is about.
const BRANCH_LEVEL = 3;

export function readPartOf(ctx: RelationContext, sink: RelationSink): void {
  const { units } = ctx.input;
  readStatedPartOf(ctx, sink, 0);
  // A sub-unit named without its parent belongs to the unit the article is about; a branch, or a
  // unit ranked above the article's (a 分局 in a 市局's report on its stations), to the only unit
  // of the rank above. Peer stations of the article's are left alone: they may belong anywhere.
  const home = ctx.homeUnit ? units.entities[ctx.homeUnit.id]! : undefined;
  const base = home && PARTY_KINDS.has(home.kind) ? units.entities[units.unitOf(home.id) ?? -1] : home;
  if (!base) return;
  for (const e of units.entities) {
    if (e.parents.size > 0 || PARTY_KINDS.has(e.kind) || e.renamed) continue;
    const parent = e.level <= BRANCH_LEVEL || e.level < base.level ? onlyUnitRankedAbove(ctx, e) : e.level > base.level ? base : undefined;
    const first = ctx.input.mentions.units.find((u) => units.idOf(u) === e.id || units.chainOf(u).includes(e.id));
    if (parent && first) sink.add({ type: 'PART_OF', from: e.name, to: parent.name }, first.sentence);
  }
}

/** PART_OF for the parents stated for the units from entity id `from` on. */
export function readStatedPartOf(ctx: RelationContext, sink: RelationSink, from: number): void {
  for (const e of ctx.input.units.entities.slice(from)) {
    for (const [parent, stated] of e.parents) {
      // 常州公安局水门桥派出所 skips the branch that 常州市公安局天宁分局水门桥派出所 names: keep the nearest parent.
      const skipsLevel = [...e.parents.keys()].some((other) => other !== parent && isAncestor(ctx, parent, other));
      if (!skipsLevel) sink.add({ type: 'PART_OF', from: e.name, to: ctx.unitName(parent) }, stated.sentence);
    }
  }
}

/** The territorial unit of the nearest rank above `e`, when only one has that rank. */
function onlyUnitRankedAbove(ctx: RelationContext, e: UnitEntity): UnitEntity | undefined {
  const above = ctx.input.units.entities.filter((x) => TERRITORIAL_KINDS.has(x.kind) && x.level < e.level && !isAncestor(ctx, e.id, x.id));
  const rank = Math.max(...above.map((x) => x.level));
  const nearest = above.filter((x) => x.level === rank);
  return nearest.length === 1 ? nearest[0] : undefined;
}

function isAncestor(ctx: RelationContext, ancestor: number, of: number, depth = 0): boolean {
  const e = ctx.input.units.entities[of]!;
  if (depth > 8) return false;
  return [...e.parents.keys()].some((p) => p === ancestor || isAncestor(ctx, ancestor, p, depth + 1));
}
