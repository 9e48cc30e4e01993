import type { Sentence, Token } from '../../types.js';
import { MONTHS, MONTH_ABBREVIATIONS, WEEKDAYS } from './words.js';

/**
 * A cheap gate before chrono-node, the slowest step: a sentence goes to chrono only when one
 * of its tokens looks like part of a date. Bare years are read from tokens (years.ts), so
 * plain numbers alone never wake chrono up.
 */
const TRIGGERS = new Set<string>([
  ...MONTHS,
  ...MONTH_ABBREVIATIONS,
  ...MONTH_ABBREVIATIONS.map((m) => `${m}.`),
  ...WEEKDAYS,
  ...WEEKDAYS.map((d) => `${d}s`),
  'today', 'yesterday', 'tomorrow', 'tonight', 'weekend', 'week', 'weeks', 'fortnight',
  'month', 'months', 'year', 'years', 'day', 'days', 'ago',
]);

const NUMERIC_DATE = /^\d{4}-\d{1,2}-\d{1,2}$|^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$|^\d{1,2}\/\d{1,2}$/;

export function looksDated(tokens: Token[], s: Sentence): boolean {
  for (let i = s.t0; i < s.t1; i++) {
    const t = tokens[i]!;
    if (TRIGGERS.has(t.lower)) return true;
    if (t.shape === 'd' && NUMERIC_DATE.test(t.text)) return true;
  }
  return false;
}
