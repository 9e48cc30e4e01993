import type { Paragraph } from '../../types.js';

/** A span of quoted text found from its marks. Character offsets into doc.text. */
export interface QuoteMarks {
  /** offset of the opening mark */
  open: number;
  /** length of the opening mark (2 for a doubled apostrophe '') */
  openLen: number;
  /** offset of the closing mark (or the paragraph end when unclosed) */
  close: number;
  /** offset just after the closing mark */
  after: number;
  /** content span: inside the marks */
  start: number;
  end: number;
  /** first and last paragraph it covers */
  para0: number;
  para1: number;
  /** offset of the opening mark of the first piece: the pieces of a multi-paragraph quote share it */
  group: number;
  /** how the marks were read; double-continued: a piece that goes on in the next paragraph */
  kind: 'double' | 'single' | 'double-unclosed' | 'double-continued';
}

const isSpace = (c: string | undefined) => c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';
const LETTER = /\p{L}|\p{N}/u;
const isLetter = (c: string | undefined) => c !== undefined && LETTER.test(c);
const OPEN_BEFORE = new Set(['(', '[', '—', '–', '―', '-', '/', '“', '"', ':']);
/** words that start with an elision apostrophe, not an opening quote */
const ELISIONS = new Set(['em', 'til', 'tis', 'twas', 'cause', 'n', 'bout', 's']);

/** Length of a double quotation mark at i: 1, 2 for a doubled apostrophe (''), or 0. */
function doubleMarkLen(text: string, i: number): number {
  const c = text[i];
  if (c === '“' || c === '”' || c === '"' || c === '„' || c === '«' || c === '»') return 1;
  return c === "'" && text[i + 1] === "'" ? 2 : 0;
}

function opensDouble(text: string, i: number, end: number): boolean {
  const c = text[i];
  if (c === '“' || c === '„' || c === '«') return true;
  if (c !== '"' && !(c === "'" && text[i + 1] === "'")) return false;
  // a straight mark opens when it is not glued to a preceding word
  const after = text[i + (c === '"' ? 1 : 2)];
  return i + 1 < end && !isSpace(after) && after !== '>' && text[i - 1] !== '=';
}

/** End of a markup tag starting at i ("<tweet id=…>"), or i when there is none. */
function skipTag(text: string, i: number, end: number): number {
  if (!/[a-z/]/i.test(text[i + 1] ?? '')) return i;
  const close = text.indexOf('>', i);
  return close > i && close < end && close - i < 400 ? close : i;
}

function closesSingleAt(text: string, i: number): boolean {
  const c = text[i];
  if (c !== '’' && c !== "'") return false;
  return !isSpace(text[i - 1]) && !isLetter(text[i + 1]);
}

function opensSingleAt(text: string, i: number, end: number): boolean {
  const c = text[i];
  if (c !== '‘' && c !== "'") return false;
  const prev = text[i - 1];
  if (!(i === 0 || isSpace(prev) || OPEN_BEFORE.has(prev!))) return false;
  if (i + 1 >= end || isSpace(text[i + 1]) || /\d/.test(text[i + 1]!)) return false;
  if (c === "'") {
    let j = i + 1;
    while (j < end && /[a-z]/i.test(text[j]!)) j++;
    if (ELISIONS.has(text.slice(i + 1, j).toLowerCase()) && !isLetter(text[j])) return false;
  }
  return true;
}

/** Single-quoted spans inside one stretch of unquoted text (British style, headlines). */
function singleQuotes(text: string, cands: Cands, from: number, to: number, para: number, out: QuoteMarks[]): void {
  let open = -1;
  for (let n = cands.first(from); n < cands.at.length && cands.at[n]! < to; n++) {
    const i = cands.at[n]!;
    const c = text[i];
    if (c !== '‘' && c !== '’' && c !== "'") continue;
    if (open < 0) {
      if (opensSingleAt(text, i, to)) open = i;
    } else if (closesSingleAt(text, i) && i > open + 1) {
      out.push({ open, openLen: 1, close: i, after: i + 1, start: open + 1, end: i, para0: para, para1: para, group: open, kind: 'single' });
      open = -1;
    }
  }
}

/** Offsets of every character that may be a quotation mark or open a tag, found in one pass. */
interface Cands {
  at: number[];
  /** index of the first candidate at or after an offset */
  first(offset: number): number;
}

