import { alertConfig, type AlertConfig } from './config.js';
import { addDays } from './days.js';
import { evidenceOf, type Evidence } from './evidence.js';
import type { IntensityScale } from './intensity.js';
import { counts, dayOf, keysOf } from './keys.js';
import { dailySeries } from './series.js';
import { detectSpikes, type Spike } from './spikes.js';
import type { AnalyticEvent, Dimension } from './types.js';

export type SpikeAlert = Spike & Evidence;

export interface AlertWindow {
  /** first tested day; default: 6 days before `to` */
  from?: string;
  /** last tested day; default: the last day with a counted event */
  to?: string;
  /** the first day the data covers; default: the first day among the events given */
  dataStart?: string;
  scale?: IntensityScale;
}

/** The window tested, resolved from what was asked and what the events cover. */
export interface ResolvedWindow {
  from: string;
  to: string;
  dataStart: string;
}

export function resolveWindow(events: AnalyticEvent[], w: AlertWindow): ResolvedWindow | null {
  let first: string | null = null, last: string | null = null;
  for (const e of events) {
    if (!counts(e)) continue;
    const d = dayOf(e);
    if (first === null || d < first) first = d;
    if (last === null || d > last) last = d;
  }
  const to = w.to ?? last;
  const dataStart = w.dataStart ?? first;
  if (!to || !dataStart) return null;
  return { from: w.from ?? addDays(to, -6), to, dataStart };
}

/**
 * Spike alerts over events: daily series per dimension (stories counted once), each key-day in
 * the window tested against its baseline (see detectSpikes), ranked by surprise, each with its
 * evidence events (one per story) and articles. `events` must cover the baseline before `from`.
 */
export function spikeAlerts(events: AnalyticEvent[], w: AlertWindow = {}, config: Partial<AlertConfig> = {}): SpikeAlert[] {
  const c = alertConfig(config);
  const win = resolveWindow(events, w);
  if (!win) return [];
  const seriesFrom = addDays(win.from, -c.baselineDays);
  const spikes: Spike[] = [];
  for (const dim of c.dimensions) {
    const points = dailySeries(events, dim, { from: seriesFrom, to: win.to, scale: w.scale });
    spikes.push(...detectSpikes(dim, points, win, c));
  }
  spikes.sort((a, b) => b.surprise - a.surprise || b.count - a.count || (a.key < b.key ? -1 : 1));
  const kept = spikes.slice(0, c.maxAlerts);
  return attachEvidence(kept, events, c.maxEvidence, w.scale);
}

function attachEvidence(spikes: Spike[], events: AnalyticEvent[], max: number, scale?: IntensityScale): SpikeAlert[] {
  const cells = new Map<string, AnalyticEvent[]>();
  for (const s of spikes) cells.set(`${s.dimension}|${s.day}|${s.key}`, []);
  const dims = [...new Set(spikes.map((s) => s.dimension))] as Dimension[];
  for (const e of events) {
    if (!counts(e)) continue;
    for (const dim of dims) {
      for (const key of keysOf(e, dim)) cells.get(`${dim}|${dayOf(e)}|${key}`)?.push(e);
    }
  }
  return spikes.map((s) => ({ ...s, ...evidenceOf(cells.get(`${s.dimension}|${s.day}|${s.key}`)!, max, scale) }));
}
