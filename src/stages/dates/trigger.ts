import type { Sentence, Token } from '../../types.js';
import { MONTHS, MONTH_ABBREVIATIONS, WEEKDAYS } from './words.js';

/**
 * A cheap gate before chrono-node, the slowest step: chrono only reads windows of a few
 * tokens around a token that looks like part of a date. Bare years are read from tokens
 * (years.ts), so plain numbers alone never wake chrono up; a unit word ("year", "months")
 * wakes it only beside a word that anchors it ("last year", "two weeks ago", "in ten days").
 */
const NAMES = new Set<string>([
  ...MONTHS,
  ...MONTH_ABBREVIATIONS,
  ...MONTH_ABBREVIATIONS.map((m) => `${m}.`),
  ...WEEKDAYS,
  ...WEEKDAYS.map((d) => `${d}s`),
]);
const ALWAYS = new Set(['today', 'yesterday', 'tomorrow', 'tonight', 'weekend', 'ago']);
const UNITS = new Set(['week', 'weeks', 'fortnight', 'month', 'months', 'year', 'years', 'day', 'days', 'night']);
const ANCHORS = new Set(['this', 'last', 'next', 'past', 'coming', 'previous']);
const IN = new Set(['in', 'within']);

const NUMERIC_DATE = /^\d{4}-\d{1,2}-\d{1,2}$|^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/;
const HYPHENATED_MONTH = new RegExp(`^(mid|early|late|end)-(${[...MONTHS, ...MONTH_ABBREVIATIONS].join('|')})\\.?$`);

/** Tokens read before and after a trigger: enough for "between September 1988 and September 1991". */
const BEFORE = 5;
const AFTER = 6;

/** Every word that may trigger by itself or with a neighbour: one lookup rules out most tokens. */
const WORDS = new Set<string>([...NAMES, ...ALWAYS, ...UNITS]);

function isTrigger(tokens: Token[], i: number, s: Sentence, caseless: boolean): boolean {
  const t = tokens[i]!;
  if (t.shape !== 'd' && t.shape !== 'm' && !WORDS.has(t.lower)) return false;
  if (NAMES.has(t.lower)) return caseless || t.shape !== 'x'; // "may", "march": a modal, a protest
  if (ALWAYS.has(t.lower)) return true;
  if (UNITS.has(t.lower)) {
    const prev = i > s.t0 ? tokens[i - 1]!.lower : '';
    if (ANCHORS.has(prev) || (i + 1 < s.t1 && tokens[i + 1]!.lower === 'ago')) return true;
    return i - 2 >= s.t0 && IN.has(tokens[i - 2]!.lower); // "in two weeks", "within 30 days"
  }
  if (t.shape === 'd') return NUMERIC_DATE.test(t.text);
  return t.shape === 'm' && HYPHENATED_MONTH.test(t.lower);
}

/** Token windows [t0, t1) of a sentence worth giving to chrono, merged when they touch. */
export function datedWindows(tokens: Token[], s: Sentence, caseless = false): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = s.t0; i < s.t1; i++) {
    if (!isTrigger(tokens, i, s, caseless)) continue;
    const a = Math.max(s.t0, i - BEFORE);
    const b = Math.min(s.t1, i + AFTER + 1);
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}
