// The search box: full-text hits grouped by type, each with what tells it apart.
import { ApiError, request } from './api.js';
import { el } from './dom.js';
import { ExplorerSearchDocument, type ExplorerSearchQuery } from './generated/graphql.js';
import { shapeIcon, TYPE_STYLES, type EntityType } from './style.js';

type Hit = ExplorerSearchQuery['search']['nodes'][number];

/** A unit's parent; a person's posts: what the user needs to pick the right namesake. */
function context(hit: Hit): string {
  if (hit.__typename === 'Unit') return hit.parent ? `in ${hit.parent.name}` : (hit.kind ?? '');
  if (hit.__typename === 'Person') return hit.memberships.nodes.map((m) => [m.unit.name, m.role].filter(Boolean).join(' ')).join('; ');
  return hit.kind ?? '';
}

export function setUpSearch(input: HTMLInputElement, results: HTMLElement, open: (hit: Hit) => void): void {
  let latest = 0;
  let timer: number | undefined;
  const run = async (query: string) => {
    const ticket = ++latest;
    if ([...query].length < 2) {
      results.replaceChildren();
      return;
    }
    try {
      const { search } = await request(ExplorerSearchDocument, { query });
      if (ticket !== latest) return; // a later query has been typed meanwhile
      const groups = new Map<EntityType, Hit[]>();
      for (const hit of search.nodes) groups.set(hit.__typename, [...(groups.get(hit.__typename) ?? []), hit]);
      results.replaceChildren(
        el('h2', {}, `${search.totalCount} found`),
        ...[...groups].map(([type, hits]) =>
          el(
            'div',
            { class: 'group' },
            el('h3', {}, shapeIcon(type), TYPE_STYLES[type].label),
            ...hits.map((hit) =>
              el('button', { class: 'hit', type: 'button', onclick: () => open(hit) }, el('span', { class: 'name' }, hit.name), ' ', el('small', {}, context(hit))),
            ),
          ),
        ),
      );
    } catch (error) {
      if (ticket === latest) results.replaceChildren(el('p', { class: 'error' }, (error as ApiError).message));
    }
  };
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(input.value.trim()), 250);
  });
  input.form!.addEventListener('submit', (e) => {
    e.preventDefault();
    window.clearTimeout(timer);
    void run(input.value.trim());
  });
}
