import type { Span } from '../../types.js';

const ENDS_BLOCK = /[.!?:]["”’)\]]?\s*$/;
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
  const lineRe = /[^\n]*(?:\n|$)/g;
  let start = -1;
  let end = -1;
  let prevLine = '';
  let m: RegExpExecArray | null;
  while ((m = lineRe.exec(text)) !== null) {
    if (m[0] === '') break;
    const raw = m[0].replace(/\r?\n$/, '');
    const trimmed = raw.trim();
    const lineStart = m.index + (raw.length - raw.trimStart().length);
    if (!trimmed) {
      if (start >= 0) spans.push({ start, end });
      start = -1;
      prevLine = '';
      continue;
    }
    const indented = /^\s/.test(raw);
    const heading = prevLine.length < SHORT_LINE && !/^\p{Ll}/u.test(trimmed) && !RUNS_ON.test(prevLine);
    const breakBefore = start >= 0 && (indented || heading || ENDS_BLOCK.test(prevLine));
    if (breakBefore) {
      spans.push({ start, end });
      start = -1;
    }
    if (start < 0) start = lineStart;
    end = lineStart + trimmed.length;
    prevLine = trimmed;
  }
  if (start >= 0) spans.push({ start, end });
  return spans;
}
