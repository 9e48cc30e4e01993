/**
 * World map: countries shaded by event stories in the filtered window (or by alert level), a date
 * slider moving the window's end, a click on a country filters every view to it.
 */
import { geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import { errorText, Fetcher, type Series } from '../api.js';
import { alertColor, countColor } from '../colors.js';
import { countryName } from '../countries.js';
import { alerts, atlas, daysBetween, spikeCountries, stats, type Country } from '../data.js';
import { fill, h } from '../dom.js';
import { filterParams, filtersChanged, type State, type Store } from '../state.js';

const SVG = 'http://www.w3.org/2000/svg';

export function mountMap(root: HTMLElement, store: Store, onReady: () => void): void {
  const fetcher = new Fetcher();
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'map');
  svg.setAttribute('role', 'img');
  const note = h('p', { class: 'status' }, 'loading map…');
  const slider = h('input', { attrs: { type: 'range', min: '0', max: '0', value: '0', 'aria-label': 'window end day' } });
  const sliderLabel = h('output', { class: 'slider-label' });
  const shadeSel = h('select', { attrs: { 'aria-label': 'shade by' } },
    h('option', { attrs: { value: 'events' } }, 'event stories'), h('option', { attrs: { value: 'alerts' } }, 'alert level'));
  const legend = h('div', { class: 'legend' });
  fill(root, h('div', { class: 'panel-head' }, h('h2', null, 'Map'), h('label', null, 'shade by ', shadeSel)),
    svg, h('div', { class: 'slider' }, h('span', null, 'window ends'), slider, sliderLabel), legend, note);

  let countries: Country[] = [];
  const paths = new Map<string, SVGPathElement>();
  let projection: GeoProjection | null = null;
  let days: string[] = [];

  shadeSel.addEventListener('change', () => store.update({ shade: shadeSel.value === 'alerts' ? 'alerts' : undefined }));
  slider.addEventListener('input', () => { sliderLabel.value = days[Number(slider.value)] ?? ''; });
  slider.addEventListener('change', () => {
    const day = days[Number(slider.value)];
    store.update({ to: day === days[days.length - 1] ? undefined : day });
  });


  function draw(counts: Map<string, number>, alertLevel: Map<string, number>, s: State): void {
    const width = Math.max(320, root.clientWidth - 24);
    const height = Math.round(width * 0.52);
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    if (!projection) {
      projection = geoNaturalEarth1();
      // frame the busy region: countries with at least a tenth of the busiest one's stories
      const top = Math.max(0, ...counts.values());
      const withData = countries.filter((c) => c.iso3 && (counts.get(c.iso3) ?? 0) >= Math.max(1, top / 10));
      const target = { type: 'FeatureCollection', features: withData.length ? withData : countries } as FeatureCollection;
      projection.fitExtent([[8, 8], [width - 8, height - 8]], target);
      const path = geoPath(projection);
      svg.replaceChildren();
      for (const c of countries) {
        const p = document.createElementNS(SVG, 'path');
        p.setAttribute('d', path(c) ?? '');
        p.appendChild(document.createElementNS(SVG, 'title')).textContent = c.properties.name;
        p.setAttribute('fill', '#e8eaee');
        if (c.iso3) {
          p.dataset.iso3 = c.iso3;
          p.addEventListener('click', () => store.update({ country: store.state.country === c.iso3 ? undefined : c.iso3 }));
          paths.set(c.iso3, p);
        }
        svg.appendChild(p);
      }
    }
    const max = Math.max(0, ...counts.values());
    for (const [iso3, p] of paths) {
      const n = counts.get(iso3) ?? 0, level = alertLevel.get(iso3) ?? 0;
      p.setAttribute('fill', s.shade === 'alerts' ? alertColor(level) : countColor(n, max));
      p.setAttribute('class', ['country', iso3 === s.country ? 'selected' : '', level > 0 ? 'alerted' : ''].join(' ').trim());
      p.firstChild!.textContent = `${countryName(iso3)} (${iso3}): ${n} ${n === 1 ? 'story' : 'stories'}${level ? `, alert surprise ${level.toFixed(1)}` : ''}`;
    }
    fill(legend, s.shade === 'alerts' ? 'alert level by surprise (−log10 p); red outline: alerted' : `stories per country, ${max} at most; red outline: alerted`,
      s.country ? h('span', { class: 'chip' }, `filtered to ${countryName(s.country)}`) : null);
  }

  async function render(s: State): Promise<void> {
    root.dataset.ready = '0';
    try {
      const [series, st, world] = await Promise.all([
        fetcher.get<Series>('/api/series', { ...filterParams(s), by: 'country' }), stats(), atlas(),
      ]);
      countries = world;
      if (!series) return;
      if (st.firstPublished && st.lastPublished && !days.length) {
        days = daysBetween(st.firstPublished, st.lastPublished);
        slider.max = String(days.length - 1);
      }
      const end = s.to ?? days[days.length - 1] ?? '';
      slider.value = String(Math.max(0, days.indexOf(end)));
      sliderLabel.value = end;
      shadeSel.value = s.shade ?? 'events';
      const counts = new Map<string, number>();
      for (const p of series.points) counts.set(p.key, (counts.get(p.key) ?? 0) + p.count);
      draw(counts, new Map(), s);
      note.textContent = counts.size ? `${counts.size} countries with events; click one to filter` : 'no events match the filters';
      root.dataset.ready = '1';
      onReady();
      const al = await alerts(s);
      const level = new Map<string, number>();
      for (const sp of al.spikes) for (const c of spikeCountries(sp.key, sp.dimension)) level.set(c, Math.max(level.get(c) ?? 0, sp.surprise));
      if (store.state === s) draw(counts, level, s);
    } catch (err) {
      note.textContent = `map: ${errorText(err)}`;
    }
  }

  store.subscribe((s, changed) => { if (filtersChanged(changed) || changed.has('shade')) void render(s); });
  void render(store.state);
}
