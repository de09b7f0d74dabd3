// Resolves a batch's articles in order, each against the graph as read plus what the
// articles before it write (a GraphView), so two articles naming the same new unit or
// person in one batch get one node, exactly as if they had been ingested one by one.
import type { KeyHit, PartOfEdge } from '../store/write/resolution-queries.js';
import type { ArticleWrite } from './batch-rows.js';
import { endsOf, factRows } from './fact-rows.js';
import type { GraphView, Membership } from './graph-view.js';
import type { PreparedArticle } from './prepare-article.js';
import { leaderKeysOf, resolveInitiatives, resolveUnitsAndPeople, type EntityIndex, type ResolvedEntity } from './resolve-entities.js';

export interface ResolvedArticle extends ArticleWrite {
  warnings: string[];
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

/**
 * Initiatives are keyed by their resolved leaders, so they are looked up once every
 * article's units and people are known: one extra read for the whole batch.
 */
export async function resolveBatch(
  articles: PreparedArticle[],
  view: GraphView,
  findByAliasKeys: (keys: string[]) => Promise<KeyHit[]>,
): Promise<ResolvedArticle[]> {
  const indexes = articles.map((a) => {
    const index = resolveUnitsAndPeople(a, view);
    const { partOf, memberships } = hierarchyOf(a, index);
    view.record(byId(index.all()), partOf, memberships);
    return index;
  });
  const leaderKeys = articles.map((a, i) => leaderKeysOf(a, indexes[i]!));
  const keys = [...new Set(leaderKeys.flatMap((m) => [...m.values()].flat()))];
  if (keys.length > 0) view.addHits(await findByAliasKeys(keys));
  return articles.map((a, i) => {
    const index = indexes[i]!;
    view.record(byId(resolveInitiatives(a, index, leaderKeys[i]!, view)), [], []);
    const warnings = [...a.warnings];
    const facts = factRows(a.graph, index, a.article.id, warnings);
    return { articleId: a.article.id, entities: byId(index.all()), facts, warnings };
  });
}
