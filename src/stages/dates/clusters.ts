import type { Token } from '../../types.js';

/**
 * chrono-node is the slowest step of the dates stage, and its cost grows with the text it reads.
 * A window (trigger.ts) mostly holds ordinary words that no chrono pattern can match; this module
 * cuts a window into clusters, runs of tokens that might, and only those are given to chrono.
 *
 * Each token is INERT (an ASCII word that no chrono pattern can start, end or glue into), SAFE
 * (may sit inside a match but cannot make one by itself: "the", "in", digits, commas) or LIVE.
 * A cluster is a maximal run of tokens that are not INERT, widened over tokens glued to it
 * without a space; only clusters holding a LIVE token are parsed. An inert neighbour is given to
 * chrono as the stand-in word "x", so every pattern sees the same kind of context it sees in the
 * window (a word boundary, a following letter, never "the text is just this result").
 */
export const INERT = 0;
export const SAFE = 1;
/** a time unit ("years", "they" = the + y): matched only beside an anchor ("in", "last", "ago") */
export const UNIT = 2;
/** a connector that turns a unit into a date: "in", "last", "ago" */
export const ANCHOR = 3;
export const LIVE = 4;

const alt = (words: string) => `(?:${words.trim().split(/\s+/).sort((a, b) => b.length - a.length).join('|')})`;
const MONTH = alt('january february march april may june july august september october november december '
  + 'jan feb mar apr jun jul aug sep sept oct nov dec');
const WEEKDAY = alt('monday tuesday wednesday thursday friday saturday sunday sun mon tue tues wed thu thur thurs fri sat');
const UNITS = alt('s sec second seconds m min mins minute minutes h hr hrs hour hours d day days w week weeks '
  + 'mo mon mos month months qtr quarter quarters y yr yrs year years night nights fortnight decade decades');
const NUM = alt('one two three four five six seven eight nine ten eleven twelve half halfa halfan few several the '
  + 'couple acouple coupleof acoupleof');
const ORD = alt('first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth '
  + 'fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth');
const PRE = alt('within in for this last past next after afterthis');
const ABOUT = alt('about around roughly approximately just');
const SUF = alt('ago before earlier later after');
const DURATION = `(?:${ABOUT})?(?:${NUM}${UNITS}(?:(?:and)?${NUM}${UNITS})*|${UNITS})`;
/** A duration with nothing around it: needs an anchor word beside it. */
const UNIT_RE = new RegExp(`^${DURATION}$`);
/** Words chrono can match by themselves, alone or glued: "monday", "inmay", "intend" (in + ten + d), "lasts". */
const LIVE_RE = new RegExp([
  `^${PRE}${ABOUT}?${DURATION}${SUF}?$`,
  `^${ABOUT}?${DURATION}${SUF}$`,
  `^(?:on)?(?:this|last|past|next)?${WEEKDAY}(?:(?:this|last|past|next)week)?$`,
  `^(?:in)?${MONTH}(?:of)?$`,
  `^(?:on)?${ORD}(?:(?:to|until|through|till)?${ORD})?(?:of)?${MONTH}$`,
  `^(?:(?:on)?${WEEKDAY})?${MONTH}${ORD}(?:(?:to)?${ORD})?$`,
  '^(?:now|today|tonight|tomorrow|overmorrow|tmr|tmrw|yesterday|lastnight|weekends?|weekdays?)$',
].join('|'));
/** Numbers and ordinals chrono reads, in words. */
const NUMBER_WORDS = new RegExp(`^(?:${NUM}|${ORD}|an?)$`);
/** A token chrono may read as the number of a duration: "5", "2.5", "two", "a" (or glued: "they"). */
const isNumberish = (lower: string) => /^\d/.test(lower) || NUMBER_WORDS.test(lower) || UNIT_RE.test(lower) || LIVE_RE.test(lower);
const ANCHORS = new Set(['within', 'in', 'for', 'this', 'last', 'past', 'next', 'after', 'ago', 'before', 'earlier',
  'later', 'end']);
/** Words that sit inside matches but make none without a unit, month, weekday or casual word. */
const SAFE_WORDS = new Set(('of on the a an about around roughly approximately just couple few several half one two '
  + 'three four five six seven eight nine ten eleven twelve from henceforth forward out to until till through and or '
  + 'at by be ad bc bce ce am pm o clock oclock mid early late since st nd rd th first third fourth fifth sixth seventh '
  + 'eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth '
  + 'twentieth thirtieth twenty thirty').split(' '));
/** Words a chrono lookahead peeks at after a number ("87 am", "2 March"): kept next to a cluster. */
const PEEKED = /^(?:am|pm|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|oclock)/;
const SAFE_MARKS = new Set([',', '.', ';', '(', ')', '"', '“', '”', "'s", '’s', ':', '—', '–', '%', '&', '$', '*', '/', '#']);
/** Signs chrono reads before a duration ("-5 days"). */
const SIGNS = new Set(['-', '+', '--']);

const cache = new Map<string, number>();

/** Lower-case words a chrono lookahead peeks at after a number. */
export const isPeeked = (lower: string) => PEEKED.test(lower);

/**
 * Marks and numbers without letters. Chrono reads a date in them only from two separators
 * ("12.6.87", "1987-03-02") or from a slash ("5/8"); a single slash with at most one other
 * separator on each side gives only fractions, which filters.ts drops. A leading sign may
 * start a duration ("-5 days").
 */
function numberClass(text: string): number {
  if (!/\d/.test(text)) return SIGNS.has(text) ? ANCHOR : SAFE;
  if (/^\d{4}\/\d{2}$/.test(text)) return SAFE; // "1986/87"
  const parts = text.split('/');
  if (parts.length > 2 || /\d{4}/.test(text) || parts.some((p) => (p.match(/[.-]\d/g)?.length ?? 0) > 1)) return LIVE;
  return /^[+-]/.test(text) ? ANCHOR : SAFE;
}

