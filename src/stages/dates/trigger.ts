import type { Sentence, Token } from '../../types.js';
import { MONTHS, MONTH_ABBREVIATIONS, WEEKDAYS } from './words.js';

/**
 * A cheap gate before chrono-node, the slowest step: chrono only reads windows of a few
 * tokens around a token that looks like part of a date. Bare years are read from tokens
 * (years.ts), so plain numbers alone never wake chrono up.
 */
const TRIGGERS = new Set<string>([
  ...MONTHS,
  ...MONTH_ABBREVIATIONS,
  ...MONTH_ABBREVIATIONS.map((m) => `${m}.`),
  ...WEEKDAYS,
  ...WEEKDAYS.map((d) => `${d}s`),
  'today', 'yesterday', 'tomorrow', 'tonight', 'weekend', 'week', 'weeks', 'fortnight',
  'month', 'months', 'year', 'years', 'day', 'days', 'ago', 'night',
]);
const HYPHENATED_MONTH = new RegExp(`^(mid|early|late|end)-(${[...MONTHS, ...MONTH_ABBREVIATIONS].join('|')})\\.?$`);

const NUMERIC_DATE = /^\d{4}-\d{1,2}-\d{1,2}$|^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/;

/** Tokens read before and after a trigger: enough for "between September 1988 and September 1991". */
const BEFORE = 5;
const AFTER = 6;

const isTrigger = (t: Token) =>
  TRIGGERS.has(t.lower) || (t.shape === 'd' && NUMERIC_DATE.test(t.text)) || (t.shape === 'm' && HYPHENATED_MONTH.test(t.lower));

/** Token windows [t0, t1) of a sentence worth giving to chrono, merged when they touch. */
export function datedWindows(tokens: Token[], s: Sentence): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = s.t0; i < s.t1; i++) {
    if (!isTrigger(tokens[i]!)) continue;
    const a = Math.max(s.t0, i - BEFORE);
    const b = Math.min(s.t1, i + AFTER + 1);
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}
