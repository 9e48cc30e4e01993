/**
 * Chooses, for each toponym, the gazetteer entry it denotes. A country name stays the country;
 * regions and divisions outrank towns of the same name; among cities the article's countries
 * (and their neighbours), a qualifier ("Paris, Texas") and population decide.
 */
import type { GeoCandidate } from '../../knowledge/gazetteer.js';
import { CountryContext } from './context.js';
import type { Toponym } from './toponym.js';

export interface Choice {
  candidate: GeoCandidate;
  /** how the choice was made: "only", "country", "context", "qualifier", "population", ... */
  why: string;
}

const KIND_PRIOR: Record<string, number> = { country: 15, region: 14, feature: 14, admin: 10 };
const CONTEXT_BONUS = 5;
const NEIGHBOUR_BONUS = 1.5;
const QUALIFIER_BONUS = 6;
const DIVISION_BONUS = 8;
/** Per mention (up to STATE_MENTIONS) of the first-level division a town lies in ("Austin" in a story about Indiana). */
const STATE_BONUS = 3;
const STATE_MENTIONS = 3;

function prior(c: GeoCandidate, namesCountry: boolean): number {
  if (c.kind !== 'city') return KIND_PRIOR[c.kind] ?? 5;
  let s = 1.5 * Math.log10(Math.max(c.population, 1000));
  if (c.capital) s += 3;
  else if (c.seat) s += 0.5;
  if (c.historical) s -= 2;
  if (c.alias) s += 1.5;
  // a country's name never resolves to a town
  if (namesCountry) s -= 5;
  return s;
}

/** Mentions of the first-level divisions an article names, by "ISO3:code" (cities carry the same codes) and by the naming toponym's key. */
export type States = Map<string, Map<string, number>>;

/** Mentions of the division `code` by names other than `key` (a name is never its own evidence). */
function stateMentions(states: States | undefined, code: string, key: string): number {
  let n = 0;
  for (const [k, m] of states?.get(code) ?? []) if (k !== key) n += m;
  return Math.min(n, STATE_MENTIONS);
}

/** The candidate lies in the qualifier: its country, and its division when both have a code. */
function within(c: GeoCandidate, q: GeoCandidate): boolean {
  return c.country === q.country && (q.kind !== 'admin' || !q.admin || !c.admin || c.admin === q.admin);
}

/**
 * Scores every candidate of a toponym; `qualifier` is the place named right after it ("X, Y");
 * `division`: the text marks the name as a first-level division (cues.ts); `states`: the
 * divisions the article names. A town its division rules out ("Stroud, Ontario" when only
 * English towns are known) is placed at that division, the most the text tells (why "container").
 */
export function choose(t: Toponym, ctx: CountryContext, qualifier: GeoCandidate | null, division = false, states?: States): Choice | null {
  if (t.within && t.candidates.length) return { candidate: t.candidates[0]!, why: 'container' };
  const c = chooseAmong(t, ctx, qualifier, division, states);
  // only a division qualifies this way: "town, country" stands in enumerations of places as often
  if (c && qualifier?.kind === 'admin' && c.candidate.kind === 'city' && !within(c.candidate, qualifier)) return { candidate: qualifier, why: 'container' };
  return c;
}

