import type { Token } from '../../types.js';
import { RELATIVE_WORDS, type RawDate } from './chrono.js';
import { INERT, SAFE, isPeeked, tokenClass } from './clusters.js';
import { MONTHS, WEEKDAYS } from './words.js';

/**
 * The common shapes of a cluster (clusters.ts), read without chrono-node: a weekday ("on
 * Monday", "last Friday"), a month ("in June", "March 1987"), a month and day ("March 31, 1987"),
 * "today", "yesterday", "last night", "last/this/next week|month|year" and "a year ago". Each
 * reader gives exactly the result chrono-node gives for that cluster (same span, values and
 * certainty; the date arithmetic copies chrono's), and null whenever anything around the shape
 * could change chrono's reading; then chrono itself reads the cluster.
 */
const MONTH_NUM = new Map(MONTHS.map((m, i) => [m, i + 1]));
/** Abbreviations chrono reads before a day ("Jan 15", "Sept. 3"); alone they follow other rules. */
const MONTH_ABBR = new Map([...MONTH_NUM, ...['jan', 'feb', 'mar', 'apr', '', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
  .flatMap((m, i) => (m ? [[m, i + 1], [`${m}.`, i + 1]] : [])) as Array<[string, number]>, ['sept', 9], ['sept.', 9]]);
const WEEKDAY_NUM = new Map(WEEKDAYS.map((d, i) => [d, (i + 1) % 7]));
const MODIFIERS = new Set(['this', 'last', 'past', 'next']);
const PERIODS = new Set(['week', 'month', 'year']);
const CASUAL = new Map([['today', 0], ['tonight', 0], ['yesterday', -1], ['tomorrow', 1]]);
const COUNTS = new Map([['a', 1], ['an', 1], ['the', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5],
  ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['few', 3], ['several', 7]]);
const AGO = new Set(['ago', 'before', 'earlier']);
/** First words of "in two weeks" and "a year ago" (digits aside). */
const DURATION_START = new Set(['in', 'within', 'for', ...COUNTS.keys()]);
/** Leads that would join a duration after them: "in"/"for"/"within" (ENTimeUnitWithinFormatParser), signs and "this"/"last"/"after" (ENTimeUnitCasualRelativeFormatParser), "about"/"around". */
const JOINS_DURATION = new Set(['in', 'for', 'within', '-', '--', '+', 'about', 'around', 'roughly', 'approximately', 'just',
  'this', 'last', 'past', 'next', 'after']);
function durationLeadOk(r: Read, c: number): boolean {
  if (c === r.a) return true;
  const t = r.tokens[c - 1]!;
  const cls = tokenClass(t.text);
  if (cls === INERT || (cls === SAFE && (isPeeked(t.lower) || unlettered(t)) && !JOINS_DURATION.has(t.lower))) return true;
  return LEAD.has(t.lower) && !JOINS_DURATION.has(t.lower);
}
const UNIT_OF = new Map([['day', 'day'], ['days', 'day'], ['week', 'week'], ['weeks', 'week'], ['month', 'month'],
  ['months', 'month'], ['year', 'year'], ['years', 'year']]);
/** Tokens that may stand before a shape without joining chrono's match. */
const LEAD = new Set(['in', 'on', 'by', 'the', 'since', 'until', 'from', 'during', 'for', 'at', 'of', 'earlier', 'later',
  'early', 'late', 'mid', '-', '--', 'before', 'after', 'to', 'through', 'till', 'a', 'an',
  ',', '(', '"', '“']);
/** Tokens that may follow a shape: marks that end a match. */
const TRAIL = new Set([',', '.', ';', ')', '"', '”', "'s", '’s']);
/** Tokens that may come later in the cluster: they make no match without a unit, month or weekday. */
const REST = new Set([...TRAIL, 'the', 'a', 'an', 'and', 'or', 'to', 'at', 'by', 'in', 'on', 'for', 'from', 'one', 'two',
  'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']);
/** Words after which a number is no part of the shape before them ("in March and 4.25"). */
const BEFORE_NUMBER = new Set(['and', 'or', 'from', 'at', 'by', 'in', 'on', 'for', 'the', 'a', 'an', "'s", '’s']);
/** Marks between a number and a month that chrono reads as one date ("5-March", "1987, March", "5 of March"). */
const NUMBER_TO_MONTH = new Set(['-', '.', '/', ',', 'of']);
/** Words that join a duration ("two weeks earlier"): harmless after a shape that does not end in a unit. */
const RELATIONS = new Set(['after', 'before', 'earlier', 'later']);

interface Read {
  tokens: Token[];
  a: number;
  b: number;
  /** the cluster text given to chrono, and the document offset of its first character */
  ctext: string;
  base: number;
  ref: Date;
}

interface Shape {
  /** token after the shape */
  e: number;
  /** the shape ends in a time unit ("in two weeks") */
  unit?: boolean;
  /** a duration with "ago": "and" may chain more units into it */
  ago?: boolean;
  raw: RawDate | null;
}

/** A new shape with every field present: one hidden class for all the readers' results. */
const shape = (e: number, raw: RawDate | null, unit = false, ago = false): Shape => ({ e, unit, ago, raw });

function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
/** Only white space (chrono's \\s) between tokens k - 1 and k. */
function gapIsSpace(r: Read, k: number): boolean {
  const to = r.tokens[k]!.start - r.base;
  for (let i = r.tokens[k - 1]!.end - r.base; i < to; i++) {
    const c = r.ctext.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9 && c !== 0xa0 && !(c > 0x7f && /\s/.test(r.ctext[i]!))) return false;
  }
  return true;
}
/** A token without letters: a number or a mark. */
const unlettered = (t: Token) => t.shape === 'd' || t.shape === 'p';
/** Only white space, at most `max` characters of it, between tokens k - 1 and k. */
const spaces = (r: Read, k: number, max: number) => r.tokens[k]!.start - r.tokens[k - 1]!.end <= max && gapIsSpace(r, k)
  && r.tokens[k]!.start > r.tokens[k - 1]!.end;
