// What a state shows, read from the API: the neighbourhood of the focus plus
// those of the expanded entities, a unit's tree, or a path between two entities.
import { request } from './api.js';
import {
  ExplorerNeighborhoodDocument,
  ExplorerPathDocument,
  ExplorerUnitTreeDocument,
  type ExplorerEdgeEvidenceFragment,
  type ExplorerEdgeFragment,
  type ExplorerEntityFragment,
} from './generated/graphql.js';
import type { ViewState } from './state.js';
import { RELATION_TYPES } from './style.js';

export type ViewEdge = ExplorerEdgeFragment & Partial<ExplorerEdgeEvidenceFragment>;

export interface ViewData {
  nodes: ExplorerEntityFragment[];
  edges: ViewEdge[];
  /** Entities the API's limit left out, by the entity whose view they were cut from. */
  cut: { around: string; omitted: number }[];
  /** Why the view is empty, when it is. */
  empty: string | null;
}

const EMPTY: ViewData = { nodes: [], edges: [], cut: [], empty: 'Search for an entity to start.' };

/** Nodes and edges of several views, each once (the first reading wins). */
function merge(views: { nodes: ExplorerEntityFragment[]; edges: ViewEdge[] }[]): Pick<ViewData, 'nodes' | 'edges'> {
  const nodes = new Map<string, ExplorerEntityFragment>();
  const edges = new Map<string, ViewEdge>();
  for (const view of views) {
    for (const n of view.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
    for (const e of view.edges) if (!edges.has(e.id)) edges.set(e.id, e);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

export async function loadView(state: ViewState, withEvidence = false): Promise<ViewData> {
  const relationTypes = state.types.length === RELATION_TYPES.length ? null : state.types;
  if (state.mode === 'path') {
    if (!state.from || !state.to) return { ...EMPTY, empty: 'Pick the two ends of the path.' };
    const { path } = await request(ExplorerPathDocument, { from: state.from, to: state.to, relationTypes });
    if (!path) return { ...EMPTY, empty: 'These two are not connected within 6 steps over the relations shown.' };
    return { nodes: path.nodes, edges: path.edges, cut: [], empty: null };
  }
  if (!state.focus) return EMPTY;
  if (state.mode === 'tree') {
    const { unitTree } = await request(ExplorerUnitTreeDocument, { id: state.focus, withEvidence });
    if (!unitTree) return { ...EMPTY, empty: 'This unit is no longer in the graph.' };
    return { ...unitTree, cut: unitTree.omitted ? [{ around: state.focus, omitted: unitTree.omitted }] : [], empty: null };
  }
  const around = [state.focus, ...state.expanded];
  const views = await Promise.all(
    around.map(async (id, i) => {
      const { neighborhood } = await request(ExplorerNeighborhoodDocument, {
        id,
        // The focus at the chosen depth; an expansion adds its direct neighbours.
        depth: i === 0 ? state.depth : 1,
        limit: state.limit,
        relationTypes,
        yearFrom: state.yearFrom,
        yearTo: state.yearTo,
        withEvidence,
      });
      return neighborhood;
    }),
  );
  if (!views[0]) return { ...EMPTY, empty: 'This entity is no longer in the graph.' };
  const found = views.filter((v) => v !== null);
  return {
    ...merge(found),
    cut: views.flatMap((v, i) => (v?.omitted ? [{ around: around[i]!, omitted: v.omitted }] : [])),
    empty: null,
  };
}
