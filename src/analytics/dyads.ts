import { dayNumber, dayString } from './days.js';
import { intensityOf, type IntensityScale } from './intensity.js';
import { counts, dayOf, dyadKey, pairKey } from './keys.js';
import { round } from './series.js';
import type { AnalyticEvent } from './types.js';

export interface DyadOptions {
  /** ordered "USA>AFG" (who acts on whom) or unordered "AFG-USA" pairs (default) */
  ordered?: boolean;
  /** width of each time window in days (default 7), windows ending on `to` */
  windowDays?: number;
  from?: string;
  to?: string;
  /** only this pair */
  dyad?: string;
  /** pairs with fewer stories are left out (default 1) */
  minStories?: number;
  limit?: number;
  scale?: IntensityScale;
}

export interface DyadWindow {
  start: string;
  end: string;
  stories: number;
  /** mean intensity over the window's stories (each story's own mean) */
  intensity: number;
}

export interface DyadTrend {
  dyad: string;
  stories: number;
  intensity: number;
  windows: DyadWindow[];
  /** least-squares slope of story intensity per window: < 0 toward conflict */
  slope: number;
  /** last window's intensity minus the first's */
  shift: number;
  /** a direction only when |slope| ≥ 0.1 and beyond twice its standard error, else stable */
  trend: 'toward-conflict' | 'toward-cooperation' | 'stable';
}

/** Cooperation–conflict trend per country pair: mean intensity per time window, and its slope. */
export function dyadTrends(events: Iterable<AnalyticEvent>, o: DyadOptions = {}): DyadTrend[] {
  const width = o.windowDays ?? 7;
  const list = [...events].filter((e) => counts(e) && (!o.from || dayOf(e) >= o.from) && (!o.to || dayOf(e) <= o.to));
  const last = o.to ?? list.reduce((m, e) => (dayOf(e) > m ? dayOf(e) : m), '');
  if (!last) return [];
  const end = dayNumber(last);
  // dyad -> window -> story -> [sum, n]
  const acc = new Map<string, Map<number, Map<number, [number, number]>>>();
  for (const e of list) {
    const w = Math.floor((end - dayNumber(dayOf(e))) / width);
    const v = intensityOf(e.type, e.mode, o.scale);
    const keys = new Set<string>();
    for (const s of e.source) for (const t of e.target) {
      if (s.country && t.country && s.country !== t.country) keys.add(o.ordered ? dyadKey(s.country, t.country) : pairKey(s.country, t.country));
    }
    for (const k of keys) {
      if (o.dyad && k !== o.dyad) continue;
      let wins = acc.get(k);
      if (!wins) acc.set(k, (wins = new Map()));
      let stories = wins.get(w);
      if (!stories) wins.set(w, (stories = new Map()));
      const a = stories.get(e.storyId);
      if (a) { a[0] += v; a[1]++; } else stories.set(e.storyId, [v, 1]);
    }
  }
  const out: DyadTrend[] = [];
  for (const [dyad, wins] of acc) out.push(trendOf(dyad, wins, end, width));
  return out
    .filter((t) => t.stories >= (o.minStories ?? 1))
    .sort((a, b) => b.stories - a.stories || (a.dyad < b.dyad ? -1 : 1))
    .slice(0, o.limit ?? Infinity);
}

function trendOf(dyad: string, wins: Map<number, Map<number, [number, number]>>, end: number, width: number): DyadTrend {
  const ordered = [...wins.entries()].sort((a, b) => b[0] - a[0]);
  const values = ordered.map(([, stories]) => [...stories.values()].map(([s, n]) => s / n));
  const windows: DyadWindow[] = ordered.map(([w], i) => {
    const v = values[i]!;
    return { start: dayString(end - (w + 1) * width + 1), end: dayString(end - w * width), stories: v.length, intensity: round(mean(v)) };
  });
  const all = values.flat();
  const total = all.length;
  const avg = mean(all);
  // least squares over stories: each story's intensity on its window's position in time
  const xs = ordered.map(([w]) => -w);
  const mx = values.reduce((s, v, i) => s + v.length * xs[i]!, 0) / total;
  let sxy = 0, sxx = 0, rss = 0;
  values.forEach((v, i) => {
    const wm = mean(v);
    for (const y of v) { sxy += (xs[i]! - mx) * (y - avg); sxx += (xs[i]! - mx) ** 2; rss += (y - wm) ** 2; }
  });
  const slope = sxx > 0 ? sxy / sxx : 0;
  // standard error from the spread of stories within windows: a trend must stand out of it
  const se = sxx > 0 && total > windows.length ? Math.sqrt(rss / (total - windows.length) / sxx) : Infinity;
  const shift = windows.length > 1 ? windows[windows.length - 1]!.intensity - windows[0]!.intensity : 0;
  const trend = Math.abs(slope) < 0.1 || Math.abs(slope) < 2 * se ? 'stable' : slope < 0 ? 'toward-conflict' : 'toward-cooperation';
  return { dyad, stories: total, intensity: round(avg), windows, slope: round(slope), shift: round(shift), trend };
}

const mean = (v: number[]): number => v.reduce((s, x) => s + x, 0) / v.length;