const oneSpace = (r: Read, k: number) => spaces(r, k, 1);
/**
 * chrono's greedy \\s* before a lookahead: white space up to a mark or the end is part of the
 * match, and before a word all of it but the last character.
 */
function trailingSpace(r: Read, end: number): number {
  const m = /^\s+/.exec(r.ctext.slice(end - r.base));
  if (!m) return end;
  const after = r.ctext[end - r.base + m[0].length];
  return end + m[0].length - (isWordChar(after) ? 1 : 0);
}
const low = (r: Read, k: number) => (k < r.b ? r.tokens[k]!.lower : '');

/** chrono's results for the cluster, or null when chrono must read it. */
export function fastParse(tokens: Token[], a: number, b: number, ctext: string, base: number, ref: Date): RawDate[] | null {
  const r: Read = { tokens, a, b, ctext, base, ref };
  let c = a;
  let early: Shape | null = null;
  for (; c < b; c++) {
    const t = tokens[c]!;
    // "in two weeks", "the year ago": the lead word is part of the match
    if ((DURATION_START.has(t.lower) || t.shape === 'd') && (early = within(r, c) ?? ago(r, c))) break;
    const cls = tokenClass(t.text);
    if (!(cls === INERT || LEAD.has(t.lower) || (cls === SAFE && (isPeeked(t.lower) || unlettered(t))))) break;
  }
  if (c >= b) return null;
  if (c > a && !gapIsSpace(r, c) && !LEAD.has(tokens[c - 1]!.lower)) return null;
  const out: RawDate[] = [];
  for (;;) {
    if (MODIFIERS.has(low(r, c)) && MONTH_NUM.has(low(r, c + 1)) && oneSpace(r, c + 1)) c++; // "last March": chrono reads "March"
    const shape = early ?? weekday(r, c) ?? month(r, c) ?? casual(r, c) ?? period(r, c) ?? ago(r, c) ?? within(r, c) ?? fraction(r, c);
    if (!shape || (out.length > 0 && shape.unit)) return null;
    if (shape.raw) out.push(shape.raw);
    const next = rest(r, shape);
    if (next === b) return out;
    // "on Tuesday and Wednesday": one more shape after "and" or "or"
    if (next < 0 || shape.unit || early || !oneSpace(r, next)) return null;
    c = next;
  }
}

/**
 * Checks the tokens after a shape: b when none can change chrono's reading, the index where
 * another shape starts (after "and"/"or", or a duration), or -1.
 */
