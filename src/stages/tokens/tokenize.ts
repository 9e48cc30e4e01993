/**
 * A fast rule tokenizer with exact offsets (PTB-like): clitics split ("do" "n't", "Putin" "'s"),
 * abbreviations and initials keep their period ("Mr.", "U.S.", "J."), numbers keep their inner
 * punctuation ("1,000", "3.5", "2021-08-23"), hyphens split where a capital or digit follows
 * ("Moscow-led" → Moscow - led) but not inside lower-case compounds ("co-operate").
 */
import { ABBREVIATIONS } from './abbreviations.js';

const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;
const LETTER = /\p{L}/u;

/**
 * The char code at k, or -1 past the end (as NaN, it matches no test). Reading past the end with
 * charCodeAt would deoptimise the hot loops the first time a text ends inside a word.
 */
const at = (text: string, k: number) => (k < text.length ? text.charCodeAt(k) : -1);

/** A letter, mark, number or underscore at text[k]: ASCII by char code, the rest by the unicode regex. */
function isWord(text: string, k: number): boolean {
  const c = at(text, k);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
  return c === c && WORD_CHAR.test(text[k]!);
}

const isDigit = (text: string, k: number) => { const c = at(text, k); return c >= 48 && c <= 57; };

function isLetter(text: string, k: number): boolean {
  const c = at(text, k);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return c === c && LETTER.test(text[k]!);
}
const CLITIC = /(?:n['’]t|['’](?:s|re|ve|ll|d|m|S|RE|VE|LL|D|M))$/;
const ACRONYM = /^(?:\p{L}\.){2,}$/u;
const URLISH = /^(?:https?:\/\/|www\.)\S+|^[\w.+-]+@[\w-]+\.[\w.]+|^[@#][\p{L}\p{N}_]+/u;
const SPACE = /[\s\u200b\u2060]/u;
const TIME_PREFIX = /^(?:mid|early|late|end|pre|post)$/i;
/** Digits at text[k, end) from k: the index after them. */
function digitsFrom(text: string, k: number, end: number): number {
  while (k < end && isDigit(text, k)) k++;
  return k;
}

/**
 * text[start, end) is a whole number as /^\d+(?:[.,:/]\d+)*(?:-\d+){0,2}$/ says ("1,000", "3.5",
 * "2021-08-23"), read without slicing: each group opens with its own separator, so one greedy pass
 * finds the regex's match.
 */
function isNumber(text: string, start: number, end: number): boolean {
  let k = digitsFrom(text, start, end);
  if (k === start) return false;
  for (;;) {
    const c = k < end ? text.charCodeAt(k) : -1;
    if (c !== 46 && c !== 44 && c !== 58 && c !== 47) break;
    const d = digitsFrom(text, k + 1, end);
    if (d === k + 1) break;
    k = d;
  }
  for (let dashes = 0; dashes < 2 && k < end && text.charCodeAt(k) === 45; dashes++) {
    const d = digitsFrom(text, k + 1, end);
    if (d === k + 1) break;
    k = d;
  }
  return k === end;
}

/** Inner characters of a word run seen while scanning it (pushWord splits only where they are). */
const HYPHEN = 1;
const APOSTROPHE = 2;

/** Token spans as two parallel growable offset arrays: token k is [starts[k], ends[k]). */
export class Spans {
  starts = new Int32Array(256);
  ends = new Int32Array(256);
  length = 0;

  push(start: number, end: number): void {
    if (this.length === this.starts.length) {
      const grow = (a: Int32Array) => { const b = new Int32Array(a.length * 2); b.set(a); return b; };
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
    }
    this.starts[this.length] = start;
    this.ends[this.length++] = end;
  }
}

/** Token spans [start, end) over `text`, into `out` (emptied first) when given. */
export function tokenize(text: string, out = new Spans()): Spans {
  out.length = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // space, newline, tab, carriage return, or any other white space past ASCII
    if (c === 32 || c === 10 || c === 9 || c === 13 || (c > 126 && SPACE.test(text[i]!))) { i++; continue; }
    // "@", "#", or "h"/"w" opening a URL
    if (c === 64 || c === 35 || (c === 104 && at(text, i + 1) === 116 && text.startsWith('http', i)) || (c === 119 && at(text, i + 1) === 119 && text.startsWith('www.', i))) {
      const m = URLISH.exec(text.slice(i, i + 300));
      if (m) {
        const len = m[0].replace(/[.,;:!?)\]"'”’]+$/, '').length;
        out.push(i, i + len);
        i += len;
        continue;
      }
    }
    if (isWord(text, i)) {
      let j = i + 1;
      let marks = 0; // HYPHEN, APOSTROPHE: inner characters the word's splitting looks for
      // a run of word characters with inner apostrophes, periods (U.S., 3.5), commas in numbers, hyphens
      while (j < n) {
        if (isWord(text, j)) { j++; continue; }
        const d = at(text, j);
        if ((d === 39 || d === 8217) && isWord(text, j + 1)) { marks |= APOSTROPHE; j++; continue; }
        if ((d === 46 || d === 44 || d === 58 || d === 47) && isDigit(text, j - 1) && isDigit(text, j + 1)) { j++; continue; }
        if (d === 46 && isLetter(text, j + 1) && (j - i === 1 || at(text, j - 2) === 46)) { j++; continue; }
        if (d === 45 && isWord(text, j + 1)) { marks |= HYPHEN; j++; continue; }
        break;
      }
      i = pushWord(text, i, j, out, marks);
      continue;
    }
    if (c === 46 && at(text, i + 1) === 46) {
      let j = i;
      while (at(text, j) === 46) j++;
      out.push(i, j);
      i = j;
      continue;
    }
    if (c === 45 && at(text, i + 1) === 45) { out.push(i, i + 2); i += 2; continue; }
    out.push(i, i + 1);
    i++;
  }
  return out;
}

