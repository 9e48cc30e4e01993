import { keysOf } from './keys.js';
import type { AnalyticEvent } from './types.js';

/** Filters an analyst gives (all optional, combined with AND). Days are inclusive ISO days. */
export interface EventFilter {
  from?: string;
  to?: string;
  /** ISO alpha-3 of a source, target or the place */
  country?: string;
  type?: string;
  context?: string;
  /** actor code or part of its name */
  actor?: string;
  /** "USA>AFG" (ordered) or "AFG-USA" (either direction) */
  dyad?: string;
}

/** True when the event's countries form the dyad (ordered with '>', either way with '-'). */
export function inDyad(e: AnalyticEvent, dyad: string): boolean {
  if (dyad.includes('>')) return keysOf(e, 'dyad').includes(dyad);
  const [a, b] = dyad.split('-');
  return keysOf(e, 'dyad').some((k) => k === `${a}>${b}` || k === `${b}>${a}`);
}

/** Applies a filter in memory (the store applies the same conditions in SQL). */
export function matches(e: AnalyticEvent, f: EventFilter): boolean {
  const day = e.date?.slice(0, 10) ?? '';
  if (f.from && day < f.from) return false;
  if (f.to && day > f.to) return false;
  if (f.type && e.type !== f.type) return false;
  if (f.context && !e.contexts.includes(f.context)) return false;
  if (f.country && !keysOf(e, 'country').includes(f.country)) return false;
  if (f.actor) {
    const needle = f.actor.toLowerCase();
    const hit = [...e.source, ...e.target].some((p) => p.code?.toLowerCase() === needle || p.name.toLowerCase().includes(needle));
    if (!hit) return false;
  }
  if (f.dyad && !inDyad(e, f.dyad)) return false;
  return true;
}

const DYAD = /^[A-Z]{3}[>-][A-Z]{3}$/;
export const isDyad = (s: string): boolean => DYAD.test(s);
