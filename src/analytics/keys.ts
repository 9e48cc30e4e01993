import type { AnalyticEvent, Dimension, Party } from './types.js';

/** An ordered dyad key: source country, '>', target country ("USA>AFG"). */
export const dyadKey = (source: string, target: string): string => `${source}>${target}`;
/** An unordered pair key: both countries sorted, joined by '-' ("AFG-USA"). */
export const pairKey = (a: string, b: string): string => (a < b ? `${a}-${b}` : `${b}-${a}`);

const countries = (ps: Party[]): string[] => ps.map((p) => p.country).filter((c): c is string => Boolean(c));

/**
 * The keys an event counts under in one dimension (distinct):
 * - country: every country of a source, a target or the event's place;
 * - type: its PLOVER type;
 * - dyad: each ordered (source country > target country) pair of different countries;
 * - context: each of its contexts;
 * - all: one key, "all" (a single series).
 */
export function keysOf(e: AnalyticEvent, dim: Dimension | 'all'): string[] {
  switch (dim) {
    case 'all':
      return ['all'];
    case 'type':
      return [e.type];
    case 'context':
      return [...new Set(e.contexts)];
    case 'country': {
      const out = new Set([...countries(e.source), ...countries(e.target)]);
      if (e.placeCountry) out.add(e.placeCountry);
      return [...out];
    }
    case 'dyad': {
      const out = new Set<string>();
      for (const s of countries(e.source)) for (const t of countries(e.target)) if (s !== t) out.add(dyadKey(s, t));
      return [...out];
    }
  }
}

const DAY = /^\d{4}-\d{2}-\d{2}/;

/** True when the event happened as stated (neither negated nor hypothetical) on a known day. */
export const counts = (e: AnalyticEvent): boolean => !e.negated && !e.hypothetical && e.date !== null && DAY.test(e.date);

/** The ISO day of an event's date. */
export const dayOf = (e: AnalyticEvent): string => (e.date ?? '').slice(0, 10);

/** An actor's identity across articles: its code, else its lower-cased name. */
export const actorId = (p: Party): string => p.code ?? p.name.toLowerCase();