/** Splits one run of word characters into tokens (hyphens, clitics, a final period); returns its end. */
function pushWord(text: string, start: number, end: number, out: Spans, marks: number): number {
  // a trailing period belongs to abbreviations, acronyms and initials ("No." only before a number)
  if (at(text, end) === 46) {
    const word = text.slice(start, end);
    const lower = word.toLowerCase();
    if (ABBREVIATIONS.has(lower) || (word.length <= 2 && /^\p{Lu}$/u.test(word)) || ACRONYM.test(word + '.') || ((lower === 'no' || lower === 'nos') && /^\.\s?\d/.test(text.slice(end, end + 3)))) end++;
  }
  if (isDigit(text, start) && isNumber(text, start, end)) {
    out.push(start, end);
    return end;
  }
  // split every hyphen inside a word, as the knowledge lexicons expect (cease - fire, Moscow - led),
  // but keep time prefixes on a year or month whole (mid-2025, early-June)
  const apostrophe = (marks & APOSTROPHE) !== 0;
  if ((marks & HYPHEN) === 0) {
    pushClitics(text, start, end, out, apostrophe);
    return end;
  }
  let from = start;
  for (let k = start + 1; k < end - 1; k++) {
    if (text.charCodeAt(k) !== 45) continue;
    if (from === start && TIME_PREFIX.test(text.slice(start, k)) && /[\d\p{Lu}]/u.test(text[k + 1]!)) continue;
    pushClitics(text, from, k, out, apostrophe);
    out.push(k, k + 1);
    from = k + 1;
  }
  pushClitics(text, from, end, out, apostrophe);
  return end;
}

/** Pushes text[start, end), split before a clitic; `apostrophe`: the word has one somewhere (else no clitic can be). */
function pushClitics(text: string, start: number, end: number, out: Spans, apostrophe: boolean): void {
  if (end <= start) return;
  if (!apostrophe) {
    out.push(start, end);
    return;
  }
  // every clitic holds an apostrophe: look for one before slicing
  let found = false;
  for (let k = start + 1; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 39 || c === 8217) { found = true; break; }
  }
  const m = found ? CLITIC.exec(text.slice(start, end)) : null;
  if (m && m.index > 0) {
    out.push(start, start + m.index);
    out.push(start + m.index, end);
    return;
  }
  out.push(start, end);
}
