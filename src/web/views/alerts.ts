/** Alerts: unusual rises (spikes) and fast-growing stories (breaking); each opens its evidence. */
import { errorText, type Breaking, type EvidenceArticle, type Spike } from '../api.js';
import { countryName } from '../countries.js';
import { alerts, atlas, spikeCountries } from '../data.js';
import { fill, h } from '../dom.js';
import { filtersChanged, type State, type Store } from '../state.js';
import { typeBadge } from './events.js';

export const spikeId = (s: Spike): string => `spike:${s.dimension}:${s.key}:${s.day}`;
export const breakingId = (b: Breaking): string => `breaking:${b.storyId}`;

function articleList(items: EvidenceArticle[], store: Store): HTMLElement {
  return h('ul', { class: 'evidence-articles' }, ...items.map((a) => h('li', null,
    h('button', { class: 'link', attrs: { type: 'button' }, data: { article: a.articleId }, on: { click: () => store.update({ article: a.articleId }) } },
      a.title ?? a.url ?? a.articleId))));
}

function spikeEvidence(sp: Spike, store: Store): HTMLElement {
  return h('div', { class: 'evidence' },
    h('p', null, `${sp.count} stories on ${sp.day} where ${sp.expected.toFixed(2)} were expected (p = ${sp.p.toExponential(1)}, ×${sp.ratio.toFixed(1)}); mean intensity ${sp.intensity?.toFixed(1) ?? '—'}`),
    h('h4', null, 'Events'),
    h('ul', { class: 'evidence-events' }, ...sp.events.map((e) => h('li', null,
      h('button', { class: 'link', attrs: { type: 'button' }, data: { article: e.articleId }, on: { click: () => store.update({ article: e.articleId }) } },
        e.date ?? '', ' ', typeBadge(e.type, e.mode), ' ', e.source.join(' + ') || '—', ' → ', e.target.join(' + ') || '—', ` (${e.intensity.toFixed(1)})`)))),
    h('h4', null, 'Articles'), articleList(sp.articles, store));
}

function label(sp: Spike): string {
  const what = sp.dimension === 'country' ? countryName(sp.key) : sp.key;
  return `${sp.dimension} · ${what}`;
}

export function mountAlerts(root: HTMLElement, store: Store): void {
  const list = h('ul', { class: 'alerts' });
  const note = h('p', { class: 'status' }, 'loading alerts…');
  fill(root, h('div', { class: 'panel-head' }, h('h2', null, 'Alerts')), note, list);

  async function render(s: State): Promise<void> {
    try {
      const [al] = await Promise.all([alerts(s), atlas().catch(() => [])]);
      if (store.state !== s) return;
      const spikes = s.country ? al.spikes.filter((sp) => spikeCountries(sp.key, sp.dimension).includes(s.country!)) : al.spikes;
      list.replaceChildren();
      for (const sp of spikes) {
        const id = spikeId(sp), open = s.alert === id;
        list.appendChild(h('li', { class: `alert${open ? ' open' : ''}`, data: { alert: id } },
          h('button', { class: 'alert-head', attrs: { type: 'button', 'aria-expanded': String(open) }, on: { click: () => store.update({ alert: open ? undefined : id }) } },
            h('span', { class: 'date' }, sp.day), ' ', h('strong', null, label(sp)), ' ', h('span', { class: 'surprise' }, `${sp.count} vs ${sp.expected.toFixed(1)} · surprise ${sp.surprise.toFixed(1)}`)),
          open ? spikeEvidence(sp, store) : null));
      }
      for (const b of al.breaking) {
        const id = breakingId(b), open = s.alert === id;
        list.appendChild(h('li', { class: `alert breaking${open ? ' open' : ''}`, data: { alert: id } },
          h('button', { class: 'alert-head', attrs: { type: 'button', 'aria-expanded': String(open) }, on: { click: () => store.update({ alert: open ? undefined : id }) } },
            h('span', { class: 'date' }, b.start.slice(0, 10)), ' ', h('strong', null, 'breaking · '), b.title ?? `story ${b.storyId}`, ' ', h('span', { class: 'surprise' }, `${b.copies} copies`)),
          open ? h('div', { class: 'evidence' }, h('p', null, `${b.copies} copies from ${b.start} to ${b.end} (${b.total} in all)`), articleList(b.articles, store)) : null));
      }
      const total = spikes.length + al.breaking.length;
      note.textContent = total ? `${total} alerts for ${al.from ?? '…'} – ${al.to ?? '…'}${s.country ? ` concerning ${countryName(s.country)} (and breaking stories)` : ''}` : `no alerts for ${al.from ?? '…'} – ${al.to ?? '…'}`;
      root.dataset.ready = '1';
    } catch (err) {
      note.textContent = `alerts: ${errorText(err)}`;
    }
  }

  store.subscribe((s, changed) => { if (filtersChanged(changed) || changed.has('alert')) void render(s); });
  void render(store.state);
}
