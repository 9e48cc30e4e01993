import type { Span } from '../../types.js';

const SHORT_LINE = 50;
/** A line ending like this goes on: a possessive, a comma or hyphen, or a word that never ends a heading. */
const RUNS_ON = /(?:['’]s|[,\-–]|\b(?:of|the|a|an|and|or|to|in|on|for|by|with|at|from|said))$/u;

/**
 * Paragraph spans. A blank line always separates paragraphs; a single line break does when
 * the line before ends a sentence or is short (a heading) and the next does not start in lower
 * case, or the next line is indented. A short line that ends in a possessive, a comma or a
 * function word ("...backing of the People's" / "Republic of China") runs on: no heading ends so.
 * Otherwise it is a soft wrap inside a paragraph (hard-wrapped wire copy).
 */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  const n = text.length;
  let start = -1;
  let end = -1;
  // the previous non-blank line, trimmed: [prevStart, prevEnd) (empty after a blank line)
  let prevStart = 0;
  let prevEnd = 0;
  let pos = 0;
  while (pos < n) {
    // one line without its "\n" (and a "\r" before it), as /[^\n]*(?:\n|$)/g and /\r?\n$/ cut it
    const nl = text.indexOf('\n', pos);
    let rawEnd = nl < 0 ? n : nl;
    if (nl >= 0 && rawEnd > pos && text.charCodeAt(rawEnd - 1) === 13) rawEnd--;
    const next = nl < 0 ? n : nl + 1;
    // trimmed to [ts, te) as String.prototype.trim does
    let ts = pos;
    while (ts < rawEnd && isSpace(text, ts)) ts++;
    let te = rawEnd;
    while (te > ts && isSpace(text, te - 1)) te--;
    if (ts === te) {
      if (start >= 0) spans.push({ start, end });
      start = -1;
      prevStart = prevEnd = 0;
      pos = next;
      continue;
    }
    const indented = ts > pos;
    const heading = prevEnd - prevStart < SHORT_LINE && !startsLower(text, ts) && !RUNS_ON.test(text.slice(prevStart, prevEnd));
    const breakBefore = start >= 0 && (indented || heading || endsBlock(text, prevStart, prevEnd));
    if (breakBefore) {
      spans.push({ start, end });
      start = -1;
    }
    if (start < 0) start = ts;
    end = te;
    prevStart = ts;
    prevEnd = te;
    pos = next;
  }
  if (start >= 0) spans.push({ start, end });
  return spans;
}

const SPACE = /\s/;
const LOWER_START = /^\p{Ll}/u;

/** text[k] is white space or a line break (what trim removes and \s matches). */
function isSpace(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(text[k]!);
}

/** The line at k starts with a lower-case letter (a code point, as /^\p{Ll}/u reads it). */
function startsLower(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER_START.test(text.slice(k, k + 2));
}

/** A trimmed line [s, e) ends a block as ENDS_BLOCK says: . ! ? or : at its end, or before one closing quote or bracket. */
function endsBlock(text: string, s: number, e: number): boolean {
  if (e <= s) return false;
  const isEnd = (c: number) => c === 46 || c === 33 || c === 63 || c === 58;
  const last = text.charCodeAt(e - 1);
  if (isEnd(last)) return true;
  const closer = last === 34 || last === 8221 || last === 8217 || last === 41 || last === 93;
  return closer && e - 2 >= s && isEnd(text.charCodeAt(e - 2));
}
