import { createRequire } from 'node:module';
import { readOntology } from './ontology.js';

const require = createRequire(import.meta.url);

export interface Country {
  iso3: string;
  iso2: string;
  /** common English name ("Russia") */
  name: string;
  official: string;
  capital: string | null;
  region: string;
  subregion: string;
  /** the usual demonym ("Russian") */
  demonym: string | null;
  /** every name that refers to the country (common, official, alternative, short forms) */
  aliases: string[];
  /** every demonym (adjective) */
  demonyms: string[];
  /** capital city names (and aliases), excluding ambiguous ones */
  capitals: string[];
}

export interface Bloc {
  id: string;
  name: string;
  aliases: string[];
  adjectives: string[];
  requireThe?: string[];
  code: string | null;
  example: string;
}

interface ExtraCountry { country: string; aliases: string[]; demonyms: string[]; capitals: string[]; example: string }
/** An ethnic or religious group named by adjective or plural noun ("Kurdish", "Serbs"). */
export interface People {
  id: string;
  aliases: string[];
  country: string | null;
  example: string;
}

export interface CountriesExtra {
  countries: ExtraCountry[];
  peoples: People[];
  ambiguousCapitals: string[];
  ambiguousNames: string[];
  /** world-countries alternative spellings that are common words or demonyms ("Island", "Thai") */
  ignoreAltSpellings: string[];
  blocs: Bloc[];
}

interface WorldCountry {
  cca2: string; cca3: string; independent?: boolean; unMember?: boolean;
  name: { common: string; official: string };
  altSpellings: string[]; capital: string[]; region: string; subregion: string;
  demonyms?: { eng?: { m: string; f: string } };
}

export interface CountryData {
  list: Country[];
  byIso3: Map<string, Country>;
  extra: CountriesExtra;
  ambiguousNames: Set<string>;
}

let cache: CountryData | null = null;

const LATIN = /^[A-Za-zÀ-ɏ' .,()-]+$/;

/** Countries from world-countries + i18n-nationality + ontology/countries-extra.json, loaded once. */
export function countries(): CountryData {
  if (cache) return cache;
  const world = require('world-countries') as WorldCountry[];
  const nat = require('i18n-nationality/langs/en.json') as { nationalities: Record<string, string> };
  const iso = require('i18n-iso-countries') as { registerLocale(d: unknown): void; getNames(l: string, o: { select: 'all' }): Record<string, string[]> };
  iso.registerLocale(require('i18n-iso-countries/langs/en.json'));
  const isoNames = iso.getNames('en', { select: 'all' });
  const extra = readOntology<CountriesExtra>('countries-extra.json');
  const badCapitals = new Set(extra.ambiguousCapitals);
  const badAlt = new Set(extra.ignoreAltSpellings);
  const list: Country[] = [];
  const byIso3 = new Map<string, Country>();
  // UN members first, so a shared name or demonym ("French", "American") means the sovereign state
  const rank = (w: WorldCountry) => (w.unMember ? 0 : w.independent ? 1 : 2);
  for (const w of [...world].sort((a, b) => rank(a) - rank(b))) {
    const aliases = new Set<string>([w.name.common, w.name.official]);
    for (const a of w.altSpellings) if (a.length >= 4 && LATIN.test(a) && !badAlt.has(a)) aliases.add(a);
    for (const a of isoNames[w.cca2] ?? []) if (!a.includes(',') && LATIN.test(a)) aliases.add(a);
    const demonyms = new Set<string>();
    if (w.demonyms?.eng?.m) demonyms.add(w.demonyms.eng.m);
    if (w.demonyms?.eng?.f) demonyms.add(w.demonyms.eng.f);
    const n = nat.nationalities[w.cca2];
    if (n && !n.endsWith('s') && n !== w.name.common) demonyms.add(n);
    const capitals = w.capital.filter((c) => !badCapitals.has(c) && LATIN.test(c));
    const c: Country = {
      iso3: w.cca3, iso2: w.cca2, name: w.name.common, official: w.name.official,
      capital: w.capital[0] ?? null, region: w.region, subregion: w.subregion,
      demonym: w.demonyms?.eng?.m ?? n ?? null,
      aliases: [...aliases], demonyms: [...demonyms], capitals,
    };
    list.push(c);
    byIso3.set(c.iso3, c);
  }
  for (const e of extra.countries) {
    const c = byIso3.get(e.country);
    if (!c) continue; // reported by the ontology validator
    c.aliases.push(...e.aliases.filter((a) => !c.aliases.includes(a)));
    c.demonyms.push(...e.demonyms.filter((a) => !c.demonyms.includes(a)));
    c.capitals.push(...e.capitals.filter((a) => !c.capitals.includes(a)));
    if (e.demonyms[0] && (!c.demonym || c.demonym !== e.demonyms[0])) c.demonym = c.demonym ?? e.demonyms[0];
  }
  cache = { list, byIso3, extra, ambiguousNames: new Set(extra.ambiguousNames) };
  return cache;
}

/** The country with this ISO 3166-1 alpha-3 code, or undefined. */
export function countryByIso3(iso3: string): Country | undefined {
  return countries().byIso3.get(iso3);
}
