import type { Token } from '../../types.js';

/**
 * The words of a document as the context lexicon sees them: lower-cased, hyphenated words split
 * into parts. Kept as parallel arrays (unit i is w[i], start[i], …) in one buffer reused from
 * one document to the next, so that matching allocates nothing per token; only the first `n`
 * entries belong to the current document.
 */
export interface Units {
  n: number;
  w: string[];
  start: number[];
  end: number[];
  sent: number[];
  /** the word is capitalised in the text */
  cap: boolean[];
}

const DASH = /^[-–]$/;
const POSSESSIVE = /^['’]s?$/;
const HYPHENATED = /[\p{L}\p{N}][-–][\p{L}\p{N}]/u;
const CAPITALISED = /^\p{Lu}/u;

const buffer: Units = { n: 0, w: [], start: [], end: [], sent: [], cap: [] };

function push(u: Units, w: string, start: number, end: number, sent: number, cap: boolean): void {
  const i = u.n++;
  u.w[i] = w;
  u.start[i] = start;
  u.end[i] = end;
  u.sent[i] = sent;
  u.cap[i] = cap;
}

/**
 * Tokens to matching units, in one pass: "drug-trafficking" (one token or three) becomes
 * drug + trafficking, a possessive 's attached to its word is dropped, and punctuation stays
 * as a unit so that no phrase matches across it. Returns the shared buffer, valid until the next call.
 */
export function toUnits(tokens: Token[]): Units {
  const out = buffer;
  out.n = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const lower = t.lower;
    const c0 = lower.charCodeAt(0);
    if (t.shape === 'p' || c0 === 39 || c0 === 8217) {
      // guarded reads, not tokens[-1] or tokens[length]: an out-of-bounds read deoptimises the loop
      const prev = i > 0 ? tokens[i - 1] : undefined;
      const attachedBefore = !!prev && prev.end === t.start && prev.sent === t.sent;
      if (attachedBefore && POSSESSIVE.test(lower)) continue;
      const next = i + 1 < tokens.length ? tokens[i + 1] : undefined;
      if (DASH.test(t.text) && attachedBefore && next && next.start === t.end && next.sent === t.sent) continue;
    }
    const text = t.text;
    if (text.length > 2 && (text.includes('-') || text.includes('–')) && HYPHENATED.test(text)) {
      let at = 0;
      for (const part of lower.split(/[-–]/)) {
        const cap = CAPITALISED.test(text.slice(at));
        if (part) push(out, part, t.start + at, t.start + at + part.length, t.sent, cap);
        at += part.length + 1;
      }
      continue;
    }
    push(out, lower.includes('’') ? lower.replace(/’/g, "'") : lower, t.start, t.end, t.sent, t.shape === 'Xx' || t.shape === 'X');
  }
  return out;
}