function chooseAmong(t: Toponym, ctx: CountryContext, qualifier: GeoCandidate | null, division: boolean, states?: States): Choice | null {
  const cands = t.candidates;
  if (cands.length === 0) return null;
  if (cands.length === 1) {
    const only = cands[0]!;
    if (!stray(only, t, ctx, false)) return { candidate: only, why: 'only' };
    // a town its qualifier contains ("Weybridge, England") is never astray
    return qualifier && within(only, qualifier) ? { candidate: only, why: 'qualifier' } : null;
  }
  const namesCountry = cands.some((c) => c.kind === 'country');
  // only a name that is nothing but towns is placed by its division ("Ontario" stays the province)
  const towns = cands.every((c) => c.kind === 'city');
  let best: GeoCandidate | null = null;
  let bestScore = -Infinity;
  let bestWhy = 'population';
  for (const c of cands) {
    let s = prior(c, namesCountry);
    let why = c.kind === 'city' ? 'population' : 'name';
    // a division sharing a country's name ("Georgia") needs places inside its own country, not just the country's name
    const local = namesCountry && c.kind === 'admin';
    let w = c.country ? Math.max(0, local ? ctx.localWeight(c.country, t.key) : ctx.weight(c.country, t.key)) : 0;
    if (!c.country) for (const m of c.members) w = Math.max(w, ctx.weight(m, t.key));
    const mentions = towns && c.admin ? stateMentions(states, `${c.country}:${c.admin}`, t.key) : 0;
    const inState = mentions > 0;
    if (w > 0) {
      // a small town gains less from its country being named than a city does, unless its division is named too
      const scale = c.kind === 'city' && !inState ? Math.min(1, Math.max(0.4, (Math.log10(Math.max(c.population, 1000)) - 3) / 2)) : 1;
      s += (CONTEXT_BONUS + Math.min(w, 4) * 0.5) * scale;
      why = 'context';
    } else if (c.country) {
      const nw = ctx.neighbourWeight(c.country, t.key);
      if (nw > 0) {
        s += Math.min(NEIGHBOUR_BONUS, nw);
        why = 'neighbour';
      }
    }
    if (inState) {
      s += STATE_BONUS * mentions;
      why = 'state';
    }
    if (t.hint && c.country === t.hint && c.kind !== 'country') {
      s += QUALIFIER_BONUS;
      why = 'entity';
    }
    if (division && c.kind === 'admin') {
      s += DIVISION_BONUS;
      why = 'division';
    } else if (division && c.kind === 'country') s -= DIVISION_BONUS;
    if (qualifier && c.country && qualifier.country === c.country && c.kind !== 'country') {
      s += QUALIFIER_BONUS;
      if (qualifier.kind === 'admin' && qualifier.admin && qualifier.admin === c.admin) s += 2;
      why = 'qualifier';
    }
    if (s > bestScore) {
      best = c;
      bestScore = s;
      bestWhy = why;
    }
  }
  if (best && bestWhy === 'population' && stray(best, t, ctx, true)) return null;
  return best ? { candidate: best, why: bestWhy } : null;
}

/**
 * Largest town that needs some evidence for its country (or a neighbour) when the article is
 * about elsewhere: a name only one town bears, or the largest of several towns of that name
 * (a name many towns share is as often a word or a brand: "Mission", "Walnut").
 */
const STRAY_MAX_POPULATION = 15_000;
const STRAY_MAX_POPULATION_AMBIGUOUS = 100_000;
const STRAY_MIN_ELSEWHERE = 2;

/**
 * A small town abroad that nothing in an article about other countries points to ("Piccadilly"
 * in a London story is no Australian village), or an ambiguous town read off a longer place or
 * organisation name that nothing decides between: more likely a street, square or district of the article's own places, so left unplaced.
 */
function stray(c: GeoCandidate, t: Toponym, ctx: CountryContext, ambiguous: boolean): boolean {
  if (c.kind !== 'city' || !c.country || t.hint) return false;
  // an ambiguous town read off a longer place name ("Islington Bay", "St. Peter's Square") or
  // opening a public body's name ("Westminster City Council") needs evidence whatever its size
  const e = t.entity;
  const partial = ambiguous && !!e && (e.type === 'LOCATION' || e.type === 'ORG') && (t.t0 !== e.t0 || t.t1 !== e.t1);
  if (!partial && c.population >= (ambiguous ? STRAY_MAX_POPULATION_AMBIGUOUS : STRAY_MAX_POPULATION)) return false;
  if (ctx.weight(c.country, t.key) > 0 || ctx.neighbourWeight(c.country, t.key) > 0) return false;
  return ctx.anyWeight(t.key) >= STRAY_MIN_ELSEWHERE;
}
