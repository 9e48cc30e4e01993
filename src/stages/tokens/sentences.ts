/**
 * Sentence boundaries over token spans. A sentence ends at . ! ? or … (with any closing quotes or
 * brackets after it) when the next token opens a sentence: a capital, a digit or an opening
 * quote. An abbreviation with its period ("U.S.", "Inc.") ends one only before a common sentence
 * opener; a title ("Mr.", "Gen.") never does. A quote closed by "?" or "!" and followed by a
 * lower-case word ("…?” he asked) goes on.
 */
import { TITLES } from './abbreviations.js';

const TERMINAL = new Set(['.', '!', '?', '...', '…', '....']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '—', '-']);
const STARTERS = new Set([
  'the', 'he', 'she', 'it', 'they', 'we', 'i', 'but', 'in', 'a', 'an', 'this', 'that', 'these', 'those', 'on', 'at',
  'his', 'her', 'its', 'their', 'our', 'there', 'however', 'meanwhile', 'officials', 'after', 'when', 'as', 'and',
  'some', 'many', 'most', 'mr', 'mrs', 'ms', 'if', 'for', 'last', 'earlier', 'later', 'also', 'while', 'both',
]);

/** Returns the index of the first token of each sentence within tokens [t0, t1) (token k is [from[k], to[k])). */
export function sentenceStarts(text: string, from: Int32Array, to: Int32Array, t0: number, t1: number): number[] {
  const starts = [t0];
  for (let k = t0; k < t1 - 1; k++) {
    // every terminal and abbreviation ends in . ! ? or …: skip the rest without slicing
    const last = text.charCodeAt(to[k]! - 1);
    if (last !== 46 && last !== 33 && last !== 63 && last !== 8230) continue;
    const tok = text.slice(from[k]!, to[k]!);
    const abbrev = tok.length > 1 && tok.endsWith('.') && !TERMINAL.has(tok);
    if (!TERMINAL.has(tok) && !abbrev) continue;
    if (abbrev && TITLES.has(tok.toLowerCase())) continue;
    // absorb closing quotes and brackets that hug the terminal
    let e = k + 1;
    while (e < t1 && CLOSERS.has(text[from[e]!]!) && from[e]! === to[e - 1]!) e++;
    if (e >= t1) break;
    const next = text.slice(from[e]!, to[e]!);
    const first = next[0]!;
    let opens = /[\p{Lu}\d]/u.test(first) || OPENERS.has(first);
    if (abbrev) opens = /\p{Lu}/u.test(first) && STARTERS.has(next.toLowerCase());
    if (!opens) continue;
    starts.push(e);
    k = e - 1;
  }
  return starts;
}