function rest(r: Read, shape: Shape): number {
  const { tokens, b } = r;
  const yearKnown = !shape.raw || shape.raw.certain.year;
  const endsInNumber = /^\d{1,2}$/.test(tokens[shape.e - 1]!.text);
  for (let k = shape.e; k < b; k++) {
    const t = tokens[k]!;
    // "in January a year ago": a duration after a shape that ends in no unit
    if (k > shape.e && !shape.unit && !shape.ago && (DURATION_START.has(t.lower) || t.shape === 'd') && ago(r, k)) return k;
    const cls = tokenClass(t.text);
    const number = cls === SAFE && unlettered(t);
    const ok = REST.has(t.lower) || cls === INERT
      || (!shape.unit && RELATIONS.has(t.lower))
      || (cls === SAFE && isPeeked(t.lower) && !endsInNumber)
      || (k > shape.e && number && (yearKnown || BEFORE_NUMBER.has(tokens[k - 1]!.lower)));
    if (k === shape.e && !TRAIL.has(t.lower) && !gapIsSpace(r, k)) return -1;
    if (ok) continue;
    const prev = tokens[k - 1]!.lower;
    return k > shape.e && (prev === 'and' || prev === 'or') && !shape.ago ? k : -1;
  }
  return b;
}

function raw(r: Read, start: number, end: number, date: Date, certain: RawDate['certain'], relativeTag: boolean): RawDate {
  const text = r.ctext.slice(start - r.base, end - r.base);
  return {
    start, end, text, y: date.getFullYear(), m: date.getMonth() + 1, d: date.getDate(), certain,
    relative: relativeTag || RELATIVE_WORDS.test(text), range: false, tags: [],
  };
}

const certainty = (year: boolean, month: boolean, day: boolean, weekday: boolean) => ({ year, month, day, weekday });

/** chrono's addDuration: years, then months, then weeks, then days, on a local Date. */
function shift(ref: Date, unit: string, n: number): Date {
  const d = new Date(ref);
  if (unit === 'year') d.setFullYear(d.getFullYear() + n);
  else if (unit === 'month') d.setMonth(d.getMonth() + n);
  else if (unit === 'week') d.setDate(d.getDate() + n * 7);
  else d.setDate(d.getDate() + n);
  return d;
}

/** chrono's findYearClosestToRef. */
function closestYear(ref: Date, day: number, month: number): number {
  let date = new Date(ref);
  date.setMonth(month - 1);
  date.setDate(day);
  const next = shift(date, 'year', 1);
  const last = shift(date, 'year', -1);
  if (Math.abs(next.getTime() - ref.getTime()) < Math.abs(date.getTime() - ref.getTime())) date = next;
  else if (Math.abs(last.getTime() - ref.getTime()) < Math.abs(date.getTime() - ref.getTime())) date = last;
  return date.getFullYear();
}

/** chrono's getDaysToWeekday. */
function daysTo(ref: Date, weekday: number, modifier: string): number {
  const now = ref.getDay();
  const forward = (weekday - now + 7) % 7;
  const backward = weekday - now >= 0 ? weekday - now - 7 : weekday - now;
  if (modifier === 'this') return forward;
  if (modifier === 'last' || modifier === 'past') return backward;
  if (modifier === 'next') {
    if (now === 0) return weekday === 0 ? 7 : weekday;
    if (now === 6) return weekday === 6 ? 7 : weekday === 0 ? 8 : 1 + weekday;
    return weekday < now && weekday !== 0 ? forward : forward + 7;
  }
  return forward < -backward ? forward : backward;
}

/** "[, ][on ][last ]Monday[,]", "the weekend" (ENWeekdayParser). */
function weekday(r: Read, c: number): Shape | null {
  let i = c;
  const modifier = MODIFIERS.has(low(r, i)) ? low(r, i++) : '';
  const wd = low(r, i) === 'weekend' ? (modifier === 'last' || modifier === 'past' ? 0 : 6) : WEEKDAY_NUM.get(low(r, i));
  if (wd === undefined || (modifier && !gapIsSpace(r, i))) return null;
  const { tokens, a } = r;
  let s = c;
  if (s > a && tokens[s - 1]!.lower === 'on' && gapIsSpace(r, s)) s--;
  if (s > a && (tokens[s - 1]!.text === ',' || tokens[s - 1]!.text === '(') && gapIsSpace(r, s)) {
    const at = tokens[s - 1]!.start - r.base;
    if (!isWordChar(r.ctext[at - 1])) s--;
  }
  if (s > a && isWordChar(r.ctext[tokens[s]!.start - r.base - 1])) return null;
  let e = i + 1;
  let end = tokens[i]!.end;
  if (e < r.b && (tokens[e]!.text === ',' || tokens[e]!.text === ')') && gapIsSpace(r, e)
    && !isWordChar(r.ctext[tokens[e]!.end - r.base])) end = tokens[e++]!.end;
  if (MODIFIERS.has(low(r, e)) || low(r, e) === 'of') return null; // "Monday of next week"
  const date = shift(r.ref, 'day', daysTo(r.ref, wd, modifier === 'past' ? 'last' : modifier));
  return shape(e, raw(r, tokens[s]!.start, end, date, certainty(false, false, false, true), false));
}

