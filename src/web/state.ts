// Everything that decides what the page shows, kept in the URL's query string:
// a copied link reopens the same view, and reloading restores it.
import type { RelationType } from './generated/graphql.js';
import { RELATION_TYPES } from './style.js';

export type Mode = 'graph' | 'tree' | 'path';

export interface ViewState {
  mode: Mode;
  /** The entity the view is drawn around (graph, tree). */
  focus: string | null;
  /** Entities whose neighbours were added by a click, in order. */
  expanded: string[];
  depth: number;
  limit: number;
  /** Relation types shown; all when every type is. */
  types: RelationType[];
  yearFrom: number | null;
  yearTo: number | null;
  /** Path ends. */
  from: string | null;
  to: string | null;
  /** The edge whose evidence is open, or the node selected. */
  edge: string | null;
  node: string | null;
}

export const DEFAULT_STATE: ViewState = {
  mode: 'graph',
  focus: null,
  expanded: [],
  depth: 1,
  limit: 200,
  types: RELATION_TYPES,
  yearFrom: null,
  yearTo: null,
  from: null,
  to: null,
  edge: null,
  node: null,
};

const int = (v: string | null, min: number, max: number): number | null => {
  const n = v === null ? NaN : Number(v);
  return Number.isInteger(n) && n >= min && n <= max ? n : null;
};

export function readState(search: string): ViewState {
  const q = new URLSearchParams(search);
  const mode = q.get('mode');
  const types = q.get('types')?.split(',').filter((t): t is RelationType => (RELATION_TYPES as string[]).includes(t));
  return {
    mode: mode === 'tree' || mode === 'path' ? mode : 'graph',
    focus: q.get('focus'),
    expanded: q.get('expand')?.split(',').filter(Boolean) ?? [],
    depth: int(q.get('depth'), 1, 3) ?? DEFAULT_STATE.depth,
    limit: int(q.get('limit'), 1, 500) ?? DEFAULT_STATE.limit,
    types: types?.length ? types : RELATION_TYPES,
    yearFrom: int(q.get('yearFrom'), 0, 9999),
    yearTo: int(q.get('yearTo'), 0, 9999),
    from: q.get('from'),
    to: q.get('to'),
    edge: q.get('edge'),
    node: q.get('node'),
  };
}

/** Only what differs from the defaults, so links stay short. */
export function writeState(state: ViewState): string {
  const q = new URLSearchParams();
  if (state.mode !== 'graph') q.set('mode', state.mode);
  if (state.focus) q.set('focus', state.focus);
  if (state.expanded.length) q.set('expand', state.expanded.join(','));
  if (state.depth !== DEFAULT_STATE.depth) q.set('depth', String(state.depth));
  if (state.limit !== DEFAULT_STATE.limit) q.set('limit', String(state.limit));
  if (state.types.length !== RELATION_TYPES.length) q.set('types', state.types.join(','));
  if (state.yearFrom !== null) q.set('yearFrom', String(state.yearFrom));
  if (state.yearTo !== null) q.set('yearTo', String(state.yearTo));
  if (state.from) q.set('from', state.from);
  if (state.to) q.set('to', state.to);
  if (state.edge) q.set('edge', state.edge);
  if (state.node) q.set('node', state.node);
  const s = q.toString();
  return s ? `?${s}` : '';
}
