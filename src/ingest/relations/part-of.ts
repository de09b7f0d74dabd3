// PART_OF: what compound names, containment statements and Party bodies state
// (resolve.ts records them as each unit's parents), and, for a sub-unit named
// without its parent, the unit the article is about.
import { alternation } from '../lexicon/common.js';
import { ESTABLISHING_VERBS } from '../lexicon/initiatives.js';
import { PARTY_KINDS } from '../lexicon/units.js';
import type { RelationContext } from './context.js';
import type { RelationSink } from './sink.js';

// A branch (分局, 区局) and what ranks above it are never placed by default.
const BRANCH_LEVEL = 3;

export function readPartOf(ctx: RelationContext, sink: RelationSink): void {
  const { units } = ctx.input;
  readStatedPartOf(ctx, sink, 0);
  // A sub-unit named without its parent (a 中队, a 警务室, a 监区) belongs to the unit the article is about,
  // when it ranks below it. A unit of its rank or above is left alone: a branch named beside a city bureau
  // need not be that bureau's (ANNOTATION.md rule 7), and real pages showed these guesses wrong.
  const home = ctx.homeUnit ? units.entities[ctx.homeUnit.id]! : undefined;
  const base = home && PARTY_KINDS.has(home.kind) ? units.entities[units.unitOf(home.id) ?? -1] : home;
  if (!base) return;
  for (const e of units.entities) {
    // (A team formed for a task, 青年突击队, is placed only where the text places it.)
    if (e.parents.size > 0 || PARTY_KINDS.has(e.kind) || e.renamed || e.leaf.head.team) continue;
    const parent = e.level > base.level && e.level > BRANCH_LEVEL ? base : undefined;
    const first = ctx.input.mentions.units.find((u) => units.idOf(u) === e.id || units.chainOf(u).includes(e.id));
    if (parent && first) sink.add({ type: 'PART_OF', from: e.name, to: parent.name }, first.sentence, 'part-of.article-unit');
  }
  readFormedBy(ctx, sink);
}

// The verb right before a team's name: 组建“…”青年突击队, 成立了….
const FORMED = new RegExp(`(?:${alternation(ESTABLISHING_VERBS)})了?$`);

/** 支队组建“冰城铁骑”突击队: a team a police unit forms is part of it (one a Party body or a person forms is placed by nothing). */
function readFormedBy(ctx: RelationContext, sink: RelationSink): void {
  const { units, mentions } = ctx.input;
  for (const m of mentions.units) {
    const id = units.idOf(m);
    const e = id === undefined ? undefined : units.entities[id];
    if (!e?.leaf.head.team || e.parents.size > 0 || m.segments.length !== 1) continue;
    const verb = FORMED.exec(ctx.text.slice(Math.max(0, m.start - 8), m.start).replace(/“$/, ''));
    if (!verb) continue;
    const at = m.start - verb[0].length - (ctx.text[m.start - 1] === '“' ? 1 : 0);
    const former = ctx.subject(m.sentence, at).actors[0];
    if (former?.type !== 'Unit' || former.unitId === undefined || PARTY_KINDS.has(units.entities[former.unitId]!.kind)) continue;
    sink.add({ type: 'PART_OF', from: e.name, to: former.name }, m.sentence, 'part-of.formed-by');
  }
}

/** PART_OF for the parents stated for the units from entity id `from` on. */
export function readStatedPartOf(ctx: RelationContext, sink: RelationSink, from: number): void {
  for (const e of ctx.input.units.entities.slice(from)) {
    for (const [parent, stated] of e.parents) {
      // 常州公安局水门桥派出所 skips the branch that 常州市公安局天宁分局水门桥派出所 names: keep the nearest parent.
      const skipsLevel = [...e.parents.keys()].some((other) => other !== parent && isAncestor(ctx, parent, other));
      if (!skipsLevel) sink.add({ type: 'PART_OF', from: e.name, to: ctx.unitName(parent) }, stated.sentence, `part-of.${stated.how}`);
    }
  }
}

function isAncestor(ctx: RelationContext, ancestor: number, of: number, depth = 0): boolean {
  const e = ctx.input.units.entities[of]!;
  if (depth > 8) return false;
  return [...e.parents.keys()].some((p) => p === ancestor || isAncestor(ctx, ancestor, p, depth + 1));
}
