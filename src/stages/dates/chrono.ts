import { casual, type Chrono, type ParsedResult } from 'chrono-node';

/** One chrono-node result, reduced to what the refiner needs. Offsets are absolute. */
export interface RawDate {
  start: number;
  end: number;
  text: string;
  y: number;
  m: number;
  d: number;
  certain: { year: boolean; month: boolean; day: boolean; weekday: boolean };
  /** chrono matched a relative expression ("yesterday", "last week", "two days ago") */
  relative: boolean;
  /** chrono found a range ("Aug. 1 to Aug. 5"); we keep its start */
  range: boolean;
  tags: string[];
}

export const RELATIVE_WORDS = /\b(this|last|next|past|ago|coming|previous|today|yesterday|tomorrow|tonight)\b/i;

let parser: Chrono | null = null;

/** Parsers and refiners for times of day and time zones: we keep dates only, and they cost half the time. */
const UNUSED = new Set(['ENTimeExpressionParser', 'ENCasualTimeParser', 'ENTimeUnitLaterFormatParser',
  'ExtractTimezoneOffsetRefiner', 'ExtractTimezoneAbbrRefiner']);

/** English casual chrono-node without its time-of-day parsers, built once. */
function chrono(): Chrono {
  if (!parser) {
    parser = casual.clone();
    parser.parsers = parser.parsers.filter((p) => !UNUSED.has(p.constructor.name));
    parser.refiners = parser.refiners.filter((r) => !UNUSED.has(r.constructor.name));
  }
  return parser;
}

/**
 * What each parser's pattern cannot match without: a text that fails the test gives that parser
 * no result, so leaving the parser out changes nothing (a parser not listed always runs). Each
 * test is a necessary condition read off the parser's regular expression in chrono-node; they
 * are cheap, and every parser left out is a large regular expression not run.
 */
const MONTH = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
/**
 * What chrono's TIME_UNITS_PATTERN cannot match without: a number (digits or a number word,
 * "a couple of", "half an") and then a unit, white space between. A looser copy of the
 * pattern (no word boundaries, any white space), without the bounded repeats that make chrono's
 * own regular expressions slow to compile; "ago" without such a duration never wakes its parser.
 * A number is read whole (the lookahead): split at every digit, a table row of prices
 * ("149.00 149.25 …") backtracks for a second before failing.
 */
const DURATION = '(?:(?:[0-9][0-9.]*(?![0-9.])|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|an?|few|'
  + 'several|the|couple|of|about|around))\\s*)+(?:s|sec|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|mo|mon|mos|'
  + 'months?|qtr|quarters?|y|yr|years?)';
const DIGIT = /\d/;
const NEEDS: Record<string, RegExp> = {
  ENYearMonthDayParser: DIGIT,
  ISOFormatParser: DIGIT,
  SlashDateFormatParser: DIGIT,
  ENSlashMonthFormatParser: DIGIT,
  ENYearMonthNameParser: DIGIT,
  ENMonthNameLittleEndianParser: MONTH,
  ENMonthNameMiddleEndianParser: MONTH,
  ENMonthNameParser: MONTH,
  ENWeekdayParser: /sun|mon|tue|wed|thu|fri|sat|weekend|weekday/i,
  ENCasualDateParser: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|night/i,
  ENEndOfCurrentMonthParser: /month/i,
  ENRelativeDateFormatParser: /this|last|past|next/i,
  ENTimeUnitCasualRelativeFormatParser: new RegExp(`(?:this|last|past|next|after|\\+|-)\\s*${DURATION}`, 'i'),
  ENTimeUnitWithinFormatParser: new RegExp(`(?:within|in|for)\\s*(?:(?:about|around|roughly|approximately|just)\\s*~?\\s*)?${DURATION}`, 'i'),
  ENTimeUnitAgoFormatParser: new RegExp(`${DURATION}\\s*(?:ago|before|earlier)\\b`, 'i'),
};
const TESTS = [...new Set(Object.values(NEEDS))];
const byMask = new Map<number, Chrono>();

/** chrono-node without the parsers the text cannot wake: one instance per combination, built on first use. */
function chronoFor(text: string): Chrono {
  let mask = 0;
  for (let i = 0; i < TESTS.length; i++) if (TESTS[i]!.test(text)) mask |= 1 << i;
  let c = byMask.get(mask);
  if (!c) {
    c = chrono().clone();
    c.parsers = c.parsers.filter((p) => {
      const need = NEEDS[p.constructor.name];
      return !need || (mask & (1 << TESTS.indexOf(need))) !== 0;
    });
    byMask.set(mask, c);
  }
  return c;
}

export function toRaw(r: ParsedResult, offset: number): RawDate {
  const c = r.start;
  const tags = [...c.tags()];
  return {
    start: offset + r.index,
    end: offset + r.index + r.text.length,
    text: r.text,
    y: c.get('year') ?? 0,
    m: c.get('month') ?? 1,
    d: c.get('day') ?? 1,
    certain: {
      year: c.isCertain('year'),
      month: c.isCertain('month'),
      day: c.isCertain('day'),
      weekday: c.isCertain('weekday'),
    },
    relative:
      tags.some((t) => t.startsWith('result/relativeDate') || t.startsWith('casualReference/')) || RELATIVE_WORDS.test(r.text),
    range: r.end != null,
    tags,
  };
}

/** Runs chrono-node over one stretch of text (a sentence) starting at `offset` in the document. */
export function parseChrono(text: string, offset: number, ref: Date): RawDate[] {
  return chronoFor(text).parse(text, ref).map((r) => toRaw(r, offset));
}

/** chrono's results per (text, reference day), offsets relative to the text: the same short stretches recur. */
const memo = new Map<string, RawDate[]>();

/**
 * chrono-node over `text` read against `ref` (whose calendar day is `refKey`), memoised; the
 * results are moved by `shift` (where the text's first character sits in the document).
 */
export function parseMemo(text: string, shift: number, ref: Date, refKey: string): RawDate[] {
  const key = `${refKey}|${text}`;
  let found = memo.get(key);
  if (!found) {
    found = parseChrono(text, 0, ref);
    if (memo.size > 20_000) memo.clear();
    memo.set(key, found);
  }
  // a full literal in toRaw's field order, not a spread: memoised and fresh results share one hidden class
  return found.map((r) => ({
    start: r.start + shift, end: r.end + shift, text: r.text, y: r.y, m: r.m, d: r.d, certain: r.certain,
    relative: r.relative, range: r.range, tags: r.tags,
  }));
}
