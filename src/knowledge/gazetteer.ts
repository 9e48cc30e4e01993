/**
 * One lookup over every place source: countries, our regions and features, first-level
 * divisions, city aliases and the city gazetteer. All maps are keyed by placeKey() and built
 * once, on first use; a lookup never scans a whole source.
 */
import type { Place } from '../types.js';
import { cityIndex, type City } from './cities.js';
import { countryByKey, countryByIso3, countryKeys, otherCountriesByKey } from './countries-geo.js';
import { placeKey } from './geo-util.js';
import { allDivisions, allRegions, placeAliases, type Division, type Region } from './regions.js';

export interface GeoCandidate {
  kind: Place['kind'];
  name: string;
  /** ISO3, or null for regions spanning several countries */
  country: string | null;
  lat: number;
  lon: number;
  population: number;
  capital: boolean;
  seat: boolean;
  historical: boolean;
  /** country code, region id, division name or city row */
  ref: string;
  /** member countries of a region or feature */
  members: string[];
  /** first-level division code (cities: GeoNames admin1; divisions: their code) */
  admin: string;
  /** found through an alias in ontology/place-aliases.json */
  alias: boolean;
}

interface Maps {
  regions: Map<string, Region>;
  divisions: Map<string, Division[]>;
  cityAliases: Map<string, City>;
  /** every key of the small sources, sorted, for prefix queries */
  sorted: string[];
  /** their first words */
  firstWords: Set<string>;
}

let maps: Maps | null = null;

function build(): Maps {
  const regions = new Map<string, Region>();
  for (const r of allRegions()) {
    for (const n of r.names) {
      const key = placeKey(n);
      regions.set(key, r);
      if (key.startsWith('the ')) regions.set(key.slice(4), r);
    }
  }
  const divisions = new Map<string, Division[]>();
  for (const d of allDivisions()) {
    for (const n of [d.name, ...(d.aliases ?? [])]) {
      const key = placeKey(n);
      divisions.set(key, [...(divisions.get(key) ?? []), d]);
    }
  }
  const cityAliases = new Map<string, City>();
  for (const a of placeAliases().cities) {
    const city = cityIndex().lookup(placeKey(a.city)).find((c) => c.country === a.country);
    if (city) cityAliases.set(placeKey(a.alias), city);
  }
  const sorted = [...new Set([...countryKeys(), ...regions.keys(), ...divisions.keys(), ...cityAliases.keys()])].sort();
  const firstWords = new Set(sorted.map((k) => k.split(' ')[0]!));
  return { regions, divisions, cityAliases, sorted, firstWords };
}

function gazetteer(): Maps {
  return (maps ??= build());
}

/**
 * A candidate that is not a city: every field in the city literal's order (not a spread of
 * defaults), so all candidates share one hidden class and the loops over them stay monomorphic.
 */
function area(kind: GeoCandidate['kind'], name: string, country: string | null, lat: number, lon: number, ref: string, members: string[], admin = ''): GeoCandidate {
  return { kind, name, country, lat, lon, population: 0, capital: false, seat: false, historical: false, ref, members, admin, alias: false };
}

function fromCity(c: City, alias: boolean): GeoCandidate {
  return {
    kind: 'city', name: c.name, country: c.country, lat: c.lat, lon: c.lon, population: c.population,
    capital: c.capital, seat: c.seat, historical: c.historical, ref: `city:${c.n}`, members: [], admin: c.admin, alias,
  };
}

/** Answers for frequent names and prefixes are kept (candidates are never mutated); each memo is bounded. */
const MEMO_LIMIT = 50_000;
const lookups = new Map<string, GeoCandidate[]>();
const peeks = new Map<string, Peek>();

function remember<T>(memo: Map<string, T>, key: string, value: T): T {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

/** Every place a name could denote (key from placeKey). Countries first, then regions, divisions, cities. */
export function lookupPlace(key: string): GeoCandidate[] {
  return lookups.get(key) ?? remember(lookups, key, lookupUncached(key));
}

function lookupUncached(key: string): GeoCandidate[] {
  const g = gazetteer();
  const out: GeoCandidate[] = [];
  const country = countryByKey(key);
  for (const c of country ? [country, ...otherCountriesByKey(key)] : []) {
    out.push(area('country', c.name, c.iso3, c.lat, c.lon, c.iso3, [c.iso3]));
  }
  const region = g.regions.get(key);
  if (region) {
    const single = region.countries.length === 1 ? region.countries[0]! : null;
    out.push(area(region.kind, region.names[0]!, single, region.lat, region.lon, region.id, region.countries));
  }
  for (const d of g.divisions.get(key) ?? []) {
    out.push(area('admin', d.name, d.country, d.lat, d.lon, `admin:${d.country}:${d.name}`, [d.country], d.code ?? ''));
  }
  const aliased = g.cityAliases.get(key);
  if (aliased) out.push(fromCity(aliased, true));
  for (const c of cityIndex().lookup(key, 25)) if (c.n !== aliased?.n) out.push(fromCity(c, false));
  return out;
}

export interface Peek {
  /** a country, region or feature has this name */
  area: boolean;
  /** a first-level division has this name */
  division: boolean;
  /** an alias names a city ("Kiev") */
  alias: boolean;
  /** the largest city of this name (0 when none) */
  cityPopulation: number;
}

/** What a scan may accept, without building candidates. */
export function peekPlace(key: string): Peek {
  return peeks.get(key) ?? remember(peeks, key, peekUncached(key));
}

function peekUncached(key: string): Peek {
  const g = gazetteer();
  const area = countryByKey(key) !== undefined || g.regions.has(key);
  return { area, division: g.divisions.has(key), alias: g.cityAliases.has(key), cityPopulation: cityIndex().maxPopulation(key) };
}

const prefixes = new Map<string, boolean>();

/** True when some place name's key starts with `prefix`: the scan grows a span only while this holds. */
export function placePrefix(prefix: string): boolean {
  return prefixes.get(prefix) ?? remember(prefixes, prefix, prefixUncached(prefix));
}

function prefixUncached(prefix: string): boolean {
  const sorted = gazetteer().sorted;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  return (lo < sorted.length && sorted[lo]!.startsWith(prefix)) || cityIndex().hasPrefix(prefix);
}

/** True when some place name's first word is `word` (one hash lookup). */
export function placeFirstWord(word: string): boolean {
  return gazetteer().firstWords.has(word) || cityIndex().hasFirstWord(word);
}

/** The capital of a country as a candidate, if the gazetteer has it. */
export function capitalCandidate(iso3: string): GeoCandidate | null {
  const c = cityIndex().capitalOf(iso3);
  return c && countryByIso3(iso3) ? fromCity(c, false) : null;
}