const isYear = (t: string | undefined) => t !== undefined && /^[1-9]\d{3}$/.test(t);

/** "March", "March, 1987", "March 1987" (ENMonthNameParser) and "March 31[, 1987]" (ENMonthNameMiddleEndianParser). */
function month(r: Read, c: number): Shape | null {
  const { tokens, b } = r;
  // "5 March", "1987 March", "5-March", "5 of March": another parser reads the number with the month
  let p = c - 1;
  if (p > r.a && NUMBER_TO_MONTH.has(tokens[p]!.lower)) p--;
  if (p >= r.a && /\d/.test(tokens[p]!.text)) return null;
  const start = tokens[c]!.start;
  const next = c + 1 < b ? tokens[c + 1]! : undefined;
  const abbr = MONTH_ABBR.get(low(r, c));
  if (abbr !== undefined && next && /^\d{1,2}$/.test(next.text) && gapIsSpace(r, c + 1)) {
    const m = abbr;
    const day = Number(next.text);
    if (day < 1 || day > (m === 2 ? 28 : [4, 6, 9, 11].includes(m) ? 30 : 31)) return null;
    let e = c + 2;
    let year = 0;
    if (low(r, e) === ',' && isYear(tokens[e + 1]?.text) && e + 1 < b && gapIsSpace(r, e) && gapIsSpace(r, e + 1)) e += 2;
    else if (isYear(tokens[e]?.text) && e < b && gapIsSpace(r, e)) e += 1;
    if (e > c + 2) {
      year = Number(tokens[e - 1]!.text);
      const after = r.ctext.slice(tokens[e - 1]!.end - r.base);
      if (isWordChar(after[0]) || /^:\d/.test(after)) return null;
    }
    const date = new Date(r.ref);
    date.setFullYear(year || closestYear(r.ref, day, m), m - 1, day);
    const end = year ? tokens[e - 1]!.end : trailingSpace(r, tokens[e - 1]!.end);
    return shape(e, raw(r, start, end, date, certainty(year > 0, true, true, false), false));
  }
  const m = MONTH_NUM.get(low(r, c));
  if (m === undefined) return null;
  let e = c + 1;
  let year = 0;
  if (next && next.text === ',' && gapIsSpace(r, c + 1)) {
    if (isYear(tokens[c + 2]?.text) && c + 2 < b && gapIsSpace(r, c + 2)) e = c + 3;
    else if (/^(?:\s+\D|[^\s\w]|\s*$)/.test(r.ctext.slice(next.end - r.base))) e = c + 2;
    else return null;
  } else if (next && isYear(next.text) && gapIsSpace(r, c + 1)) e = c + 2;
  if (e > c + 1 && isYear(tokens[e - 1]!.text)) {
    year = Number(tokens[e - 1]!.text);
    if (!/^(?:\s+\D|[^\s\w]|\s*$)/.test(r.ctext.slice(tokens[e - 1]!.end - r.base))) return null;
  }
  const end = year ? tokens[e - 1]!.end : trailingSpace(r, tokens[e - 1]!.end);
  const text = r.ctext.slice(start - r.base, end - r.base);
  // ENUnlikelyFormatFilter: a bare "may" stays only after "in" or as the whole text
  if (text.toLowerCase() === 'may' && text !== r.ctext.trim() && !/\bin$/i.test(r.ctext.slice(0, start - r.base).trim())) {
    return shape(e, null);
  }
  const date = new Date(r.ref);
  date.setFullYear(year || closestYear(r.ref, 1, m), m - 1, 1);
  return shape(e, raw(r, start, end, date, certainty(year > 0, true, false, false), false));
}

