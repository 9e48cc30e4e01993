/** Timeline: stories per day by PLOVER type (the busiest types, the rest as "other"), alert days marked. */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { errorText, Fetcher, type Alerts, type Series } from '../api.js';
import { typeColor } from '../colors.js';
import { alerts, daysBetween, spikeCountries } from '../data.js';
import { fill, h } from '../dom.js';
import { filterParams, filtersChanged, type State, type Store } from '../state.js';

const TOP = 7;
const DAY_S = 86_400;
const toSec = (day: string) => Date.parse(`${day}T00:00:00Z`) / 1000;

interface Mark { t: number; label: string }

/** Days with an alert concerning the current filters (country, type or context when set). */
function alertMarks(al: Alerts, s: State): Mark[] {
  const marks: Mark[] = [];
  for (const sp of al.spikes) {
    if (s.country && !spikeCountries(sp.key, sp.dimension).includes(s.country)) continue;
    if (s.type && sp.dimension === 'type' && sp.key !== s.type) continue;
    marks.push({ t: toSec(sp.day), label: `${sp.dimension} ${sp.key}` });
  }
  for (const b of al.breaking) marks.push({ t: toSec(b.start.slice(0, 10)), label: `breaking: ${b.title ?? `story ${b.storyId}`}` });
  return marks;
}

export function mountTimeline(root: HTMLElement, store: Store, onReady: () => void): void {
  const fetcher = new Fetcher();
  const chartBox = h('div', { class: 'chart' });
  const note = h('p', { class: 'status' }, 'loading timeline…');
  fill(root, h('div', { class: 'panel-head' }, h('h2', null, 'Timeline'), h('span', { class: 'hint' }, 'stories per day by event type; red lines: alerts; drag to pick days')), chartBox, note);
  let plot: uPlot | null = null;
  let marks: Mark[] = [];

  const markPlugin: uPlot.Plugin = {
    hooks: {
      draw: (u) => {
        const ctx = u.ctx;
        ctx.save();
        ctx.strokeStyle = '#c4161c';
        ctx.fillStyle = '#c4161c';
        ctx.lineWidth = 2 * devicePixelRatio;
        ctx.setLineDash([4 * devicePixelRatio, 3 * devicePixelRatio]);
        for (const m of marks) {
          const x = Math.round(u.valToPos(m.t, 'x', true));
          if (x < u.bbox.left || x > u.bbox.left + u.bbox.width) continue;
          ctx.beginPath();
          ctx.moveTo(x, u.bbox.top);
          ctx.lineTo(x, u.bbox.top + u.bbox.height);
          ctx.stroke();
          ctx.beginPath();
          ctx.moveTo(x - 5 * devicePixelRatio, u.bbox.top);
          ctx.lineTo(x + 5 * devicePixelRatio, u.bbox.top);
          ctx.lineTo(x, u.bbox.top + 8 * devicePixelRatio);
          ctx.fill();
        }
        ctx.restore();
      },
    },
  };

  /** Dragging across the chart sets the date range of every view. */
  function selectDays(u: uPlot): void {
    if (u.select.width < 3) return;
    const day = (px: number) => new Date(Math.round(u.posToVal(px, 'x') / DAY_S) * DAY_S * 1000).toISOString().slice(0, 10);
    const from = day(u.select.left), to = day(u.select.left + u.select.width);
    u.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
    store.update({ from, to });
  }

  async function render(s: State): Promise<void> {
    root.dataset.ready = '0';
    try {
      const series = await fetcher.get<Series>('/api/series', { ...filterParams(s), by: 'type' });
      if (!series) return;
      const totals = new Map<string, number>();
      for (const p of series.points) totals.set(p.key, (totals.get(p.key) ?? 0) + p.count);
      const types = [...totals.entries()].sort((a, b) => b[1] - a[1]).map(([t]) => t);
      const shown = types.slice(0, TOP);
      const first = series.points.reduce((m, p) => (p.day < m ? p.day : m), s.from ?? '9999');
      const last = series.points.reduce((m, p) => (p.day > m ? p.day : m), s.to ?? '0000');
      const days = series.points.length ? daysBetween(first, last) : [];
      const index = new Map(days.map((d, i) => [d, i]));
      const rows = shown.map(() => new Array<number>(days.length).fill(0));
      const other = new Array<number>(days.length).fill(0);
      for (const p of series.points) {
        const k = shown.indexOf(p.key), i = index.get(p.day)!;
        if (k >= 0) rows[k]![i]! += p.count; else other[i]! += p.count;
      }
      const names = types.length > TOP ? [...shown, 'other'] : shown;
      const data: uPlot.AlignedData = [days.map(toSec), ...rows, ...(types.length > TOP ? [other] : [])];
      plot?.destroy();
      plot = null;
      if (!days.length) {
        note.textContent = 'no events match the filters';
      } else {
        const width = Math.max(320, chartBox.clientWidth || root.clientWidth - 24);
        plot = new uPlot({
          width, height: 220, plugins: [markPlugin],
          cursor: { drag: { x: true, y: false, setScale: false } },
          hooks: { setSelect: [(u) => selectDays(u)] },
          scales: { x: { time: true, range: (_u, lo, hi) => [lo - DAY_S / 2, hi + DAY_S / 2] } },
          axes: [{}, { label: 'stories' }],
          series: [{}, ...names.map((n) => ({
            label: n, stroke: n === 'other' ? '#999' : typeColor(n), width: 1.5, points: { show: days.length < 90 },
          }))],
        }, data, chartBox);
        note.textContent = `${series.points.reduce((a, p) => a + p.count, 0)} story-type counts over ${days.length} days`;
      }
      root.dataset.ready = '1';
      onReady();
      const al = await alerts(s);
      if (store.state !== s) return;
      marks = alertMarks(al, s);
      plot?.redraw(false, false);
      root.dataset.alerts = String(marks.length);
    } catch (err) {
      note.textContent = `timeline: ${errorText(err)}`;
    }
  }

  store.subscribe((s, changed) => { if (filtersChanged(changed)) void render(s); });
  void render(store.state);
}
