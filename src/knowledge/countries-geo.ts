/**
 * Countries as places: names (common, official, safe alternative spellings and our aliases),
 * a point, the capital and the neighbours. Built once.
 *
 * The point is the centre of the country's main territory (ontology/country-points.json,
 * generated from world-atlas polygons by scripts/build-country-points.ts): the middle of the
 * land a map draws for it, leaving out far-off parts (Alaska and Hawaii, overseas
 * departments). Where no such centre lies on the country's land, or there is no polygon,
 * world-countries' reference point (the CIA World Factbook's, whole degrees) stands in.
 */
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { placeKey } from './geo-util.js';
import { countryPoints, placeAliases } from './regions.js';

export interface GeoCountry {
  iso3: string;
  name: string;
  lat: number;
  lon: number;
  capital: string | null;
  borders: string[];
  region: string;
  subregion: string;
}

interface Countries {
  byIso3: Map<string, GeoCountry>;
  byKey: Map<string, GeoCountry>;
  /** further countries a name shared by several denotes (the first is in byKey) */
  others: Map<string, GeoCountry[]>;
  demonyms: Set<string>;
}

let cache: Countries | null = null;

/** Short alternative spellings (codes such as "IN", "NO", "AM") are words too: only longer ones are names. */
const MIN_ALT_LENGTH = 4;
/** Alternative spellings that are English words, names or adjectives far more often than the country. */
const NOT_COUNTRY_NAMES = new Set(['island', 'mann', 'mannin', 'emirates', 'dominique', 'saudi', 'guiana', 'togolese', 'mexicanos', 'portuguesa', 'viti', 'timor', 'reunion']);

function build(): Countries {
  const worldCountries = createRequire(import.meta.url)('world-countries') as Country[];
  const byIso3 = new Map<string, GeoCountry>();
  const byKey = new Map<string, GeoCountry>();
  const demonyms = new Set<string>();
  const points = countryPoints();
  for (const c of worldCountries) {
    const [lat, lon] = points.get(c.cca3) ?? c.latlng;
    const eng = c.demonyms?.eng;
    if (eng) for (const d of [eng.m, eng.f]) if (d) demonyms.add(placeKey(d));
    const country: GeoCountry = {
      iso3: c.cca3, name: c.name.common, lat, lon,
      capital: c.capital?.[0] ?? null, borders: c.borders ?? [], region: c.region, subregion: c.subregion ?? '',
    };
    byIso3.set(c.cca3, country);
    const names = [c.name.common, c.name.official, ...c.altSpellings.filter((a) => a.length >= MIN_ALT_LENGTH && !NOT_COUNTRY_NAMES.has(placeKey(a)))];
    for (const n of names) {
      const key = placeKey(n);
      if (!byKey.has(key)) byKey.set(key, country);
      if (key.startsWith('the ')) byKey.set(key.slice(4), country);
    }
  }
  // an alias listed again for another country ("Congo") names the first; the others are further senses
  const aliased = new Set<string>();
  const others = new Map<string, GeoCountry[]>();
  for (const a of placeAliases().countries) {
    const country = byIso3.get(a.country);
    if (!country) continue;
    const key = placeKey(a.alias);
    if (aliased.has(key)) others.set(key, [...(others.get(key) ?? []), country]);
    else byKey.set(key, country);
    aliased.add(key);
  }
  for (const d of demonyms) if (byKey.has(d)) demonyms.delete(d);
  return { byIso3, byKey, others, demonyms };
}

function countries(): Countries {
  return (cache ??= build());
}

/** The country a name (already a placeKey) denotes, if any. */
export function countryByKey(key: string): GeoCountry | undefined {
  return countries().byKey.get(key);
}

/** The other countries a name shared by several countries may denote ("Congo": byKey's DR Congo, then the Republic of the Congo). */
export function otherCountriesByKey(key: string): GeoCountry[] {
  return countries().others.get(key) ?? [];
}

/** True for a nationality word ("Canadian", "Afghan") that is not also a country's name. */
export function isDemonym(key: string): boolean {
  return countries().demonyms.has(key);
}

/** Every lookup key that names a country. */
export function countryKeys(): string[] {
  return [...countries().byKey.keys()];
}

export function countryByIso3(iso3: string): GeoCountry | undefined {
  return countries().byIso3.get(iso3);
}

export function allCountries(): GeoCountry[] {
  return [...countries().byIso3.values()];
}
