// Stage 6: what the graph does not hold (ANNOTATION.md rule 3). A reference
// with only a level or pronoun-like qualifier — 市公安局, 省公安厅, 县局, 该所,
// 局党委, 团市委 — names nothing: it is resolved to the unit it means when the
// article names that unit (resolve.ts), and otherwise it is no entity, no
// alias, and no end of a relation. What is named through it (市公安局机关党委)
// is unnamed too.
import type { ArticleGraph } from './types.js';

// A level character standing for the place (市公安局, 区公安分局治安大队, 市局党委, 团市委, 省委组织部)…
const LEVEL_ONLY = /^(?:团|中共)?[省市县区州旗盟](?:公安|局|厅|委|政府|人民政府|直|属)/;
// …or a pronoun, a relative or a bare head (我县公安局, 该所, 本局, 局党委, 所党支部).
const PRONOUN_LIKE = /^(?:我|该|本|此|其|我们)|^[局所队站厅院校](?:党|团|纪)/;

export function isUnnamed(name: string): boolean {
  return LEVEL_ONLY.test(name) || PRONOUN_LIKE.test(name);
}

/**
 * The graph less unnamed units and organisations, their aliases that are references, and the relations
 * reaching them. `standIns`: unnamed Party bodies (该所党支部, 大队党总支) by name, with the named unit
 * they sit in, which takes over what the text says they won, run or co-built.
 */
export function dropUnnamed(
  graph: Pick<ArticleGraph, 'entities' | 'relations'>, standIns: ReadonlyMap<string, string> = new Map(),
): Pick<ArticleGraph, 'entities' | 'relations'> {
  const kept = new Set(graph.entities.map((e) => `${e.type}\u0000${e.name}`));
  const dropped = new Set<string>();
  const entities = [];
  for (const e of graph.entities) {
    if ((e.type === 'Unit' || e.type === 'Organization') && isUnnamed(e.name)) {
      dropped.add(e.name);
      continue;
    }
    const aliases = e.aliases?.filter((a) => !isUnnamed(a));
    const { aliases: _, ...rest } = e;
    entities.push(aliases?.length ? { ...rest, aliases } : rest);
  }
  // Relations reaching a unit the extractor left out (a Party body named only through a post) go too.
  const known = (name: string) => [...kept].some((k) => k.endsWith(`\u0000${name}`));
  const relations = graph.relations
    .map((r) => (r.type !== 'PART_OF' && standIns.has(r.from) ? { ...r, from: standIns.get(r.from)! } : r))
    .filter((r) => !dropped.has(r.from) && !dropped.has(r.to) && known(r.from) && known(r.to))
    .map((r) => {
      if (!r.conferredBy || !dropped.has(r.conferredBy)) return r;
      const { conferredBy: _, ...rest } = r;
      return rest;
    });
  return { entities, relations };
}
