// Resolves a batch's articles in order, each against the graph as read plus what the
// articles before it write (a GraphView), so two articles naming the same new unit or
// person in one batch get one node, exactly as if they had been ingested one by one.
// Corrections apply on the way: names they pinned, entities they merged away, facts
// they rejected or changed (correction-rules.ts).
import { factKeyString } from '../model/facts.js';
import type { FactRuleRecord, Pin, Redirect, RuleCounts } from '../store/write/correction-rules.js';
import type { KeyHit, PartOfEdge } from '../store/write/resolution-queries.js';
import type { ArticleWrite } from './batch-rows.js';
import { endsOf, factRows, statedKey, type KeptStatements } from './fact-rows.js';
import { FactRuleBook, readFactRules } from './fact-rules.js';
import type { GraphView, Membership } from './graph-view.js';
import { entityId } from './identity.js';
import type { PreparedArticle } from './prepare-article.js';
import { leaderKeysOf, resolveInitiatives, resolveUnitsAndPeople, type EntityIndex, type ResolvedEntity } from './resolve-entities.js';

export interface ResolvedArticle extends ArticleWrite {
  warnings: string[];
  /** Statements corrections' rules dropped or moved, kept on the rules. */
  kept: KeptStatements[];
}

/** The reads resolution may need beyond the first (write-batch.ts), each one statement for the whole batch. */
export interface BatchReads {
  /** How many rules corrections left: lookups of a kind no rule exists of are skipped. */
  rules: RuleCounts;
  aliasHits(keys: string[]): Promise<KeyHit[]>;
  pins(keys: string[]): Promise<Pin[]>;
  redirects(ids: string[]): Promise<Redirect[]>;
  factRules(keys: string[]): Promise<FactRuleRecord[]>;
}

const byId = (entities: ResolvedEntity[]) => [...entities].sort((a, b) => a.id.localeCompare(b.id));

/** The unit hierarchy an article states, as resolved ids: what later articles' people resolve against. */
function hierarchyOf(prepared: PreparedArticle, index: EntityIndex): { partOf: PartOfEdge[]; memberships: Membership[] } {
  const partOf: PartOfEdge[] = [];
  const memberships: Membership[] = [];
  for (const r of prepared.graph.relations) {
    const ends = r.type === 'PART_OF' || r.type === 'MEMBER_OF' ? endsOf(r, index) : undefined;
    if (!ends) continue;
    if (r.type === 'PART_OF') partOf.push({ child: ends.from.id, parent: ends.to.id });
    else memberships.push({ person: ends.from.id, unit: ends.to.id });
  }
  return { partOf, memberships };
}

/** Whether resolution chose a new id, which a merge may have redirected. */
const isNew = (e: ResolvedEntity) => e.resolution === 'new' || e.resolution === 'local';

/** The ids an initiative can get when nothing matches: computed before the lookup, to look up their redirects with it. */
function initiativeIds(prepared: PreparedArticle, leaderKeys: Map<string, string[]>): string[] {
  return prepared.planned
    .filter((p) => p.type === 'Initiative')
    .flatMap((p) => {
      const first = leaderKeys.get(p.name)?.[0];
      return [...(first ? [entityId('Initiative', first)] : []), entityId('Initiative', `${prepared.article.key}\u0000${p.name}`)];
    });
}

/**
 * Initiatives are keyed by their resolved leaders, so they are looked up once every
 * article's units and people are known: one extra read for the whole batch, which also
 * finds the redirects of new ids. Facts are then ruled by corrections: one more read
 * when any fact rule exists.
 */
export async function resolveBatch(articles: PreparedArticle[], view: GraphView, reads: BatchReads): Promise<ResolvedArticle[]> {
  const indexes = articles.map((a) => {
    const index = resolveUnitsAndPeople(a, view);
    const { partOf, memberships } = hierarchyOf(a, index);
    view.record(byId(index.all()), partOf, memberships);
    return index;
  });
  const leaderKeys = articles.map((a, i) => leaderKeysOf(a, indexes[i]!));
  const keys = [...new Set(leaderKeys.flatMap((m) => [...m.values()].flat()))];
  const newIds =
    reads.rules.redirects > 0
      ? [...new Set([...indexes.flatMap((ix) => ix.all().filter(isNew).map((e) => e.id)), ...articles.flatMap((a, i) => initiativeIds(a, leaderKeys[i]!))])]
      : [];
  const [hits, pins, redirects] = await Promise.all([
    keys.length > 0 ? reads.aliasHits(keys) : [],
    keys.length > 0 && reads.rules.pins > 0 ? reads.pins(keys) : [],
    reads.redirects(newIds),
  ]);
  view.addHits(hits);
  view.addPins(pins);
  view.addRedirects(redirects);
  for (const [i, a] of articles.entries()) view.record(byId(resolveInitiatives(a, indexes[i]!, leaderKeys[i]!, view)), [], []);

  // A new id of an entity merged away since is the entity it was merged into.
  for (const index of indexes) {
    for (const e of index.all()) {
      const redirect = isNew(e) ? view.redirectOf(e.id) : undefined;
      if (redirect) Object.assign(e, { id: redirect.to, resolution: `correction:${redirect.correction}`, sameKey: `correction:${redirect.correction}` });
    }
  }
  const rules =
    reads.rules.factRules > 0
      ? await readFactRules(
          articles.flatMap((a, i) =>
            a.graph.relations.flatMap((r) => {
              const ends = endsOf(r, indexes[i]!);
              return ends ? [factKeyString(statedKey(r, ends.from.id, ends.to.id))] : [];
            }),
          ),
          reads.factRules,
        )
      : new FactRuleBook();
  return articles.map((a, i) => {
    const index = indexes[i]!;
    const warnings = [...a.warnings];
    const { facts, kept } = factRows(a.graph, index, a.article.id, warnings, rules);
    return { articleId: a.article.id, entities: byId(index.all()), facts, warnings, kept };
  });
}
