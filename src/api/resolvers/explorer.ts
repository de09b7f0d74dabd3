// What the explorer page needs beyond the graph views (schema/explorer.graphql).
import type { EvidenceResolvers, GraphViewResolvers, QueryResolvers } from '../../generated/graphql.js';
import { MAX_NEIGHBORHOOD_LIMIT } from '../../store/read/graph-view.js';
import { readEdge } from '../../store/read/graph-edge.js';
import { MAX_HIERARCHY_DEPTH } from '../../store/read/hierarchy.js';
import { readUnitTree } from '../../store/read/unit-tree.js';
import { intInRange } from '../arguments.js';
import { badUserInput } from '../errors.js';
import { entityIdOf, fromEdgeId } from '../ids.js';

/** Characters kept on either side of the sentence when its paragraph is longer. */
const PARAGRAPH_MARGIN = 300;

/** The line (paragraph) of `text` around [start, end), at most PARAGRAPH_MARGIN characters either side. */
export function paragraphAround(text: string, start: number, end: number): { text: string; start: number; end: number } {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const from = Math.max(lineStart, start - PARAGRAPH_MARGIN);
  const to = Math.min(lineEnd < 0 ? text.length : lineEnd, end + PARAGRAPH_MARGIN);
  return { text: text.slice(from, to), start: from, end: to };
}

export const explorerQueries: Pick<QueryResolvers, 'edge' | 'unitTree'> = {
  edge: (_root, { id }, ctx) => readEdge(ctx.db, fromEdgeId(id)),
  unitTree: (_root, { id, maxDepth, limit }, ctx) => {
    const unit = entityIdOf(id);
    if (unit.type !== 'Unit') throw badUserInput('id must be the id of a unit', { argumentName: 'id' });
    return readUnitTree(
      ctx.db,
      unit.storeId,
      intInRange('maxDepth', maxDepth, 1, MAX_HIERARCHY_DEPTH),
      intInRange('limit', limit, 1, MAX_NEIGHBORHOOD_LIMIT),
    );
  },
};

export const evidenceParagraph: Pick<EvidenceResolvers, 'paragraph'> = {
  // Articles' texts are read in one query for all the evidence of a response.
  paragraph: async (ref, _args, ctx) => paragraphAround((await ctx.loaders.articleText.load(ref.articleId)) ?? '', ref.start, ref.end),
};

export const graphViewOmitted: Pick<GraphViewResolvers, 'omitted'> = {
  omitted: (view) => view.omitted(),
};