export function tokenClass(text: string): number {
  let c = cache.get(text);
  if (c === undefined) {
    c = classify(text);
    if (cache.size > 50_000) cache.clear();
    cache.set(text, c);
  }
  return c;
}

function classify(text: string): number {
  if (SAFE_MARKS.has(text)) return SAFE;
  if (SIGNS.has(text)) return ANCHOR;
  // "2.5", "155,221": chrono's slash dates need a slash or a year after a second point
  if (/^\d+$|^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+\.\d+$/.test(text)) return SAFE;
  const lower = text.toLowerCase();
  if (/^[a-z]+$/.test(lower)) {
    if (LIVE_RE.test(lower)) return LIVE;
    if (ANCHORS.has(lower)) return ANCHOR;
    if (UNIT_RE.test(lower)) return UNIT;
    return SAFE_WORDS.has(lower) || PEEKED.test(lower) ? SAFE : INERT;
  }
  if (!/[a-z]/.test(lower)) return numberClass(text);
  // "Inc.": a word and its point read as the word (abbreviations such as "Jan." are in LIVE_RE)
  if (/^[a-z]+\.$/.test(lower) && !LIVE_RE.test(lower.slice(0, -1))) return classify(text.slice(0, -1));
  // "year-ago", "on-year": a hyphen breaks every pattern but a sign before a number or a date
  if (/^-?[a-z]+(?:-[a-z]+)*$/.test(lower)) {
    return lower.split('-').some((p) => p && (LIVE_RE.test(p) || NUMBER_WORDS.test(p))) ? LIVE : SAFE;
  }
  // "U.S.": safe, but "S.A." after a number reads as seconds
  if (/^(?:[a-z]\.){2,}$/.test(lower) && lower !== 'a.m.' && lower !== 'p.m.') return /^[smhdwy]/.test(lower) ? UNIT : SAFE;
  return LIVE;
}


/**
 * Numbers that chrono reads together: "12.6", "12-6", "12/6" split by the tokenizer (slash dates)
 * and "1987 3 12" (year, month, day).
 */
function numberPair(tokens: Token[], b: number, text: string): boolean {
  const t = tokens[b]!.text;
  const next = tokens[b + 1]!.text;
  if (/^\d{4}$/.test(t)) return /^\d{1,2}$/.test(next);
  return (next === '.' || next === '-' || next === '/') && /\d$/.test(t) && b + 2 < tokens.length
    && /^\d/.test(tokens[b + 2]!.text) && !spaced(tokens, b + 1, text) && !spaced(tokens, b + 2, text);
}

/** Words that end a duration ("two weeks ago"): they count only right after a unit. */
const SUFFIXES = new Set(['ago', 'before', 'earlier', 'later']);

/**
 * What an anchor token makes of its cluster: a sign counts only before a number ("-5 days"),
 * "ago" only after a unit and white space ("a year ago", not "year-ago"); other anchors
 * ("in", "last") wait for a unit anywhere in the cluster.
 */
function anchorClass(tokens: Token[], k: number, a: number, w1: number, text: string): number {
  const t = tokens[k]!;
  if (SIGNS.has(t.text)) return k + 1 < w1 && isNumberish(tokens[k + 1]!.lower) ? ANCHOR : SAFE;
  if (!SUFFIXES.has(t.lower)) return ANCHOR;
  return k > a && tokenClass(tokens[k - 1]!.text) === UNIT && spaced(tokens, k, text) ? LIVE : SAFE;
}

/** True when nothing but white space separates token k - 1 from token k. */
function spaced(tokens: Token[], k: number, text: string): boolean {
  const a = tokens[k - 1]!.end;
  const b = tokens[k]!.start;
  if (a === b) return false;
  for (let i = a; i < b; i++) {
    const ch = text.charCodeAt(i);
    if (ch !== 32 && ch !== 10 && ch !== 13 && ch !== 9 && ch !== 0xa0) return false;
  }
  return true;
}

/** One stretch for chrono: text (padded), where its first real character sits in the document, and the pad length. */
export interface Cluster {
  /** token range [a, b) */
  a: number;
  b: number;
  text: string;
  start: number;
  pad: number;
}

/** The clusters of window [w0, w1) that chrono must read, in order. */
export function clustersOf(tokens: Token[], w0: number, w1: number, text: string): Cluster[] {
  const out: Cluster[] = [];
  let i = w0;
  while (i < w1) {
    if (tokenClass(tokens[i]!.text) === INERT) {
      i++;
      continue;
    }
    let a = i;
    while (a > w0 && !spaced(tokens, a, text)) a--;
    let seen = 0;
    let b = a;
    // take every token up to the next spaced inert one
    while (b < w1) {
      const c = tokenClass(tokens[b]!.text);
      if (c === INERT && b > i && spaced(tokens, b, text)) break;
      seen |= 1 << (c === ANCHOR ? anchorClass(tokens, b, a, w1, text) : c);
      if (c === SAFE && b + 1 < w1 && numberPair(tokens, b, text)) seen |= 1 << LIVE;
      b++;
    }
    if (seen & (1 << LIVE) || (seen & (1 << UNIT) && seen & (1 << ANCHOR))) {
      const start = tokens[a]!.start;
      const body = text.slice(start, tokens[b - 1]!.end);
      const left = a > w0 ? 'x ' : '';
      out.push({ a, b, text: left + body + (b < w1 ? ' x' : ''), start, pad: left.length });
    }
    i = b;
  }
  return out;
}