const CANDIDATE = /[“”"„«»'‘’<]/g;

function candidates(text: string): Cands {
  const at: number[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) at.push(m.index);
  return {
    at,
    first(offset) {
      let lo = 0;
      let hi = at.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (at[mid]! < offset) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
  };
}

const FORMAT_CHARS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** A ” at candidate n that opens a quote: after a space or the paragraph start, before a word, with another ” later in the paragraph. */
function reversedOpen(text: string, cands: Cands, n: number, end: number): boolean {
  const i = cands.at[n]!;
  const prev = text[i - 1];
  if (!(isSpace(prev) || FORMAT_CHARS.test(prev!) || prev === '(')) return false;
  if (!isLetter(text[i + 1]) && text[i + 1] !== '…' && !(text[i + 1] === ' ' && text[i + 2] === '…')) return false;
  for (let m = n + 1; m < cands.at.length && cands.at[m]! < end; m++) if (text[cands.at[m]!] === text[i]) return true;
  return false;
}

interface Open {
  open: number;
  len: number;
  para0: number;
  group: number;
  straight: boolean;
  depth: number;
  /** curly marks nested inside a straight quote */
  inner: number;
}

/**
 * Finds quoted spans paragraph by paragraph in one linear pass. Double marks (curly or straight)
 * pair up; marks nested inside a quote stay part of it. A paragraph that opens a quote without
 * closing it continues into the next paragraph when that one opens with a quote mark: the quote
 * is then returned as one piece per paragraph, all with the same group.
 */
export function findQuoteMarks(text: string, paragraphs: Paragraph[]): QuoteMarks[] {
  const out: QuoteMarks[] = [];
  const cands = candidates(text);
  let cur = null as Open | null;
  for (let p = 0; p < paragraphs.length; p++) {
    const { start, end } = paragraphs[p]!;
    let i = start;
    if (cur) {
      const prev = paragraphs[p - 1]!;
      // one object literal with every field (not a spread of a partial one): a single hidden class for all marks
      const c = cur;
      const piece = (kind: QuoteMarks['kind']): QuoteMarks =>
        ({ open: c.open, openLen: c.len, close: prev.end, after: prev.end, start: c.open + c.len, end: prev.end, para0: c.para0, para1: p - 1, group: c.group, kind });
      if (opensDouble(text, i, end)) {
        // the quote goes on: this paragraph's opening mark starts its next piece
        out.push(piece('double-continued'));
        const len = doubleMarkLen(text, i);
        cur = { open: i, len, para0: p, group: cur.group, straight: text[i] === '"' || len === 2, depth: 1, inner: 0 };
        i += len;
      } else {
        out.push(piece('double-unclosed'));
        cur = null;
      }
    }
    let plainFrom = i;
    for (let n = cands.first(i); n < cands.at.length && cands.at[n]! < end; n++) {
      if (cands.at[n]! < i) continue;
      i = cands.at[n]!;
      const c = text[i];
      if (c === '<' && !cur) {
        i = skipTag(text, i, end) + 1;
        continue;
      }
      const len = doubleMarkLen(text, i);
      if (len === 0) continue;
      if (!cur) {
        // a closing mark typed as the opening one ("… Instagram. ”Fear. I am …”") opens; any other is stray
        const reversed = c === '”' || c === '»';
        if (reversed && !reversedOpen(text, cands, n, end)) continue;
        if (!reversed && !opensDouble(text, i, end)) {
          i += len;
          continue;
        }
        singleQuotes(text, cands, plainFrom, i, p, out);
        cur = { open: i, len, para0: p, group: i, straight: c === '"' || len === 2, depth: 1, inner: 0 };
        i += len;
        continue;
      }
      // "…you at all,'''": an inner single quote closes first, the doubled apostrophe after it
      if (cur.straight && len === 2 && cur.len === 2 && text[i + 2] === "'") i++;
      if (cur.straight) {
        // mixed marks ("… ”) close too
        if (c === '“') cur.inner++;
        else if (c === '”' && cur.inner > 0) cur.inner--;
        else if ((c === '"' && cur.len === 1) || (len === 2 && cur.len === 2) || c === '”') cur.depth = 0;
      } else if (c === '“' && cur.depth === 1 && !isSpace(text[i - 1]) && !isLetter(text[i + 1])) cur.depth = 0; // a closing mark typed as “
      else if (c === '“' || c === '„' || c === '«') cur.depth++;
      else if (c === '”' || c === '»') cur.depth--;
      else if (c === '"' && cur.depth === 1 && !isSpace(text[i - 1]) && !isLetter(text[i + 1])) cur.depth = 0;
      if (cur.depth === 0) {
        if (i > cur.open + cur.len) out.push({ open: cur.open, openLen: cur.len, close: i, after: i + len, start: cur.open + cur.len, end: i, para0: cur.para0, para1: p, group: cur.group, kind: 'double' });
        cur = null;
        plainFrom = i + len;
      }
      i += len;
    }
    if (!cur) singleQuotes(text, cands, plainFrom, end, p, out);
    else if (p === paragraphs.length - 1) {
      out.push({ open: cur.open, openLen: cur.len, close: end, after: end, start: cur.open + cur.len, end, para0: cur.para0, para1: p, group: cur.group, kind: 'double-unclosed' });
      cur = null;
    }
  }
  return out.filter((q) => text.slice(q.start, q.end).trim().length > 0).sort((a, b) => a.open - b.open);
}
