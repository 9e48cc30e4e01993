/** Small helpers to look at the words around a span of the document text. */

export interface Word {
  word: string;
  start: number;
  end: number;
}

const isLetter = (ch: string) => /[\p{L}\p{N}]/u.test(ch);

/** The word ending right before `pos` (skipping spaces only), or null. */
export function wordBefore(text: string, pos: number): Word | null {
  let end = pos;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\u00a0')) end--;
  let start = end;
  while (start > 0 && isLetter(text[start - 1]!)) start--;
  if (start === end) return null;
  return { word: text.slice(start, end), start, end };
}

/** The word starting right after `pos` (skipping spaces only), or null. */
export function wordAfter(text: string, pos: number): Word | null {
  let start = pos;
  while (start < text.length && (text[start] === ' ' || text[start] === '\u00a0')) start++;
  let end = start;
  while (end < text.length && isLetter(text[end]!)) end++;
  if (start === end) return null;
  return { word: text.slice(start, end), start, end };
}

export const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);

export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];
export const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
