/** Article reader: the text with entities, quotes and events highlighted, each event explained. */
import { errorText, Fetcher, type StoredArticle } from '../api.js';
import { fill, h, safeLink } from '../dom.js';
import { highlighted, marksOf } from '../highlight.js';
import type { State, Store } from '../state.js';
import type { Actor, Analysis } from '../../types.js';
import { typeBadge } from './events.js';

const actorName = (a: Analysis, id: string | null | undefined): string => {
  const actor = a.actors.find((x) => x.id === id);
  return actor ? `${actor.name}${actor.code ? ` (${actor.code})` : ''}` : id ?? '—';
};

function eventCard(a: Analysis, text: string, v: Analysis['events'][number], focus: (id: string) => void): HTMLElement {
  const place = a.places.find((p) => p.id === v.place);
  const row = (k: string, val: string | Node) => h('div', { class: 'kv' }, h('dt', null, k), h('dd', null, val));
  return h('li', { class: 'event-card', data: { event: v.id } },
    h('button', { class: 'row-button', attrs: { type: 'button' }, on: { click: () => focus(v.id) } },
      typeBadge(v.type, v.mode), ' ', v.source.map((s) => actorName(a, s)).join(' + ') || '—', ' → ', v.target.map((t) => actorName(a, t)).join(' + ') || '—'),
    h('dl', null,
      row('type', `${v.type}${v.mode ? ` / ${v.mode}` : ''}`),
      row('source', v.source.map((s) => actorName(a, s)).join(' + ') || '—'),
      row('target', v.target.map((t) => actorName(a, t)).join(' + ') || '—'),
      row('when / where', `${v.date ?? 'undated'}${place ? ` · ${place.name} (${place.country ?? '?'})` : ''}`),
      row('trigger', v.trigger ? text.slice(v.trigger.start, v.trigger.end) : '—'),
      row('rule', `${v.rule}${v.confidence != null ? ` (confidence ${v.confidence})` : ''}${v.negated ? ' · negated' : ''}${v.hypothetical ? ' · hypothetical' : ''}`),
      v.contexts.length ? row('contexts', v.contexts.join(', ')) : null,
      row('evidence', h('q', null, text.slice(v.evidence.start, v.evidence.end)))));
}

function actorItem(a: Actor): HTMLElement {
  const meta = [a.kind, a.country, a.sector, ...(a.roles ?? [])].filter(Boolean).join(' · ');
  return h('li', null, h('strong', null, a.name), ` ${a.code ?? ''} `, h('small', null, meta));
}

export function mountReader(root: HTMLElement, store: Store): void {
  const fetcher = new Fetcher();

  async function render(s: State): Promise<void> {
    if (!s.article) {
      root.hidden = true;
      root.replaceChildren();
      return;
    }
    root.hidden = false;
    root.dataset.ready = '0';
    const close = h('button', { class: 'close', attrs: { type: 'button', 'aria-label': 'close the article' }, on: { click: () => store.update({ article: undefined }) } }, '×');
    fill(root, close, h('p', { class: 'status' }, 'loading article…'));
    try {
      const art = await fetcher.get<StoredArticle>(`/api/articles/${encodeURIComponent(s.article)}`);
      if (!art) return;
      const a = art.analysis;
      const body = h('div', { class: 'article-text' }, highlighted(art.text, marksOf(a)));
      const focus = (id: string) => {
        for (const el of Array.from(body.querySelectorAll('.focus'))) el.classList.remove('focus');
        const spans = Array.from(body.querySelectorAll<HTMLElement>('span[data-event]')).filter((el) => el.dataset.event!.split(' ').includes(id));
        for (const el of spans) el.classList.add('focus');
        spans[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      };
      const quotes = a.quotes.map((q) => h('li', { class: 'quote-item' }, h('q', null, q.text), ' — ', actorName(a, q.speaker), q.cue ? h('small', null, ` (${q.cue})`) : null));
      fill(root, close,
        h('header', null, h('h2', null, art.title ?? 'Untitled article'),
          h('p', { class: 'meta' }, art.published ?? 'undated', ' · ', safeLink(art.url, art.url ?? 'no URL'), ' · ', `contexts: ${a.contexts.join(', ') || '—'}`),
          h('p', { class: 'legend' }, h('span', { class: 'ent ent-PERSON' }, 'person'), ' ', h('span', { class: 'ent ent-ORG' }, 'organisation'), ' ',
            h('span', { class: 'ent ent-LOCATION' }, 'place'), ' ', h('span', { class: 'ent ent-NORP' }, 'group'), ' ', h('span', { class: 'quote' }, 'quote'), ' ',
            h('span', { class: 'evidence' }, 'event evidence'), ' ', h('span', { class: 'trigger evidence' }, 'trigger'))),
        h('div', { class: 'reader-cols' }, body,
          h('div', { class: 'reader-side' },
            h('h3', null, `Events (${a.events.length})`), h('ol', { class: 'event-cards' }, ...a.events.map((v) => eventCard(a, art.text, v, focus))),
            h('h3', null, `Quotes (${a.quotes.length})`), h('ul', { class: 'quotes' }, ...quotes),
            h('h3', null, `Actors (${a.actors.length})`), h('ul', { class: 'actors' }, ...a.actors.map(actorItem)))));
      root.dataset.ready = '1';
    } catch (err) {
      fill(root, close, h('p', { class: 'status error' }, `article: ${errorText(err)}`));
    }
  }

  document.addEventListener('keydown', (e) => { if (e.key === 'Escape' && store.state.article) store.update({ article: undefined }); });
  store.subscribe((s, changed) => { if (changed.has('article')) void render(s); });
  void render(store.state);
}
