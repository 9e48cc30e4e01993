/**
 * The matching rule of the PLOVER gold-standard evaluation, kept apart so it can be read and tested.
 *
 * - Gold type: the record's `event`, older labels mapped (DEMAND→REQUEST, DISAPPROVE→ACCUSE,
 *   INVESTIGATE→ACCUSE, FIGHT→ASSAULT).
 * - Candidates: our events of that type that are not negated (a negated event asserts the act did
 *   not happen). Hypothetical events count: the gold codes announced acts too.
 * - "type found": at least one candidate.
 * - A gold side (source or target) is the set of its actors' countries: the first three letters
 *   of each actor's `code` when they are an ISO 3166 alpha-3 code (IGO, NGO, JAP… are not).
 *   * no actors on that gold side → any of ours matches (also none);
 *   * actors but no ISO3 country among them → ours must name at least one actor on that side;
 *   * otherwise → some actor on our side has one of those countries.
 * - "type+source+target": one single candidate matches both sides.
 */
import type { Actor, Analysis, Event, PloverType } from '../src/types.js';

export interface GoldActor { actorText?: string; code?: string; sector?: string }
export interface GoldRecord { id: string; event: string; text: string; source?: GoldActor[]; target?: GoldActor[] }

export const LEGACY: Record<string, PloverType> = { DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', INVESTIGATE: 'ACCUSE', FIGHT: 'ASSAULT' };

export interface Match { typeFound: boolean; full: boolean; sourceOnly: boolean }

export function goldCountries(side: GoldActor[] | undefined, iso3: Set<string>): { actors: number; countries: Set<string> } {
  const countries = new Set<string>();
  for (const a of side ?? []) {
    const c = (a.code ?? '').slice(0, 3).toUpperCase();
    if (iso3.has(c)) countries.add(c);
  }
  return { actors: side?.length ?? 0, countries };
}

function sideMatches(gold: { actors: number; countries: Set<string> }, ours: string[], actors: Map<string, Actor>): boolean {
  if (gold.actors === 0) return true;
  if (gold.countries.size === 0) return ours.length > 0;
  return ours.some((id) => {
    const c = actors.get(id)?.country;
    return !!c && gold.countries.has(c);
  });
}

export function matchRecord(rec: GoldRecord, a: Analysis, iso3: Set<string>): Match {
  const type = (LEGACY[rec.event] ?? rec.event) as PloverType;
  const actors = new Map(a.actors.map((x) => [x.id, x]));
  const cands: Event[] = a.events.filter((e) => e.type === type && !e.negated);
  const gs = goldCountries(rec.source, iso3);
  const gt = goldCountries(rec.target, iso3);
  const full = cands.some((e) => sideMatches(gs, e.source, actors) && sideMatches(gt, e.target, actors));
  const sourceOnly = cands.some((e) => sideMatches(gs, e.source, actors));
  return { typeFound: cands.length > 0, full, sourceOnly };
}
