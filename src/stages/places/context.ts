/**
 * The countries an article is about, as evidence for disambiguation: countries it names, the
 * country of each place that can only be in one country, and the countries of its actors and
 * nationality words. Each contribution remembers the name it came from, so a name is never
 * its own evidence.
 */
import type { Doc } from '../../types.js';
import { countryByIso3 } from '../../knowledge/countries-geo.js';
import type { GeoCandidate } from '../../knowledge/gazetteer.js';
import type { Toponym } from './toponym.js';
import { placeKey } from '../../knowledge/geo-util.js';

/** Names' place keys split into words, kept across documents (bounded): actors' names repeat. */
const WORDS_LIMIT = 20_000;
const wordsOf = new Map<string, string[]>();

function nameWords(name: string): string[] {
  let w = wordsOf.get(name);
  if (w) return w;
  if (wordsOf.size >= WORDS_LIMIT) wordsOf.clear();
  wordsOf.set(name, (w = placeKey(name).split(' ')));
  return w;
}

/**
 * The toponym key inside an actor's or entity's name ("University of Georgia" → "georgia";
 * `whole`: the name is that place): a country read off a place name inside a name is that place
 * name's evidence, never its own.
 */
function keyInside(name: string, keys: Set<string>, firsts: Set<string>): { key: string; whole: boolean } | null {
  const words = nameWords(name);
  for (let i = 0; i < words.length; i++) {
    if (!firsts.has(words[i]!)) continue;
    for (let n = Math.min(3, words.length - i); n >= 1; n--) {
      const k = n === 1 ? words[i]! : words.slice(i, i + n).join(' ');
      if (keys.has(k)) return { key: k, whole: n === words.length || (i === 1 && n === words.length - 1 && words[0] === 'the') };
    }
  }
  return null;
}

export class CountryContext {
  private readonly total = new Map<string, number>();
  private sum = 0;
  private readonly byKey = new Map<string, Map<string, number>>();
  /** the part of the evidence that is the country's own name ("the U.S."), not places inside it */
  private named: CountryContext | null = null;

  add(key: string, country: string, weight: number, byName = false): void {
    if (byName) (this.named ??= new CountryContext()).add(key, country, weight);
    this.total.set(country, (this.total.get(country) ?? 0) + weight);
    this.sum += weight;
    let m = this.byKey.get(key);
    if (!m) this.byKey.set(key, (m = new Map()));
    m.set(country, (m.get(country) ?? 0) + weight);
  }

  /** Evidence for a country from everything except the name `key` itself. */
  weight(country: string, key: string): number {
    return (this.total.get(country) ?? 0) - (this.byKey.get(key)?.get(country) ?? 0);
  }

  /** All evidence, for any country, from everything except the name `key`. */
  anyWeight(key: string): number {
    let own = 0;
    for (const w of this.byKey.get(key)?.values() ?? []) own += w;
    return this.sum - own;
  }

  /** Evidence from inside a country (its places, people, bodies), without its own name's mentions. */
  localWeight(country: string, key: string): number {
    return this.weight(country, key) - (this.named?.weight(country, key) ?? 0);
  }

  /** Evidence for a country's neighbours (shared borders), excluding the name `key`. */
  neighbourWeight(country: string, key: string): number {
    let w = 0;
    for (const n of countryByIso3(country)?.borders ?? []) w += this.weight(n, key);
    return w;
  }
}

/** The single country all candidates share, if any. */
export function onlyCountry(candidates: GeoCandidate[]): string | null {
  let c: string | null = null;
  for (const x of candidates) {
    if (!x.country) return null;
    if (c && c !== x.country) return null;
    c = x.country;
  }
  return c;
}

/** Context from the document's actors and non-place entities, plus toponyms that cannot be ambiguous. */
export function initialContext(doc: Doc, toponyms: Toponym[]): CountryContext {
  const ctx = new CountryContext();
  const keys = new Set(toponyms.map((t) => t.key));
  const firsts = new Set(toponyms.map((t) => t.key.split(' ', 1)[0]!));
  // a country actor is its own toponyms, counted below; people and organisations add their country
  // an actor or entity that is itself a named place ("New South Wales") is counted by its toponym alone
  const add = (name: string, id: string, country: string) => {
    const k = keyInside(name, keys, firsts);
    if (k === null) ctx.add(id, country, 1);
    else if (!k.whole) ctx.add(k.key, country, 1);
  };
  for (const a of doc.actors) if (a.country && a.kind !== 'country') add(a.name, `actor:${a.id}`, a.country);
  for (const e of doc.entities) {
    if (e.type !== 'LOCATION' && !e.actor && e.info?.country) add(e.text, `entity:${e.id}`, e.info.country);
  }
  for (const t of toponyms) {
    const top = t.candidates[0];
    if (top?.kind === 'country') ctx.add(t.key, top.country!, 2, true);
    else if (top && (top.kind === 'region' || top.kind === 'feature') && !top.country) {
      for (const m of top.members) ctx.add(t.key, m, 0.5);
    } else {
      const only = onlyCountry(t.candidates);
      if (only) ctx.add(t.key, only, 1);
    }
  }
  return ctx;
}
