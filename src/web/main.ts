// The explorer page: state in the URL → view from the API → canvas and panels.
// Every change of what is shown goes through `go`, which writes the URL, so the
// address bar is always a link back to the current view.
import { ApiError } from './api.js';
import { showEdge, showEntity, showPath, type EntityActions } from './details.js';
import { el } from './dom.js';
import { downloadGraph, exportJson, exportPng } from './export.js';
import { GraphCanvas } from './graph.js';
import { readState, writeState, type ViewState } from './state.js';
import { setUpSearch } from './search.js';
import { RELATION_STYLES, RELATION_TYPES, shapeIcon, TYPE_STYLES, type EntityType } from './style.js';
import { loadView, type ViewData } from './views.js';

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

let state = readState(location.search);
let view: ViewData = { nodes: [], edges: [], cut: [], empty: null };
/** Path ends picked so far, with their names for the picker. */
const pathEnds: { from: { id: string; name: string } | null; to: { id: string; name: string } | null } = { from: null, to: null };
/** Bumped by every load: an answer to an older state is dropped. */
let generation = 0;

const canvas = new GraphCanvas($('graph'), {
  clickNode: (id) => actions.expand(id),
  doubleClickNode: (id) => actions.centre(id),
  clickEdge: (id) => actions.openEdge(id),
  clickStage: () => select({ node: null, edge: null }),
});
// For the browser tests, the benchmark and the console: the graph, its renderer, and what an edge click does.
Object.assign(window, { explorer: { canvas, openEdge: (id: string) => actions.openEdge(id) } });

const actions: EntityActions = {
  expand: (id) => go({ ...state, mode: 'graph', focus: state.focus ?? id, expanded: state.expanded.includes(id) || id === state.focus ? state.expanded : [...state.expanded, id], node: id, edge: null }),
  centre: (id) => go({ ...state, mode: 'graph', focus: id, expanded: [], node: id, edge: null }),
  tree: (id) => go({ ...state, mode: 'tree', focus: id, expanded: [], node: id, edge: null }),
  pathFrom: (id) => pickPathEnd('from', id),
  pathTo: (id) => pickPathEnd('to', id),
  openEdge: (id) => select({ node: null, edge: id }),
};

function nameOf(id: string): string {
  return view.nodes.find((n) => n.id === id)?.name ?? id;
}

function pickPathEnd(end: 'from' | 'to', id: string): void {
  pathEnds[end] = { id, name: nameOf(id) };
  state = { ...state, [end]: id };
  renderPathPicker();
  history.replaceState(null, '', writeState(state));
}

function renderPathPicker(): void {
  $('path-from').textContent = pathEnds.from?.name ?? (state.from ? '(picked)' : '—');
  $('path-to').textContent = pathEnds.to?.name ?? (state.to ? '(picked)' : '—');
  $<HTMLButtonElement>('show-path').disabled = !(state.from && state.to);
}

/** A new state: into the URL, then drawn. */
function go(next: ViewState): void {
  state = next;
  history.replaceState(null, '', writeState(state));
  void draw();
}

/** Selection changes only the highlight and the panel: no new read of the view. */
function select({ node, edge }: { node: string | null; edge: string | null }): void {
  state = { ...state, node, edge };
  history.replaceState(null, '', writeState(state));
  canvas.select(node, edge ? [edge] : []);
  void renderDetails();
}

async function renderDetails(): Promise<void> {
  const panel = $('details');
  try {
    if (state.edge) await showEdge(panel, state.edge, view);
    else if (state.node && view.nodes.some((n) => n.id === state.node)) showEntity(panel, view.nodes.find((n) => n.id === state.node)!, view, actions);
    else if (state.mode === 'path' && view.edges.length) showPath(panel, view, actions.openEdge);
    else panel.replaceChildren(el('p', { class: 'muted' }, 'Click a node to expand it, double-click to centre on it, click an edge for its evidence.'));
  } catch (error) {
    panel.replaceChildren(el('p', { class: 'error' }, (error as ApiError).message));
  }
}

function renderStatus(): void {
  const status = $('status');
  const counts = `${view.nodes.length} entities, ${view.edges.length} relations`;
  const cut = view.cut.map((c) => `${c.omitted} more around ${nameOf(c.around)}`);
  status.replaceChildren(counts, ...(cut.length ? [' · ', el('span', { class: 'cut' }, `left out by the limit of ${state.mode === 'tree' ? 500 : state.limit}: ${cut.join('; ')}`)] : []));
}

