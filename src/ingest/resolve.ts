// Stage 4: resolution within the article. Unit mentions become unit entities
// (every prefix of a compound name is a unit: 常州市公安局 → 常州市公安局天宁分局 → …),
// surface forms that name the same unit are merged under the fullest one,
// references (该所, 本局, a bare 大队, 所领导班子) are resolved to the unit they
// mean, and the hierarchy the compound names state is kept for PART_OF.
import { locatingPrefixLength, placeLevel } from './lexicon/places.js';
import { PARTY_KINDS, PROVINCE_SET, type UnitHead, type UnitKind } from './lexicon/units.js';
import type { UnitMention, UnitSegment } from './mentions/types.js';

/** Where a parent was stated, and how: a compound name, a containment (下辖 / 下设), a Party body named with its unit. */
export interface StatedParent {
  sentence: number;
  how: 'compound' | 'contained' | 'party-body';
}

export interface UnitEntity {
  id: number;
  name: string;
  aliases: Set<string>;
  kind: UnitKind;
  level: number;
  /** The leaf segment of the most specific instance, for identity checks. */
  leaf: UnitSegment;
  /** Name parts of the ancestors and qualifiers of the most specific instance. */
  context: Set<string>;
  ancestorKinds: Map<UnitKind, string>;
  /**
   * Parent unit ids stated by compound names, with the mention that states it (or, for a Party
   * body named only through a post, the sentence of the post).
   */
  parents: Map<number, StatedParent>;
  /** Absolute offsets where the unit is named, ascending. */
  positions: number[];
  /** Absolute offsets of references resolved to the unit, ascending. */
  referencedAt: number[];
  /** How many mentions name this unit as their last link (not as an ancestor of another). */
  namedAsLeaf: number;
  /** True when the surface form is a shortened one only (城东所, 巢湖市局). */
  shortOnly: boolean;
  /** A former name (X(原Y)): a unit of its own, no actor of what the sentence says. */
  renamed?: boolean;
  /** A Party body the article names only through a reference or a post (ANNOTATION.md rules 3 and 8). */
  unnamed?: boolean;
}

interface Instance {
  mention: UnitMention;
  depth: number; // segments used: 1..n
  surface: string;
  leaf: UnitSegment;
  ancestors: UnitSegment[];
  context: Set<string>;
}

// 该所, 本局 point back to the last unit named; a bare head (大队, 所领导班子) names the article's own.
const QUOTES = /[“”]/g;
const isBareHead = (m: UnitMention) => !/^[该本我]/.test(m.surface);

/**
 * The names a unit is known by besides its own: its qualifiers and its ancestors'. A province that
 * only locates a place after it (浙江|临安) is left out; one that names the unit (黑龙江省公安厅,
 * 民航黑龙江机场公安局) is kept.
 */
function contextOf(leaf: UnitSegment, ancestors: readonly UnitSegment[]): Set<string> {
  const names = new Set<string>();
  for (const segment of [...ancestors, leaf]) {
    // Each word and what follows it in the name: the next qualifier, else the segment's own name.
    const written = [...segment.qualifiers, segment.core];
    const words = segment === leaf ? segment.qualifiers : written;
    words.forEach((w, i) => {
      const next = written[i + 1];
      const locating = PROVINCE_SET.has(w) && next !== undefined && placeLevel(next) !== undefined;
      if (w && !locating) names.add(w);
    });
  }
  return names;
}

/** 市局 / 县局 / 区局 written bare mean a bureau of that level (被市局评为 is not the county's 云岭县公安局). */
const SHORT_BUREAU_LEVEL: Record<string, string> = { 市局: '市', 县局: '县', 区局: '区' };
function levelFits(surface: string): (e: UnitEntity) => boolean {
  const level = SHORT_BUREAU_LEVEL[surface];
  if (!level) return () => true;
  return (e) => [e.name, ...e.aliases].some((n) => n.includes(`${level}公安局`) || n.endsWith(`${level}局`));
}

