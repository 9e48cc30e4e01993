import type { Doc } from '../../types.js';

/**
 * The actor named at a text span [start, end): a group-phrase or pronoun mention
 * (doc.mentions) covering it wins ("US troops"), else an entity inside or around it with an
 * actor, the rightmost one ("Kremlin spokesman Dmitry Peskov" -> Peskov). Null when none.
 * For the events and quotes stages, which find actors by span.
 */
export function actorAt(doc: Doc, start: number, end: number): string | null {
  let best: { actor: string; len: number } | null = null;
  for (const m of doc.mentions) {
    if (m.start <= start && m.end >= end || (m.start >= start && m.end <= end)) {
      const len = m.end - m.start;
      if (!best || len > best.len) best = { actor: m.actor, len };
    }
  }
  if (best) return best.actor;
  let found: string | null = null;
  for (const e of doc.entities) {
    if (!e.actor) continue;
    if ((e.start >= start && e.end <= end) || (e.start <= start && e.end >= end)) found = e.actor;
  }
  return found;
}
