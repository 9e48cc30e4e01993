import type { Span } from '../../types.js';

const ENDS_BLOCK = /[.!?:]["”’)\]]?\s*$/;
const SHORT_LINE = 50;

/**
 * Paragraph spans. A blank line always separates paragraphs; a single line break does when
 * the line before ends a sentence or is short (a heading) and the next does not start in lower
 * case, or the next line is indented.
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
    const heading = prevLine.length < SHORT_LINE && !/^\p{Ll}/u.test(trimmed);
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
