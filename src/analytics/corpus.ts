/**
 * Early warning over a corpus: loads the events a question needs from an EventSource (the
 * store, or memory in tests), runs the pure analytics and caches answers per data version.
 */
import { activeActors, type ActorActivity } from './actors.js';
import { spikeAlerts, type SpikeAlert } from './alerts.js';
import { breakingAlerts, type BreakingAlert, type StoryCopy } from './breaking.js';
import { alertConfig, type AlertConfig } from './config.js';
import { usageError } from '../errors.js';
import { addDays, daysBetween } from './days.js';
import { dyadTrends, type DyadOptions, type DyadTrend } from './dyads.js';
import { matches, type EventFilter } from './filter.js';
import { network, type Network, type NetworkOptions } from './network.js';
import { dailySeries } from './series.js';
import type { AnalyticEvent, DailyPoint, Dimension } from './types.js';

export interface EventSource {
  /** events matching the filter's store-side conditions (from, to, country, type, context, actor) */
  events(f: EventFilter): AnalyticEvent[];
  /** copies of stories with at least `minCopies` articles, appearing in [from, to] */
  copies(from: string, to: string, minCopies: number): StoryCopy[];
  /** first and last event day */
  range(): { first: string | null; last: string | null };
  /** changes when the data changes */
  version(): number;
}

export interface AlertReport {
  from: string | null;
  to: string | null;
  config: AlertConfig;
  spikes: SpikeAlert[];
  breaking: BreakingAlert[];
}

export interface TrendQuery extends EventFilter {
  /** split the series by this dimension; default one series keyed "all" */
  by?: Dimension;
}

export interface Trend {
  filter: EventFilter;
  by: Dimension | 'all';
  points: DailyPoint[];
}

export class CorpusAnalytics {
  private cache = new Map<string, { version: number; value: unknown }>();

  constructor(private readonly source: EventSource, private readonly maxCache = 256) {}

  private memo<T>(name: string, args: unknown, compute: () => T): T {
    const key = `${name}:${JSON.stringify(args)}`;
    const version = this.source.version();
    const hit = this.cache.get(key);
    if (hit && hit.version === version) return hit.value as T;
    const value = compute();
    if (this.cache.size >= this.maxCache) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, { version, value });
    return value;
  }

  private load(f: EventFilter): AnalyticEvent[] {
    const { dyad, ...storeSide } = f;
    const rows = this.source.events(storeSide);
    return dyad ? rows.filter((e) => matches(e, { dyad })) : rows;
  }

  range(): { first: string | null; last: string | null } {
    return this.memo('range', null, () => this.source.range());
  }

  /** Spike and breaking alerts for days in [from, to] (default: the last 7 days with data). */
  alerts(w: { from?: string; to?: string } = {}, config: Partial<AlertConfig> = {}): AlertReport {
    const c = alertConfig(config);
    return this.memo('alerts', [w, c], () => {
      const { first, last } = this.range();
      const to = w.to ?? last;
      if (!to || !first) return { from: null, to: null, config: c, spikes: [], breaking: [] };
      const from = w.from ?? addDays(to, -6);
      if (daysBetween(from, to).length > 366) throw usageError(`alerts test at most 366 days at once (${from} .. ${to})`);
      const events = this.load({ from: addDays(from, -c.baselineDays), to });
      const spikes = spikeAlerts(events, { from, to, dataStart: first }, c);
      const hours = Math.ceil(c.breakingHours / 24) + 1;
      const breaking = breakingAlerts(this.source.copies(addDays(from, -hours), to, c.breakingCopies), from, to, c);
      return { from, to, config: c, spikes, breaking: breaking.slice(0, c.maxAlerts) };
    });
  }

  /** Stories per day matching a filter (each story once), with mean intensity. */
  trend(q: TrendQuery = {}): Trend {
    return this.memo('trend', q, () => {
      const { by, ...filter } = q;
      const events = this.load(filter);
      const points = dailySeries(events, by ?? 'all', { from: q.from, to: q.to });
      return { filter, by: by ?? 'all', points };
    });
  }

  actors(f: EventFilter & { limit?: number } = {}): ActorActivity[] {
    return this.memo('actors', f, () => {
      const { limit, ...filter } = f;
      return activeActors(this.load(filter), { limit, country: f.country });
    });
  }

  dyads(f: EventFilter & Omit<DyadOptions, 'from' | 'to' | 'dyad' | 'scale'> = {}): DyadTrend[] {
    return this.memo('dyads', f, () => {
      const { ordered, windowDays, minStories, limit, ...filter } = f;
      return dyadTrends(this.load(filter), { ordered, windowDays, minStories, limit, from: f.from, to: f.to, dyad: f.dyad });
    });
  }

  network(f: EventFilter & Omit<NetworkOptions, 'scale'> = {}): Network {
    return this.memo('network', f, () => {
      const { by, minCount, limit, ...filter } = f;
      return network(this.load(filter), { by, minCount, limit });
    });
  }
}
