/**
 * What an event is anchored to besides its actors: its mode from cue words in the clause, its date
 * (a date expression in its clause, else in its sentence, else publication), its place (a toponym
 * in the evidence span that is not one of its actors, preferring the most specific), its contexts
 * (theme hits inside the evidence span).
 */
import type { Doc, Place, PloverType, Span, Token } from '../../types.js';
import { eventPatterns } from '../../knowledge/event-patterns.js';
import { LOCATIVE } from './words.js';
import { inDateline } from '../../util/dateline.js';
import { antiPro } from './actor-index.js';

type Cue = { mode: string; words: string[]; order: number };
/** Per event type: its cues in file order, and the same cues keyed by their first word. */
type Cues = { list: Cue[]; byFirst: Map<string, Cue[]> };
let cueCache: Map<string, Cues> | null = null;
function cuesOf(type: PloverType): Cues | undefined {
  if (!cueCache) {
    cueCache = new Map();
    for (const [t, modes] of Object.entries(eventPatterns().modeCues)) {
      const list = Object.entries(modes).flatMap(([mode, cues]) => cues.map((c) => ({ mode, words: c.toLowerCase().split(/\s+/), order: 0 })));
      const byFirst = new Map<string, Cue[]>();
      list.forEach((cue, i) => {
        cue.order = i;
        const same = byFirst.get(cue.words[0]!);
        if (same) same.push(cue);
        else byFirst.set(cue.words[0]!, [cue]);
      });
      if (list.length) cueCache.set(t, { list, byFirst });
    }
  }
  return cueCache.get(type);
}

/** First mode (in file order) whose cue (a word or phrase) occurs in the token range: one pass over the range. */
export function modeCue(type: PloverType, tokens: Token[], t0: number, t1: number): string | null {
  const cues = cuesOf(type);
  if (!cues) return null;
  let best: Cue | null = null;
  for (let k = t0; k < t1; k++) {
    const starting = cues.byFirst.get(tokens[k]!.lower);
    if (!starting) continue;
    for (const cue of starting) {
      if ((best && cue.order >= best.order) || k + cue.words.length > t1) continue;
      let ok = true;
      for (let j = 1; j < cue.words.length && ok; j++) ok = tokens[k + j]!.lower === cue.words[j];
      if (ok) best = cue;
    }
  }
  return best?.mode ?? null;
}

const inside = (s: Span, outer: Span) => s.start >= outer.start && s.end <= outer.end;

export function dateOf(doc: Doc, clause: Span, sentence: Span, trigger: Span): string | null {
  let best: { value: string; d: number } | null = null;
  for (const pass of [clause, sentence]) {
    for (const d of doc.dates) {
      if (!inside(d, pass)) continue;
      const dist = Math.abs(d.start - trigger.start);
      if (!best || dist < best.d) best = { value: d.value, d: dist };
    }
    if (best) return best.value;
  }
  return doc.published;
}

const KIND_RANK: Record<Place['kind'], number> = { city: 5, feature: 4, admin: 3, region: 2, country: 1 };

/** "in the southern Gaza Strip": a locative before the place, past an article and lower-case modifiers. */
function afterLocative(doc: Doc, p: Span): boolean {
  const words = doc.text.slice(Math.max(0, p.start - 30), p.start).trim().split(/\s+/).slice(-3).reverse();
  for (const w of words) {
    if (LOCATIVE.has(w.toLowerCase())) return true;
    if (!/^[a-z-]+$/.test(w)) return false;
  }
  return false;
}

/**
 * The event's place: a toponym in its evidence that is not one of its actors (unless named as
 * where it happened: "struck targets in the southern Gaza Strip"), preferring towns and places
 * after a locative, and the dateline only when nothing else is there.
 */
export function placeOf(doc: Doc, evidence: Span, actorSpans: Span[]): string | null {
  let best: { id: string; score: number } | null = null;
  for (const p of doc.places) {
    if (!inside(p, evidence)) continue;
    const locative = afterLocative(doc, p);
    if ((!locative && actorSpans.some((a) => p.start < a.end && a.start < p.end)) || antiPro(doc.text, p.start)) continue;
    const score = KIND_RANK[p.kind] + (locative ? 10 : 0) - (inDateline(doc, p.start) ? 20 : 0);
    if (!best || score > best.score) best = { id: p.id, score };
  }
  return best?.id ?? null;
}

export function contextsOf(doc: Doc, evidence: Span): string[] {
  const out = new Set<string>();
  for (const h of doc.themes ?? []) if (inside(h, evidence)) out.add(h.context);
  return [...out];
}