async function draw(): Promise<void> {
  const mine = ++generation;
  document.body.dataset.loading = 'true';
  try {
    const asked = performance.now();
    const next = await loadView(state);
    if (mine !== generation) return;
    view = next;
    const read = performance.now();
    const centre = state.mode === 'path' ? state.from : state.focus;
    canvas.show(view, state.mode, centre);
    // For the devtools' timeline and bench/explorer-page.ts: reading the view, then laying it out and drawing it.
    performance.measure('explorer:read', { start: asked, end: read });
    performance.measure('explorer:draw', { start: read, end: performance.now() });
    canvas.select(state.node, state.edge ? [state.edge] : []);
    $('empty').hidden = !view.empty;
    $('empty').textContent = view.empty ?? '';
    renderStatus();
    syncControls();
    await renderDetails();
  } catch (error) {
    if (mine !== generation) return;
    $('empty').hidden = false;
    $('empty').textContent = (error as ApiError).message;
  } finally {
    if (mine === generation) {
      // The tests (and a watching user) can tell a settled view from one being read.
      document.body.dataset.loading = 'false';
      document.body.dataset.drawn = String(mine);
    }
  }
}

function syncControls(): void {
  for (const box of document.querySelectorAll<HTMLInputElement>('#relation-filters input')) box.checked = state.types.includes(box.value as never);
  $<HTMLInputElement>('year-from').value = state.yearFrom?.toString() ?? '';
  $<HTMLInputElement>('year-to').value = state.yearTo?.toString() ?? '';
  $<HTMLSelectElement>('depth').value = String(state.depth);
  $<HTMLSelectElement>('limit').value = String(state.limit);
  $<HTMLButtonElement>('show-tree').disabled = !(state.focus && view.nodes.find((n) => n.id === state.focus)?.__typename === 'Unit');
  $<HTMLButtonElement>('show-graph').disabled = !state.focus || state.mode === 'graph';
  if (state.from && !pathEnds.from) pathEnds.from = view.nodes.some((n) => n.id === state.from) ? { id: state.from, name: nameOf(state.from) } : null;
  if (state.to && !pathEnds.to) pathEnds.to = view.nodes.some((n) => n.id === state.to) ? { id: state.to, name: nameOf(state.to) } : null;
  renderPathPicker();
}

function setUpControls(): void {
  $('relation-filters').replaceChildren(
    ...RELATION_TYPES.map((type) => {
      const box = el('input', { type: 'checkbox' });
      box.value = type;
      box.addEventListener('change', () => {
        const types = RELATION_TYPES.filter((t) => (t === type ? box.checked : state.types.includes(t)));
        go({ ...state, types: types.length ? types : RELATION_TYPES });
      });
      return el('label', {}, box, ' ', el('span', { class: 'swatch' }), ` ${RELATION_STYLES[type].label}`);
    }),
  );
  document.querySelectorAll<HTMLElement>('#relation-filters .swatch').forEach((s, i) => (s.style.background = RELATION_STYLES[RELATION_TYPES[i]!].color));
  const year = (id: string) => {
    const v = $<HTMLInputElement>(id).value;
    return v === '' ? null : Number(v);
  };
  for (const id of ['year-from', 'year-to']) $(id).addEventListener('change', () => go({ ...state, yearFrom: year('year-from'), yearTo: year('year-to') }));
  $('depth').addEventListener('change', () => go({ ...state, depth: Number($<HTMLSelectElement>('depth').value) }));
  $('limit').addEventListener('change', () => go({ ...state, limit: Number($<HTMLSelectElement>('limit').value) }));
  $('show-graph').addEventListener('click', () => go({ ...state, mode: 'graph', edge: null }));
  $('show-tree').addEventListener('click', () => state.focus && actions.tree(state.focus));
  $('show-path').addEventListener('click', () => go({ ...state, mode: 'path', node: null, edge: null }));
  $('export-png').addEventListener('click', () => void exportPng(canvas));
  $('export-json').addEventListener('click', () => void exportJson(state));
  $('export-graph').addEventListener('click', () => {
    downloadGraph($<HTMLSelectElement>('export-format').value).catch((error: ApiError) => {
      $('status').append(' · ', el('span', { class: 'error' }, `Export: ${error.message}`));
    });
  });
  $('copy-link').addEventListener('click', () => {
    void navigator.clipboard?.writeText(location.href).then(() => ($('copy-link').textContent = 'Link copied'));
  });
  $('legend').append(
    ...(Object.keys(TYPE_STYLES) as EntityType[]).map((t) => el('div', {}, shapeIcon(t), TYPE_STYLES[t].label)),
    ...RELATION_TYPES.map((r) => {
      const swatch = el('span', { class: 'swatch' });
      swatch.style.background = RELATION_STYLES[r].color;
      return el('div', {}, swatch, RELATION_STYLES[r].label);
    }),
  );
  setUpSearch($<HTMLInputElement>('search'), $('results'), (hit) => actions.centre(hit.id));
}

setUpControls();
void draw();