/** How many values of an ascending list are below `at`. */
function countBefore(sorted: readonly number[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last value below `at` in an ascending list, else -1. */
function lastBefore(sorted: readonly number[], at: number): number {
  const n = countBefore(sorted, at);
  return n > 0 ? sorted[n - 1]! : -1;
}

/** 宁波海曙月湖派出所: the tagger glued the branch's name (海曙) to the station's (月湖). */
const namedWithParent = (long: string, core: string, context: ReadonlySet<string>) =>
  long.length > core.length && long.endsWith(core) && context.has(long.slice(0, -core.length));

/**
 * 长沙铁路公安处 for 广州铁路公安局长沙公安处: the unit's own name written as a qualifier and
 * its parent's branch (铁路) as the core.
 */
const swappedBranch = (core: string, otherCore: string, context: ReadonlySet<string>, otherContext: ReadonlySet<string>) =>
  otherContext.has(core) && context.has(otherCore) && !context.has(core);

const subset = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].every((x) => b.has(x));

export class UnitResolver {
  readonly entities: UnitEntity[] = [];
  private readonly byMention = new Map<UnitMention, number[]>(); // mention → entity id per depth
  private readonly refTarget = new Map<UnitMention, number>();
  /** Surfaces written as a unit's former name. */
  private readonly renamedNames = new Set<string>();
  /** Party bodies found or created by partyBodyOf, by `${unitId}:${kind}`. */
  private readonly partyBodies = new Map<string, number>();

  constructor(
    private readonly text: string,
    mentions: readonly UnitMention[],
  ) {
    // Every mention written like a former name (X(原Y)) names the former unit.
    for (const m of mentions) if (m.renamed) this.renamedNames.add(m.surface);
    const instances: Instance[] = [];
    for (const m of mentions) {
      if (m.parentReference) continue; // resolved after references, through its parent
      m.segments.forEach((leaf, i) => {
        const ancestors = m.segments.slice(0, i);
        // Names are kept without quotation marks (“11.08”专案组 is 11.08专案组).
        const surface = (i === m.segments.length - 1 ? m.surface : this.text.slice(m.start, leaf.end)).replace(QUOTES, '');
        instances.push({ mention: m, depth: i + 1, surface, leaf, ancestors, context: contextOf(leaf, ancestors) });
      });
    }
    // Most specific first, so that short forms join the full name; Party bodies
    // after the units they sit in, since they are identified by that unit.
    const order = instances
      .filter((x) => !PARTY_KINDS.has(x.leaf.head.kind))
      .sort(
        (a, b) =>
          b.ancestors.length - a.ancestors.length || b.context.size - a.context.size || b.surface.length - a.surface.length || a.mention.start - b.mention.start,
      );
    const entityOf = new Map<Instance, number>();
    const assign = (inst: Instance, id: number) => {
      entityOf.set(inst, id);
      const e = this.entities[id]!;
      if (inst.surface !== e.name) e.aliases.add(inst.surface);
      if (!inst.leaf.head.short) e.shortOnly = false;
    };
    const byMentionDepth = new Map<UnitMention, Instance[]>();
    for (const inst of instances) {
      const list = byMentionDepth.get(inst.mention) ?? [];
      list[inst.depth - 1] = inst;
      byMentionDepth.set(inst.mention, list);
    }
    const resolveOne = (inst: Instance) => {
      if (entityOf.has(inst)) return;
      const match = this.entities.find((e) => this.compatible(e, inst));
      assign(inst, match ? match.id : this.create(inst));
    };
    // X(以下简称“Y”): Y is X's, read before any other mention can take Y for a unit of its own.
    for (const inst of order.filter((x) => x.mention.declaredFor && x.depth === x.mention.segments.length)) {
      const named = (byMentionDepth.get(inst.mention.declaredFor!) ?? []).filter((x) => !PARTY_KINDS.has(x.leaf.head.kind));
      named.forEach(resolveOne);
      const target = named.length ? entityOf.get(named[named.length - 1]!) : undefined;
      if (target !== undefined) assign(inst, target);
    }
    order.forEach(resolveOne);
    for (const inst of instances.filter((x) => PARTY_KINDS.has(x.leaf.head.kind)).sort((a, b) => a.depth - b.depth)) {
      const parentInst = byMentionDepth.get(inst.mention)?.[inst.depth - 2];
      const parentId = parentInst ? entityOf.get(parentInst) : undefined;
      const match = this.entities.find((e) => e.kind === inst.leaf.head.kind && parentId !== undefined && e.parents.has(parentId));
      const id = match ? match.id : this.create(inst);
      if (parentId !== undefined && !match) this.entities[id]!.parents.set(parentId, { sentence: inst.mention.sentence, how: 'party-body' });
      assign(inst, id);
    }
    for (const inst of instances) {
      const ids = this.byMention.get(inst.mention) ?? [];
      ids[inst.depth - 1] = entityOf.get(inst)!;
      this.byMention.set(inst.mention, ids);
    }
    for (const inst of instances) {
      const ids = this.byMention.get(inst.mention)!;
      const id = ids[inst.depth - 1]!;
      this.entities[id]!.positions.push(inst.mention.start);
      if (inst.depth === inst.mention.segments.length) this.entities[id]!.namedAsLeaf++;
      if (inst.depth > 1) {
        const parent = ids[inst.depth - 2]!;
        if (parent !== id && !this.entities[id]!.parents.has(parent)) this.entities[id]!.parents.set(parent, { sentence: inst.mention.sentence, how: 'compound' });
      }
    }
    for (const m of mentions) {
      const parent = m.containedIn ? this.idOf(m.containedIn) : undefined;
      const child = this.idOf(m);
      if (parent !== undefined && child !== undefined && parent !== child) this.entities[child]!.parents.set(parent, { sentence: m.sentence, how: 'contained' });
    }
    for (const e of this.entities) {
      this.pickCanonical(e);
      e.positions.sort((a, b) => a - b);
    }
    this.resolveReferences(mentions);
  }

  private create(inst: Instance): number {
    const id = this.entities.length;
    this.entities.push({
      id, name: inst.surface, aliases: new Set(), kind: inst.leaf.head.kind, level: inst.leaf.head.level, leaf: inst.leaf,
      context: inst.context, ancestorKinds: new Map(inst.ancestors.map((a) => [a.head.kind, a.core])), parents: new Map(),
      positions: [], referencedAt: [], namedAsLeaf: 0, shortOnly: inst.leaf.head.short === true, ...(this.renamedNames.has(inst.surface) ? { renamed: true } : {}),
    });
    return id;
  }

  private compatible(e: UnitEntity, inst: Instance): boolean {
    const a = e.leaf;
    const b = inst.leaf;
    if (a.head.kind !== b.head.kind) return false; // 公安局 and 市局 are both a bureau
    // The same words name the same unit, however their parts were read (东海湾商圈 | 东/海湾/商圈).
    if (inst.surface === e.name || e.aliases.has(inst.surface)) return true;
    // A former name (X(原Y)) is a unit of its own: only its own words name it.
    if (this.renamedNames.has(inst.surface) || e.renamed) return false;
    if (b.levelOnly && a.levelOnly) return a.levelOnly === b.levelOnly; // 市公安局 written twice
    if (b.levelOnly) return e.name.includes(b.levelOnly + b.head.head.slice(0, 1)) && this.uniqueOfKind(e);
    // 省厅: the only provincial department the article names in full.
    if (b.head.standalone && b.head.short) return !a.head.short && this.uniqueOfKind(e);
    if (a.core && a.core !== b.core && swappedBranch(a.core, b.core, e.context, inst.context)) return true;
    if (!a.core || (a.core !== b.core && !namedWithParent(b.core, a.core, e.context))) return false;
    for (const anc of inst.ancestors) {
      const other = e.ancestorKinds.get(anc.head.kind);
      // 袁州交警大队 under 袁州大队's name: a qualifier of the one is the other's name.
      if (other !== undefined && anc.core && other && other !== anc.core && !anc.qualifiers.includes(other)) return false;
    }
    return subset(inst.context, e.context) || subset(e.context, inst.context);
  }

  private uniqueOfKind(e: UnitEntity): boolean {
    return this.entities.filter((x) => x.kind === e.kind && !x.leaf.levelOnly).length === 1;
  }

  /**
   * Canonical name: the longest full form, less the places that only locate it (四川省凉山彝族自治州盐源县公安局
   * → 盐源县公安局, the full form an alias); a shortened form only when nothing else names the unit.
   */
  private pickCanonical(e: UnitEntity): void {
    const names = [e.name, ...e.aliases];
    const long = names.filter((n) => !/(?:市局|县局|区局|[^派出看守拘留戒毒]所)$/.test(n));
    const pool = long.length ? long : names;
    const longest = pool.reduce((x, y) => (y.length > x.length ? y : x));
    const best = longest.slice(locatingPrefixLength(longest));
    e.aliases.add(e.name);
    e.aliases.delete(best);
    e.name = best;
  }

  /** Entity id for a mention (its full compound, or what a reference means). */
  idOf(m: UnitMention): number | undefined {
    const ids = this.byMention.get(m);
    if (ids) return ids[ids.length - 1];
    return this.refTarget.get(m);
  }

  /** The unit an entity sits in: its first stated parent (for a Party body, the unit it is the body of). */
  unitOf(id: number): number | undefined {
    for (const parent of this.entities[id]!.parents.keys()) return parent;
    return undefined;
  }

  /** Entity ids of every prefix of a compound mention, outermost first. */
  chainOf(m: UnitMention): number[] {
    return this.byMention.get(m) ?? [];
  }

  private resolveReferences(mentions: readonly UnitMention[]): void {
    const ordered = [...mentions].sort((a, b) => a.start - b.start);
    for (const m of ordered) {
      if (m.reference) {
        const fits = levelFits(m.surface);
        const id = (isBareHead(m) ? this.mostNamed(m.reference, m.start, fits) : undefined) ?? this.mostRecent(m.reference, m.start, false, fits);
        if (id !== undefined) {
          this.refTarget.set(m, id);
          this.entities[id]!.referencedAt.push(m.start);
        }
      } else if (m.parentReference) {
        const ref = m.parentReference;
        const parent = ref.reference ? (this.refTarget.get(ref) ?? this.mostRecent(ref.reference, ref.start)) : this.idOf(ref);
        // 支队事故处理大队 where no detachment is named: the named unit stands on its own.
        const named = m.segments[0]!.core !== '' && !PARTY_KINDS.has(m.segments[0]!.head.kind);
        if (parent === undefined && !named) continue;
        if (ref.reference && parent !== undefined) this.refTarget.set(ref, parent);
        // 支队所属云龙大队团支部: each link sits in the one before it, the first in the unit referred to.
        const ids: number[] = [];
        let outer = parent;
        for (const segment of m.segments) {
          const surface = this.text.slice(m.start, segment.end);
          // (支队所属柳江大队团支部 names its League branch by the named unit before it; 该所党支部 names none.)
          outer = PARTY_KINDS.has(segment.head.kind) && outer !== undefined && (ids.length > 0 || m.segments.length === 1)
            ? this.partyBodyOf(outer, segment.head, m, ids.length > 0)
            : this.childOf(outer, m, segment, surface);
          ids.push(outer);
        }
        this.byMention.set(m, ids);
        this.entities[outer!]!.referencedAt.push(m.start);
      }
    }
  }

  /**
   * The Party body (党支部, 团支部 …) of a unit; created when the article names it only through a
   * reference or a post (党支部书记X), with the unit as its parent, stated where `stated` is.
   */
  partyBodyOf(unitId: number, head: UnitHead, stated: UnitMention | { sentence: number }, named = false): number {
    if (this.entities[unitId]!.kind === head.kind) return unitId; // 党委副书记 of a 党委 already meant
    const key = `${unitId}:${head.kind}`;
    const known = this.partyBodies.get(key);
    if (known !== undefined) return known;
    const found = this.entities.find((e) => e.kind === head.kind && e.parents.has(unitId));
    if (found) {
      if (named) delete found.unnamed;
      this.partyBodies.set(key, found.id);
      return found.id;
    }
    const unit = this.entities[unitId]!;
    const span = 'start' in stated ? stated : { start: 0, end: 0 };
    const leaf: UnitSegment = { start: span.start, end: span.end, core: '', qualifiers: [], head };
    const id = this.entities.length;
    // Named only through a reference (局党委, 该所党支部) or a post (党支部书记X): no name the graph can hold.
    this.entities.push({
      id, name: unit.name + head.head, aliases: new Set([...unit.aliases].map((a) => a + head.head)), kind: head.kind,
      level: head.level, leaf, context: new Set(), ancestorKinds: new Map(), parents: new Map([[unitId, { sentence: stated.sentence, how: 'party-body' }]]), positions: [], referencedAt: [], namedAsLeaf: 0, shortOnly: false,
      ...(named ? {} : { unnamed: true }),
    });
    this.partyBodies.set(key, id);
    return id;
  }

  /** 该局交警大队: the unit named after the reference, inside the unit the reference means (if it means one). */
  private childOf(parentId: number | undefined, m: UnitMention, leaf: UnitSegment, surface: string): number {
    const found = this.entities.find((e) => e.kind === leaf.head.kind && e.leaf.core === leaf.core && leaf.core !== '');
    const id = found ? found.id : this.create({ mention: m, depth: 1, surface, leaf, ancestors: [], context: new Set() });
    if (parentId !== undefined && !this.entities[id]!.parents.has(parentId)) this.entities[id]!.parents.set(parentId, { sentence: m.sentence, how: 'compound' });
    return id;
  }

  /**
   * 大队 written bare (not 该大队) means the article's unit of that kind: the one named most often
   * before `at`, when one is named more often than the others.
   */
  private mostNamed(kinds: readonly UnitKind[], at: number, fits: (e: UnitEntity) => boolean): number | undefined {
    const counts = this.entities
      .filter((e) => kinds.includes(e.kind) && fits(e))
      .map((e) => ({ id: e.id, n: countBefore(e.positions, at) }))
      .sort((a, b) => b.n - a.n);
    const [first, second] = counts;
    return first && second && first.n > second.n ? first.id : undefined;
  }

  /** The unit of one of `kinds` mentioned last before `at`; else (unless `beforeOnly`) the only one in the article. */
  mostRecent(kinds: readonly UnitKind[], at: number, beforeOnly = false, fits: (e: UnitEntity) => boolean = () => true): number | undefined {
    let best: number | undefined;
    let bestPos = -1;
    for (const e of this.entities) {
      if (!kinds.includes(e.kind) || !fits(e)) continue;
      const p = Math.max(this.lastAntecedent(e.positions, at), lastBefore(e.referencedAt, at));
      if (p > bestPos) [best, bestPos] = [e.id, p];
    }
    if (best !== undefined || beforeOnly) return best;
    const candidates = this.entities.filter((e) => kinds.includes(e.kind) && fits(e));
    return candidates.length === 1 ? candidates[0]!.id : undefined;
  }

  /** The last position before `at` that can be an antecedent: the agent of a passive (被南宁市公安局记…) is not one. */
  private lastAntecedent(positions: readonly number[], at: number): number {
    let n = countBefore(positions, at);
    // A few steps back suffice; the bound keeps adversarial input (被X被X…) linear.
    for (let steps = 0; n > 0 && steps < 8; n--, steps++) if (this.text[positions[n - 1]! - 1] !== '被') return positions[n - 1]!;
    return -1;
  }

  /**
   * The unit the article is about: the one mentioned most often as itself, not as the bureau opening a
   * branch's name (昭通市公安局昭阳分局 names the 分局).
   */
  home(): UnitEntity | undefined {
    let best: UnitEntity | undefined;
    const count = (e: UnitEntity) => e.namedAsLeaf + e.referencedAt.length;
    for (const e of this.entities) if (!best || count(e) > count(best)) best = e;
    return best;
  }
}
