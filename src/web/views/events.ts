/** The events matching the filters (or, with a search, the matching articles); each opens the reader. */
import { errorText, Fetcher, type EventPage, type EventRow, type SearchPage } from '../api.js';
import { typeColor } from '../colors.js';
import { fill, h, marked } from '../dom.js';
import { filterParams, filtersChanged, type State, type Store } from '../state.js';

const PAGE = 50;

export const parties = (ps: EventRow['source']): string => (ps.length ? ps.map((p) => p.name + (p.code ? ` (${p.code})` : '')).join(' + ') : '—');

export function typeBadge(type: string, mode?: string | null): HTMLElement {
  const b = h('span', { class: 'type-badge' }, type, mode ? h('small', null, ` ${mode}`) : null);
  b.style.setProperty('--type-color', typeColor(type));
  return b;
}

function eventItem(e: EventRow, store: Store): HTMLElement {
  return h('li', { class: 'event-row', data: { article: e.articleId } },
    h('button', { class: 'row-button', on: { click: () => store.update({ article: e.articleId }, true) } },
      h('span', { class: 'date' }, e.date ?? e.published ?? '?'), ' ', typeBadge(e.type, e.mode), ' ',
      h('strong', null, parties(e.source)), ' → ', h('strong', null, parties(e.target)),
      e.negated ? h('span', { class: 'flag' }, ' negated') : null, e.hypothetical ? h('span', { class: 'flag' }, ' hypothetical') : null,
      h('span', { class: 'evidence-line' }, e.evidence),
      h('span', { class: 'source-line' }, e.title ?? e.url ?? e.articleId)));
}

export function mountEvents(root: HTMLElement, store: Store): void {
  const fetcher = new Fetcher();
  const head = h('div', { class: 'panel-head' });
  const list = h('ul', { class: 'rows' });
  const more = h('button', { class: 'more', attrs: { type: 'button' } }, 'more');
  const note = h('p', { class: 'status' });
  fill(root, head, note, list, more);
  let next: string | null = null;

  async function loadEvents(s: State, cursor?: string): Promise<void> {
    const page = await fetcher.get<EventPage>('/api/events', { ...filterParams(s), limit: PAGE, cursor });
    if (!page) return;
    if (!cursor) list.replaceChildren();
    for (const e of page.items) list.appendChild(eventItem(e, store));
    next = page.next;
    more.hidden = !next;
    note.textContent = page.total ? `${page.total} events (one per story), newest first` : 'no events match the filters';
  }

  async function loadSearch(s: State): Promise<void> {
    const page = await fetcher.get<SearchPage>('/api/search', { q: s.q, ...filterParams(s), limit: PAGE });
    if (!page) return;
    list.replaceChildren();
    for (const hit of page.items) {
      list.appendChild(h('li', { class: 'search-row', data: { article: hit.articleId } },
        h('button', { class: 'row-button', on: { click: () => store.update({ article: hit.articleId }) } },
          h('span', { class: 'date' }, hit.published ?? '?'), ' ', h('strong', null, hit.title ?? hit.articleId),
          h('span', { class: 'evidence-line' }, marked(hit.snippet)))));
    }
    more.hidden = true;
    note.textContent = page.items.length ? `${page.items.length}${page.more ? '+' : ''} articles match “${s.q}”` : `nothing matches “${s.q}”`;
  }

  async function render(s: State): Promise<void> {
    fill(head, h('h2', null, s.q ? 'Search results' : 'Events'),
      s.q ? h('button', { class: 'link', attrs: { type: 'button' }, on: { click: () => store.update({ q: undefined }) } }, 'clear search') : null);
    note.textContent = 'loading…';
    root.dataset.ready = '0';
    try {
      if (s.q) await loadSearch(s); else await loadEvents(s);
      root.dataset.ready = '1';
    } catch (err) {
      note.textContent = `${s.q ? 'search' : 'events'}: ${errorText(err)}`;
    }
  }

  more.addEventListener('click', () => { if (next) void loadEvents(store.state, next).catch((err) => { note.textContent = errorText(err); }); });
  store.subscribe((s, changed) => { if (filtersChanged(changed) || changed.has('q')) void render(s); });
  void render(store.state);
}