/** "today", "yesterday", "tomorrow", "tonight", "last night" (ENCasualDateParser). */
function casual(r: Read, c: number): Shape | null {
  const { tokens } = r;
  const w = low(r, c);
  const days = CASUAL.get(w);
  if (w === 'now') return shape(c + 1, null); // chrono's "now" is always filtered out (filters.ts)
  if (days !== undefined) {
    if (isWordChar(r.ctext[tokens[c]!.start - r.base - 1])) return null;
    return shape(c + 1, raw(r, tokens[c]!.start, tokens[c]!.end, shift(r.ref, 'day', days), certainty(true, true, true, false), true));
  }
  if (w !== 'last' || low(r, c + 1) !== 'night' || !gapIsSpace(r, c + 1)) return null;
  // the reference is noon, after six: last night is the day before
  return shape(c + 2, raw(r, tokens[c]!.start, tokens[c + 1]!.end, shift(r.ref, 'day', -1), certainty(true, true, true, false), false));
}

/** "last week", "this month", "next year" (ENRelativeDateFormatParser). */
function period(r: Read, c: number): Shape | null {
  const mod = low(r, c);
  const unit = low(r, c + 1);
  if (!MODIFIERS.has(mod) || !PERIODS.has(unit) || !gapIsSpace(r, c + 1)) return null;
  if (mod === 'this' && c > r.a && r.tokens[c - 1]!.lower === 'after') return null; // "after this year": one match
  const start = r.tokens[c]!.start;
  const end = r.tokens[c + 1]!.end;
  if (mod !== 'this') {
    const date = shift(r.ref, unit, mod === 'next' ? 1 : -1);
    return shape(c + 2, raw(r, start, end, date, certainty(true, unit !== 'year', unit === 'week', false), true));
  }
  const date = new Date(r.ref);
  if (unit === 'week') date.setDate(date.getDate() - date.getDay());
  else if (unit === 'month') date.setDate(1);
  else {
    date.setDate(1);
    date.setMonth(0);
  }
  return shape(c + 2, raw(r, start, end, date, certainty(unit !== 'week', unit === 'month', false, false), false));
}

/** "a year ago", "two weeks ago", "3 days ago" (ENTimeUnitAgoFormatParser). */
function ago(r: Read, c: number): Shape | null {
  // "a few weeks ago": chrono's NUMBER "a few" is three
  const few = low(r, c) === 'a' && low(r, c + 1) === 'few' && spaces(r, c + 1, 2) ? 1 : 0;
  const n = few ? 3 : COUNTS.get(low(r, c)) ?? (/^\d{1,3}$/.test(low(r, c)) ? Number(low(r, c)) : undefined);
  const unit = UNIT_OF.get(low(r, c + 1 + few));
  const suffix = low(r, c + 2 + few);
  if (n === undefined || !unit || !AGO.has(suffix) || !spaces(r, c + 1 + few, 3) || !spaces(r, c + 2 + few, 5)) return null;
  if (!durationLeadOk(r, c)) return null;
  const date = shift(r.ref, unit, -n);
  const certain = certainty(true, unit !== 'year', unit === 'day' || unit === 'week', unit === 'day');
  return shape(c + 3 + few, raw(r, r.tokens[c]!.start, r.tokens[c + 2 + few]!.end, date, certain, true), false, true);
}

/** "in two weeks", "within 30 days", "for three years" (ENTimeUnitWithinFormatParser); "for the year" is no date. */
function within(r: Read, c: number): Shape | null {
  const pre = low(r, c);
  if (pre !== 'in' && pre !== 'within' && pre !== 'for') return null;
  const w = low(r, c + 1);
  const n = COUNTS.get(w) ?? (/^\d{1,3}$/.test(w) ? Number(w) : undefined);
  const unit = UNIT_OF.get(low(r, c + 2));
  if (n === undefined || !unit || !gapIsSpace(r, c + 1) || !spaces(r, c + 2, 3)) return null;
  if (!durationLeadOk(r, c)) return null;
  if (pre === 'for' && w === 'the') return shape(c + 3, null, true);
  const certain = certainty(true, unit !== 'year', unit === 'day' || unit === 'week', unit === 'day');
  return shape(c + 3, raw(r, r.tokens[c]!.start, r.tokens[c + 2]!.end, shift(r.ref, unit, n), certain, true), true);
}

/** "1/2", "5/8": chrono's slash date of a fraction, which filters.ts always drops. */
function fraction(r: Read, c: number): Shape | null {
  if (!/^\d{1,2}\/\d{1,2}$/.test(r.tokens[c]!.text)) return null;
  if (c > r.a && !gapIsSpace(r, c)) return null;
  return c + 1 < r.b && !gapIsSpace(r, c + 1) ? null : shape(c + 1, null);
}
