/**
 * The events read for each store-side filter, kept while the data version stays the same: the
 * dashboard asks several questions (series by type, by country, the network) over one filter,
 * and each used to read every matching event again. Bounded by filters and by events held (memory);
 * least recently used filters go first.
 */
import type { EventFilter } from './filter.js';
import type { AnalyticEvent } from './types.js';

/** A key that does not depend on property order or on properties left undefined. */
export function filterKey(f: EventFilter): string {
  const entries = Object.entries(f).filter(([, v]) => v !== undefined && v !== '').sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(entries);
}

export class LoadCache {
  private entries = new Map<string, AnalyticEvent[]>();
  private version: number | null = null;
  private rows = 0;
  /** reads answered from memory / from the source, for tests and diagnostics */
  hits = 0;
  misses = 0;

  constructor(private readonly maxEntries = 8, private readonly maxRows = 400_000) {}

  get(f: EventFilter, version: number, read: () => AnalyticEvent[]): AnalyticEvent[] {
    if (version !== this.version) {
      this.entries.clear();
      this.rows = 0;
      this.version = version;
    }
    const key = filterKey(f);
    const hit = this.entries.get(key);
    if (hit) {
      this.hits++;
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    this.misses++;
    const rows = read();
    if (this.maxEntries <= 0 || rows.length > this.maxRows) return rows;
    this.entries.set(key, rows);
    this.rows += rows.length;
    while (this.entries.size > this.maxEntries || this.rows > this.maxRows) {
      const [oldest, dropped] = this.entries.entries().next().value as [string, AnalyticEvent[]];
      this.entries.delete(oldest);
      this.rows -= dropped.length;
    }
    return rows;
  }
}
