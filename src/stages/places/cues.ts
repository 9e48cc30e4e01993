/**
 * Cues that a name denotes a first-level division rather than the city (or country) of the
 * same name: "Washington state", "the state of Washington", "New York Governor …", "Georgia
 * Gov. …", "the Georgia legislature"; a name
 * that qualifies the city before it ("Buffalo, New York": Buffalo lies in New York State);
 * and a name listed beside divisions ("Ohio, New York and Texas").
 */
import type { Doc } from '../../types.js';
import type { Choice } from './resolve.js';
import type { Toponym } from './toponym.js';
import { haversineKm } from '../../knowledge/geo-util.js';

const AFTER = new Set(['state', 'governor', 'gov', 'gov.', 'legislature', 'statehouse']);
const BEFORE = new Set(['state', 'governor']);
const LIST = new Set([',', 'and', 'or']);

const hasAdmin = (t: Toponym) => t.candidates.some((c) => c.kind === 'admin');

/** "X state", "X Governor", "the state of X", "governor of X". */
function wordCue(doc: Doc, t: Toponym): boolean {
  const next = doc.tokens[t.t1];
  if (next && next.start === t.end + 1 && AFTER.has(next.lower)) return true;
  const of = doc.tokens[t.t0 - 1];
  const noun = doc.tokens[t.t0 - 2];
  return !!of && !!noun && of.lower === 'of' && BEFORE.has(noun.lower);
}

/** Within this distance a place qualified by a name is a part of that name's city ("Brooklyn, New York"). */
const BOROUGH_KM = 25;

/** `p` is a district of a city named `t` (its only or main sense lies within BOROUGH_KM of it). */
function borough(p: Toponym, t: Toponym): boolean {
  const here = p.candidates[0];
  if (!here || here.kind !== 'city') return false;
  return t.candidates.some((c) => c.kind === 'city' && c.country === here.country && haversineKm(c.lat, c.lon, here.lat, here.lon) <= BOROUGH_KM);
}

/**
 * `t` follows `p` after a comma and contains one of p's cities (same country; same division
 * code where known), unless p is a district of the city of t's name ("Queens, New York").
 */
function qualifies(doc: Doc, p: Toponym, t: Toponym): boolean {
  if (doc.text.slice(p.end, t.start).trim() !== ',' || borough(p, t)) return false;
  for (const d of t.candidates) {
    if (d.kind !== 'admin') continue;
    if (p.candidates.some((c) => c.kind === 'city' && c.country === d.country && (!d.admin || d.admin === c.admin))) return true;
  }
  return false;
}

/** toponyms[i - 1] and toponyms[i] stand in a longer list ("Boston, Hartford, Norfolk, Portland"). */
function inList(doc: Doc, toponyms: Toponym[], i: number): boolean {
  const before = toponyms[i - 2];
  const after = toponyms[i + 1];
  return (!!before && listed(doc, before, toponyms[i - 1]!)) || (!!after && listed(doc, toponyms[i]!, after));
}

/** The toponyms the text marks as divisions, before any choice is made. */
export function divisionCues(doc: Doc, toponyms: Toponym[]): Set<Toponym> {
  const out = new Set<Toponym>();
  for (let i = 0; i < toponyms.length; i++) {
    const t = toponyms[i]!;
    if (!hasAdmin(t)) continue;
    if (wordCue(doc, t)) out.add(t);
    else if (i > 0 && qualifies(doc, toponyms[i - 1]!, t) && !inList(doc, toponyms, i)) out.add(t);
  }
  return out;
}

/** Only list words ("," "and" "or") stand between the two toponyms. */
function listed(doc: Doc, a: Toponym, b: Toponym): boolean {
  if (b.t0 - a.t1 < 1 || b.t0 - a.t1 > 2) return false;
  for (let k = a.t1; k < b.t0; k++) if (!LIST.has(doc.tokens[k]!.lower)) return false;
  return true;
}

/**
 * Adds the toponyms listed beside a name chosen as a division of the same country ("Ohio,
 * New York and Texas"); a division right after a city's comma qualifies it instead ("Essex, Ontario").
 */
export function addListedDivisions(doc: Doc, toponyms: Toponym[], choices: Map<Toponym, Choice>, cues: Set<Toponym>): void {
  const divisionOf = (t: Toponym | undefined) => {
    const c = t && choices.get(t)?.candidate;
    return c && c.kind === 'admin' ? c.country : null;
  };
  for (let i = 0; i < toponyms.length; i++) {
    const t = toponyms[i]!;
    if (cues.has(t) || !hasAdmin(t)) continue;
    const before = toponyms[i - 1];
    const after = toponyms[i + 1];
    const sameCountry = (country: string | null) => !!country && t.candidates.some((c) => c.kind === 'admin' && c.country === country);
    if (before && listed(doc, before, t) && sameCountry(divisionOf(before))) cues.add(t);
    else if (after && listed(doc, t, after) && sameCountry(divisionOf(after))) cues.add(t);
  }
}
