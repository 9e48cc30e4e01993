import { createRequire } from 'node:module';

interface WorldCountry {
  name: { common: string; official: string };
  capital?: string[];
  demonyms?: { eng?: { m: string; f: string } };
}

let cache: Map<string, number> | null = null;

/**
 * Single-word country and capital names (1) and demonyms (2) from world-countries, lower-cased:
 * a POS feature, so "Nepal" or "Senegal" open a sentence as proper nouns and "Malian" is an adjective.
 */
export function nameClasses(): Map<string, number> {
  if (cache) return cache;
  const countries = createRequire(import.meta.url)('world-countries') as WorldCountry[];
  cache = new Map();
  for (const c of countries) {
    for (const n of [c.name.common, ...(c.capital ?? [])]) if (!/\s/.test(n)) cache.set(n.toLowerCase(), 1);
    const d = c.demonyms?.eng;
    if (d) for (const n of [d.m, d.f]) if (!/\s/.test(n)) cache.set(n.toLowerCase(), 2);
  }
  return cache;
}
