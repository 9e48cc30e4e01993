import type { DateMention } from '../../types.js';
import type { RawDate } from './chrono.js';
import { type Day, dayNumber, fromDayNumber, isoDay, isoMonth } from './reference.js';
import { wordBefore } from './words.js';

/**
 * The backward refiner. In reported news a bare weekday ("on Monday") or a bare month ("in
 * June") means the latest one on or before publication, never a future one; a weekday equal
 * to the publication weekday is the publication day itself. Everything else keeps what
 * chrono-node resolved: "next June" and "last June" follow their modifier, explicit dates stay as written (even in the future), a day and month
 * without a year take the year closest to publication, relative expressions ("yesterday",
 * "last month", "next week") count from publication.
 */
export function refine(r: RawDate, text: string, ref: Day): DateMention {
  const { year, month, day, weekday } = r.certain;
  let value: string;
  let precision: DateMention['precision'];
  let rule: string;
  let yearAfter: RegExpExecArray | null = null;
  if (weekday && !day) {
    precision = 'day';
    if (/\b(next|this|coming|last|past|previous)\b/i.test(r.text)) {
      value = isoDay(r);
      rule = 'dates.weekday.modified';
    } else {
      let n = dayNumber(r);
      const limit = dayNumber(ref);
      while (n > limit) n -= 7;
      while (n <= limit - 7) n += 7;
      value = isoDay(fromDayNumber(n));
      rule = 'dates.weekday.latest';
    }
  } else if (month && !day && !year) {
    precision = 'month';
    const modifier = wordBefore(text, r.start)?.word.toLowerCase();
    yearAfter = YEAR_AFTER.exec(text.slice(r.end, r.end + 16));
    if (modifier === 'next' || modifier === 'coming') {
      value = isoMonth(r.m > ref.m ? ref.y : ref.y + 1, r.m);
      rule = 'dates.month.next';
    } else if (modifier === 'last' || modifier === 'past' || modifier === 'previous') {
      value = isoMonth(r.m < ref.m ? ref.y : ref.y - 1, r.m);
      rule = 'dates.month.last';
    } else if (modifier === 'this') {
      value = isoMonth(ref.y, r.m);
      rule = 'dates.month.this';
    } else if (yearAfter) {
      value = isoMonth(ref.y + YEAR_SHIFT[yearAfter[1]!.toLowerCase()]!, r.m);
      rule = 'dates.month.relative-year';
    } else {
      value = isoMonth(r.m <= ref.m ? ref.y : ref.y - 1, r.m);
      rule = 'dates.month.latest';
    }
  } else if (r.relative || (!day && !month && !year)) {
    // "yesterday", "last week", "two days ago", "last month", "this week"
    precision = day || weekday || (!month && !year) ? 'day' : month ? 'month' : 'year';
    value = precision === 'day' ? isoDay(r) : precision === 'month' ? isoMonth(r.y, r.m) : String(r.y);
    rule = 'dates.relative';
  } else if (day) {
    precision = 'day';
    value = isoDay(r);
    rule = year ? 'dates.explicit' : 'dates.day-month.nearest-year';
  } else if (month) {
    precision = 'month';
    value = isoMonth(r.y, r.m);
    rule = year ? 'dates.explicit' : 'dates.relative';
  } else {
    precision = 'year';
    value = String(r.y);
    rule = 'dates.relative'; // "this year"
  }
  if (r.range) rule += '.range-start';
  const span = trimSpan(r, text);
  if (yearAfter) span.end = r.end + yearAfter[0].length;
  return { text: text.slice(span.start, span.end), start: span.start, end: span.end, value, precision, rule };
}

/** "January last year": the year words after a bare month. */
const YEAR_AFTER = /^\s+(last|this|next) year\b/i;
const YEAR_SHIFT: Record<string, number> = { last: -1, this: 0, next: 1 };

/** Prepositions taken into the span, as chrono-node does for weekdays ("on Monday", "in June"). */
export const SPAN_PREPOSITIONS = new Set(['in', 'on', 'since', 'until', 'during', 'by']);

function trimSpan(r: RawDate, text: string): { start: number; end: number } {
  let { start, end } = r;
  while (start < end && /[\s\-–—,;:(]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:]/.test(text[end - 1]!)) end--;
  if (/\s+of$/i.test(text.slice(start, end))) end = start + text.slice(start, end).replace(/\s+of$/i, '').length;
  const first = /^\p{L}+/u.exec(r.text)?.[0].toLowerCase();
  if (!first || !SPAN_PREPOSITIONS.has(first)) {
    const prev = wordBefore(text, start);
    if (prev && SPAN_PREPOSITIONS.has(prev.word.toLowerCase()) && prev.end < start) start = prev.start;
  }
  return { start, end };
}
