import { intensityOf, type IntensityScale } from './intensity.js';
import { counts, dayOf, keysOf } from './keys.js';
import type { AnalyticEvent, DailyPoint, Dimension } from './types.js';

export interface SeriesOptions {
  /** keep only these keys */
  keys?: readonly string[];
  from?: string;
  to?: string;
  scale?: IntensityScale;
}

/**
 * Events per day and key, each story counted once per day and key. A point's intensity is the
 * mean over its stories of each story's mean event intensity, so a story copied twenty times
 * weighs as much as a story told once. Negated, hypothetical and undated events do not count.
 */
export function dailySeries(events: Iterable<AnalyticEvent>, dim: Dimension | 'all', o: SeriesOptions = {}): DailyPoint[] {
  const only = o.keys ? new Set(o.keys) : null;
  // day|key -> story -> [sum, n]
  const cells = new Map<string, Map<number, [number, number]>>();
  for (const e of events) {
    if (!counts(e)) continue;
    const day = dayOf(e);
    if ((o.from && day < o.from) || (o.to && day > o.to)) continue;
    const v = intensityOf(e.type, e.mode, o.scale);
    for (const key of keysOf(e, dim)) {
      if (only && !only.has(key)) continue;
      const id = `${day}|${key}`;
      let stories = cells.get(id);
      if (!stories) cells.set(id, (stories = new Map()));
      const acc = stories.get(e.storyId);
      if (acc) { acc[0] += v; acc[1]++; } else stories.set(e.storyId, [v, 1]);
    }
  }
  const out: DailyPoint[] = [];
  for (const [id, stories] of cells) {
    const bar = id.indexOf('|');
    let sum = 0;
    for (const [s, n] of stories.values()) sum += s / n;
    out.push({ day: id.slice(0, bar), key: id.slice(bar + 1), count: stories.size, intensity: round(sum / stories.size) });
  }
  return out.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export const round = (x: number, digits = 3): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};
