/** The filter bar (date range, country, actor, PLOVER type, context) and the search box. */
import { countryName, NAMES } from '../countries.js';
import { fill, h } from '../dom.js';
import { PLOVER, type Filters, type State, type Store } from '../state.js';

const CONTEXTS = ['terrorism', 'military', 'diplomatic', 'humanitarian', 'migration', 'illegal_drugs', 'economic', 'elections', 'judiciary', 'protest'];

export function mountFilters(form: HTMLFormElement, search: HTMLFormElement, store: Store): void {
  const input = (name: keyof Filters, label: string, attrs: Record<string, string>) =>
    h('input', { attrs: { name, 'aria-label': label, title: label, ...attrs } });
  const from = input('from', 'from day', { type: 'date' });
  const to = input('to', 'to day', { type: 'date' });
  const country = input('country', 'country (ISO alpha-3)', { placeholder: 'country', size: '8', list: 'country-codes', maxlength: '3' });
  const actor = input('actor', 'actor code or name', { placeholder: 'actor', size: '10', maxlength: '100' });
  const context = input('context', 'context', { placeholder: 'context', size: '11', list: 'context-names', maxlength: '60' });
  const type = h('select', { attrs: { name: 'type', 'aria-label': 'PLOVER type' } }, h('option', { attrs: { value: '' } }, 'any type'),
    ...PLOVER.map((t) => h('option', { attrs: { value: t } }, t)));
  const countries = h('datalist', { attrs: { id: 'country-codes' } });
  const contexts = h('datalist', { attrs: { id: 'context-names' } }, ...CONTEXTS.map((c) => h('option', { attrs: { value: c } })));
  const clear = h('button', { attrs: { type: 'button' }, on: { click: () => store.update({ from: '', to: '', country: '', actor: '', type: '', context: '', alert: '' }) } }, 'clear');
  fill(form, from, h('span', null, '–'), to, country, actor, type, context, countries, contexts, h('button', { attrs: { type: 'submit' } }, 'apply'), clear);

  const q = h('input', { attrs: { type: 'search', name: 'q', placeholder: 'search articles', 'aria-label': 'search articles', maxlength: '500' } });
  fill(search, q, h('button', { attrs: { type: 'submit' } }, 'search'));

  const apply = () => store.update({
    from: from.value, to: to.value, country: country.value.trim().toUpperCase(), actor: actor.value.trim(), type: type.value, context: context.value.trim(),
  });
  form.addEventListener('submit', (e) => { e.preventDefault(); apply(); });
  for (const el of [from, to, type]) el.addEventListener('change', apply);
  search.addEventListener('submit', (e) => { e.preventDefault(); store.update({ q: q.value.trim() }); });

  const show = (s: State) => {
    from.value = s.from ?? '';
    to.value = s.to ?? '';
    country.value = s.country ?? '';
    country.title = s.country ? countryName(s.country) : 'country (ISO alpha-3)';
    actor.value = s.actor ?? '';
    type.value = s.type ?? '';
    context.value = s.context ?? '';
    q.value = s.q ?? '';
    if (!countries.childElementCount && NAMES.size) {
      for (const [code, name] of [...NAMES].sort((a, b) => a[1].localeCompare(b[1]))) countries.appendChild(h('option', { attrs: { value: code } }, name));
    }
  };
  store.subscribe(show);
  show(store.state);
}
