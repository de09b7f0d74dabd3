// The right-hand panel: the selected entity and its relations, an edge's
// evidence (each sentence highlighted in its paragraph, grouped by article),
// with the controls to confirm or reject the fact, or the hops of a path with
// their sentences.
import { request } from './api.js';
import { correctionControls } from './corrections.js';
import { el } from './dom.js';
import { ExplorerEdgeDetailsDocument, type ExplorerEntityFragment } from './generated/graphql.js';
import { edgeLabel, RELATION_STYLES, shapeIcon, TYPE_STYLES } from './style.js';
import type { ViewData, ViewEdge } from './views.js';

export interface EntityActions {
  expand(id: string): void;
  centre(id: string): void;
  tree(id: string): void;
  pathFrom(id: string): void;
  pathTo(id: string): void;
  openEdge(id: string): void;
}

const date = (publishedAt: string | null) => publishedAt?.slice(0, 10) ?? 'undated';

function edgeLine(edge: ViewEdge, names: Map<string, string>): string {
  const label = edgeLabel(edge);
  const relation = RELATION_STYLES[edge.type].label;
  return `${names.get(edge.source) ?? '?'} — ${relation}${label !== relation ? ` (${label})` : ''} → ${names.get(edge.target) ?? '?'}`;
}

export function showEntity(panel: HTMLElement, entity: ExplorerEntityFragment, view: ViewData, actions: EntityActions): void {
  const names = new Map(view.nodes.map((n) => [n.id, n.name]));
  const edges = view.edges.filter((e) => e.source === entity.id || e.target === entity.id);
  panel.replaceChildren(
    el('h2', {}, shapeIcon(entity.__typename), ` ${TYPE_STYLES[entity.__typename].label}${entity.kind ? ` · ${entity.kind}` : ''}`),
    el('p', { class: 'entity-name' }, entity.name),
    entity.aliases.length ? el('p', { class: 'muted' }, `Also: ${entity.aliases.join(', ')}`) : '',
    el(
      'div',
      { class: 'actions' },
      el('button', { type: 'button', onclick: () => actions.expand(entity.id) }, 'Expand'),
      el('button', { type: 'button', onclick: () => actions.centre(entity.id) }, 'Centre here'),
      entity.__typename === 'Unit' && el('button', { type: 'button', onclick: () => actions.tree(entity.id) }, 'Hierarchy'),
      el('button', { type: 'button', onclick: () => actions.pathFrom(entity.id) }, 'Path from here'),
      el('button', { type: 'button', onclick: () => actions.pathTo(entity.id) }, 'Path to here'),
    ),
    el('h2', {}, `Relations in view (${edges.length})`),
    ...edges.map((e) => el('button', { class: 'relation', type: 'button', onclick: () => actions.openEdge(e.id) }, edgeLine(e, names))),
  );
}

/** The sentence marked inside its paragraph. */
function passage(sentence: string, start: number, end: number, paragraph: { text: string; start: number }): HTMLElement {
  const from = start - paragraph.start;
  const to = end - paragraph.start;
  return el('p', { class: 'paragraph' }, paragraph.text.slice(0, from), el('mark', {}, sentence), paragraph.text.slice(to));
}

/** `rejected`: told what was rejected, by whom, once the analyst has rejected the edge's fact. */
export async function showEdge(panel: HTMLElement, edgeId: string, view: ViewData, rejected: (what: string) => void): Promise<void> {
  panel.replaceChildren(el('p', { class: 'muted' }, 'Reading the evidence…'));
  const { edge } = await request(ExplorerEdgeDetailsDocument, { id: edgeId });
  if (!edge) {
    panel.replaceChildren(el('p', { class: 'error' }, 'The graph no longer holds this relation.'));
    return;
  }
  const line = edgeLine(edge, new Map(view.nodes.map((n) => [n.id, n.name])));
  const byArticle = new Map<string, (typeof edge.evidence)[number][]>();
  for (const e of edge.evidence) byArticle.set(e.article.id, [...(byArticle.get(e.article.id) ?? []), e]);
  panel.replaceChildren(
    el('h2', {}, 'Evidence'),
    el('p', { class: 'entity-name' }, line),
    el('p', { class: 'muted' }, `Stated in ${byArticle.size} article${byArticle.size === 1 ? '' : 's'}, ${edge.evidence.length} sentence${edge.evidence.length === 1 ? '' : 's'}`),
    correctionControls(edge.factId, edge.fact ?? null, (by) => rejected(`${line} (by ${by})`)),
    ...[...byArticle.values()].map((sentences) => {
      const article = sentences[0]!.article;
      return el(
        'div',
        { class: 'article' },
        el('h4', {}, article.url ? el('a', { href: article.url, target: '_blank', rel: 'noreferrer' }, article.title ?? article.url) : (article.title ?? 'Untitled')),
        el('div', { class: 'meta' }, [date(article.publishedAt), article.source].filter(Boolean).join(' · ')),
        ...sentences.map((s) => passage(s.sentence, s.start, s.end, s.paragraph)),
      );
    }),
  );
}

export function showPath(panel: HTMLElement, view: ViewData, openEdge: (id: string) => void): void {
  const names = new Map(view.nodes.map((n) => [n.id, n.name]));
  panel.replaceChildren(
    el('h2', {}, `Path: ${view.edges.length} step${view.edges.length === 1 ? '' : 's'}`),
    ...view.edges.map((e) =>
      el(
        'div',
        { class: 'hop' },
        el('button', { class: 'relation', type: 'button', onclick: () => openEdge(e.id) }, edgeLine(e, names)),
        ...(e.evidence ?? []).slice(0, 1).map((ev) => el('p', { class: 'paragraph' }, el('mark', {}, ev.sentence), el('br'), el('small', { class: 'muted' }, `${ev.article.title ?? ''} · ${date(ev.article.publishedAt)}`))),
      ),
    ),
  );
}
