import type { RawDate } from './chrono.js';
import { MONTHS, MONTH_ABBREVIATIONS, WEEKDAYS, isCapitalised, wordAfter, wordBefore } from './words.js';

/**
 * False-positive filters for news text. Each returns the reason a chrono result is rejected,
 * or null to keep it. `caseless` is true when the text has no capitals at all (then
 * capitalisation tells nothing).
 */

const WEEKDAY_RE = new RegExp(`\\b(${WEEKDAYS.join('|')})s?\\b`, 'i');
const MONTH_RE = new RegExp(`\\b(${[...MONTHS, ...MONTH_ABBREVIATIONS].join('|')})\\b`, 'i');

/** Titles that contain a weekday but are not dates: "the Sunday Times", "Good Friday agreement". */
const AFTER_WEEKDAY = new Set(['times', 'telegraph', 'express', 'mirror', 'post', 'herald', 'observer', 'independent',
  'mail', 'star', 'tribune', 'sport', 'people', 'agreement', 'accords', 'accord', 'club', 'league']);
const BEFORE_WEEKDAY = new Set(['good', 'black', 'bloody', 'easter', 'palm', 'super', 'holy', 'maundy', 'cyber', 'ash']);

/** Words that make a bare month name temporal: "in June", "since March", "early May", "end of April". */
const MONTH_CUES = new Set(['in', 'on', 'since', 'by', 'until', 'till', 'during', 'from', 'before', 'after', 'through',
  'throughout', 'early', 'late', 'mid', 'last', 'next', 'this', 'of', 'between', 'around', 'that', 'each', 'every',
  'previous', 'past', 'coming']);
/** "in May and June": a month after a conjunction is temporal when a month name precedes the conjunction. */
const MONTH_JOINERS = new Set(['and', 'or', 'to', 'through']);

const CALENDAR_WORD = /(day|tomorrow|week|month|year|night|fortnight|decade|morning|evening|afternoon|tonight|ago)/i;

const PLURAL_UNIT = /\b(days|weeks|months|years|decades)\b/i;
/** "first ... in 21 years", "highest in five years", "the lowest level in three months" */
const RECORD_WORD = /\b(first|last|\w{3,}est|most|least|since)\b/i;

/**
 * Spans of time rather than points: "for 10 years", "over the past six months", "the next
 * three years", "the highest in five years". A plural unit is kept only in "N days ago" and
 * in a future "in two weeks" that does not follow a superlative.
 */
function isPeriod(r: RawDate, text: string): boolean {
  if (/^(for|over|during|throughout)\b/i.test(r.text)) return true;
  if (!PLURAL_UNIT.test(r.text) || /\bago\b/i.test(r.text)) return false;
  if (!/^(in|within)\b/i.test(r.text)) return true;
  const before = text.slice(Math.max(0, r.start - 60), r.start).split(/\s+/).slice(-7).join(' ');
  return RECORD_WORD.test(before);
}

const weekdayOnly = (r: RawDate) => r.certain.weekday && !r.certain.day;
const monthOnly = (r: RawDate) => r.certain.month && !r.certain.day && !r.certain.year && !r.certain.weekday;

export function rejectReason(r: RawDate, text: string, caseless: boolean): string | null {
  if (r.tags.includes('casualReference/now')) return 'now';
  const { year, month, day, weekday } = r.certain;
  if (!year && !month && !day && !weekday && !/week/i.test(r.text)) return 'time only';
  // "a day after the attack", "two weeks later": anchored on an event, not on publication
  if (r.relative && /\b(later|after|before|earlier|prior)\b/i.test(r.text)) return 'event-relative';
  // "in the money" read as "in the mo(nth)": a match must not start or end inside a word
  if (/[\p{L}\p{N}]/u.test(text[r.end] ?? '') || /[\p{L}]/u.test(text[r.start - 1] ?? '')) return 'part of a word';
  // "100-1/4", "6-15/16", "5/8": fractions in financial copy; a one-slash date needs a 4-digit year
  if (/^[^/]*\/[^/]*$/.test(r.text) && !/\d{4}/.test(r.text)) return 'fraction';
  if (/^\d/.test(r.text) && /\d-$/.test(text.slice(r.start - 2, r.start))) return 'fraction';
  // "in the money", "in the S": chrono's abbreviated units ("mo", "s") inside ordinary words
  if (r.relative && !CALENDAR_WORD.test(r.text)) return 'no calendar word';
  if (r.relative && isPeriod(r, text)) return 'period';
  if (/^\W*(the|a|an)\s+(year|month|week|day)\W*$/i.test(r.text)) return 'no anchor'; // "-- the year in which"
  // "the last minute", "for a second": not calendar dates
  if (r.relative && /\b(second|minute|hour)s?\b/i.test(r.text)) return 'time unit';
  // "in the year to March": chrono reads "in the year" as a year from now
  if (/^(in|within)\s+the\s+(year|month|week|day)\b/i.test(r.text)) return 'period';
  if (weekdayOnly(r)) return weekdayReason(r, text, caseless);
  if (monthOnly(r)) return monthReason(r, text, caseless);
  return null;
}

function weekdayReason(r: RawDate, text: string, caseless: boolean): string | null {
  if (/weekend/i.test(r.text)) return null;
  const m = WEEKDAY_RE.exec(r.text);
  if (!m) return 'abbreviated weekday'; // "sat", "Sun": a verb, a newspaper
  if (!caseless && !isCapitalised(m[0])) return 'lower-case weekday';
  const at = r.start + m.index;
  const next = wordAfter(text, at + m[0].length);
  if (next && isCapitalised(next.word) && AFTER_WEEKDAY.has(next.word.toLowerCase())) return 'title';
  const prev = wordBefore(text, at);
  if (prev && isCapitalised(prev.word) && BEFORE_WEEKDAY.has(prev.word.toLowerCase())) return 'title';
  return null;
}

function monthReason(r: RawDate, text: string, caseless: boolean): string | null {
  const m = MONTH_RE.exec(r.text);
  if (!m) return null;
  if (!caseless && !isCapitalised(m[0])) return 'lower-case month'; // "a protest march"
  const before = r.text.slice(0, m.index).trim().toLowerCase();
  if (before && MONTH_CUES.has(before.split(/[\s-]+/)[0]!)) return null;
  const at = r.start + m.index;
  if (text.slice(Math.max(0, at - 4), at).toLowerCase() === 'mid-') return null;
  const prev = wordBefore(text, r.start);
  if (!prev) return 'bare month';
  const p = prev.word.toLowerCase();
  if (MONTH_CUES.has(p)) return null;
  if (MONTH_JOINERS.has(p)) {
    const prev2 = wordBefore(text, prev.start);
    if (prev2 && MONTH_RE.test(prev2.word)) return null;
  }
  return 'bare month'; // "they may", "the Mar. meeting"
}
