/**
 * Typed, validated loaders for the place knowledge we define in ontology/: regions and
 * geographic features (regions.json), first-level divisions (admin.json) and other names for
 * countries and cities (place-aliases.json). Each file is read once, on first use.
 */
import { configError } from '../errors.js';
import { readRootJson } from './geo-util.js';

export interface Region {
  id: string;
  names: string[];
  lat: number;
  lon: number;
  countries: string[];
  kind: 'region' | 'feature';
  example: string;
}

export interface Division {
  name: string;
  aliases?: string[];
  country: string;
  lat: number;
  lon: number;
  /** GeoNames admin1 code of the division, where it is known (US postal codes) */
  code?: string;
}

export interface PlaceAliases {
  countries: Array<{ alias: string; country: string }>;
  cities: Array<{ alias: string; city: string; country: string }>;
}

const ISO3 = /^[A-Z]{3}$/;

function checkPoint(where: string, lat: unknown, lon: unknown): void {
  if (typeof lat !== 'number' || typeof lon !== 'number' || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    throw configError(`${where}: lat/lon must be numbers within range`);
  }
}

/** Throws a config error naming the first invalid region. */
export function validateRegions(list: Region[]): Region[] {
  const ids = new Set<string>();
  for (const r of list) {
    const where = `ontology/regions.json region "${r.id}"`;
    if (!r.id || ids.has(r.id)) throw configError(`${where}: id missing or duplicated`);
    ids.add(r.id);
    if (!Array.isArray(r.names) || r.names.length === 0) throw configError(`${where}: names must be a non-empty list`);
    checkPoint(where, r.lat, r.lon);
    if (!Array.isArray(r.countries) || r.countries.some((c) => !ISO3.test(c))) throw configError(`${where}: countries must be ISO3 codes`);
    if (r.kind !== 'region' && r.kind !== 'feature') throw configError(`${where}: kind must be region or feature`);
    if (!r.example || !r.names.some((n) => r.example.includes(n))) throw configError(`${where}: example must use one of its names`);
  }
  return list;
}

export function validateDivisions(list: Division[]): Division[] {
  for (const d of list) {
    const where = `ontology/admin.json division "${d.name}"`;
    if (!d.name) throw configError(`${where}: name missing`);
    if (!ISO3.test(d.country)) throw configError(`${where}: country must be ISO3`);
    checkPoint(where, d.lat, d.lon);
  }
  return list;
}

/** Validates ontology/country-points.json ({points: {ISO3: [lat, lon]}}) into a map. */
export function validateCountryPoints(points: Record<string, unknown>): Map<string, [number, number]> {
  for (const iso3 of Object.keys(points)) {
    if (!ISO3.test(iso3)) throw configError(`ontology/country-points.json "${iso3}": key must be an ISO3 code`);
  }
  return validatePoints('ontology/country-points.json', points);
}

/** Validates a generated points file ({points: {key: [lat, lon]}}) into a map. */
export function validatePoints(file: string, points: Record<string, unknown>): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  for (const [iso3, p] of Object.entries(points)) {
    const where = `${file} "${iso3}"`;
    if (!Array.isArray(p) || p.length !== 2) throw configError(`${where}: must be [lat, lon]`);
    checkPoint(where, p[0], p[1]);
    out.set(iso3, [p[0] as number, p[1] as number]);
  }
  return out;
}

let regions: Region[] | null = null;
let points: Map<string, [number, number]> | null = null;

/** The centre of each country's main territory, by ISO3 (countries without one are absent). */
export function countryPoints(): Map<string, [number, number]> {
  return (points ??= validateCountryPoints(readRootJson<{ points: Record<string, unknown> }>('ontology/country-points.json').points));
}
let divisions: Division[] | null = null;
let aliases: PlaceAliases | null = null;

/**
 * Every region and feature; a continent's point is the centre of its land mass, generated into
 * ontology/region-points.json by scripts/build-region-points.ts (it overrides regions.json).
 */
export function allRegions(): Region[] {
  if (regions) return regions;
  const list = validateRegions(readRootJson<{ regions: Region[] }>('ontology/regions.json').regions);
  const generated = validatePoints('ontology/region-points.json', readRootJson<{ points: Record<string, unknown> }>('ontology/region-points.json').points);
  for (const r of list) {
    const p = generated.get(r.id);
    if (p) [r.lat, r.lon] = p;
  }
  return (regions = list);
}

export function allDivisions(): Division[] {
  return (divisions ??= validateDivisions(readRootJson<{ divisions: Division[] }>('ontology/admin.json').divisions));
}

export function placeAliases(): PlaceAliases {
  if (aliases) return aliases;
  const a = readRootJson<PlaceAliases>('ontology/place-aliases.json');
  for (const x of [...a.countries, ...a.cities]) {
    if (!x.alias || !ISO3.test(x.country)) throw configError(`ontology/place-aliases.json: bad entry "${x.alias}"`);
  }
  return (aliases = a);
}
