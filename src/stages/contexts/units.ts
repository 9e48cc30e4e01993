import type { Token } from '../../types.js';

/** A word as the context lexicon sees it: lower-cased, hyphenated words split into parts. */
export interface Unit {
  w: string;
  start: number;
  end: number;
  sent: number;
  /** the word is capitalised in the text */
  cap: boolean;
}

const DASH = /^[-–]$/;
const POSSESSIVE = /^['’]s?$/;

/**
 * Tokens to matching units, in one pass: "drug-trafficking" (one token or three) becomes
 * drug + trafficking, a possessive 's attached to its word is dropped, and punctuation stays
 * as a unit so that no phrase matches across it.
 */
export function toUnits(tokens: Token[]): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (t.shape === 'p' || t.lower.charCodeAt(0) === 39 || t.lower.charCodeAt(0) === 8217) {
      const attachedBefore = !!prev && prev.end === t.start && prev.sent === t.sent;
      if (attachedBefore && POSSESSIVE.test(t.lower)) continue;
      if (DASH.test(t.text) && attachedBefore && next && next.start === t.end && next.sent === t.sent) continue;
    }
    if (t.text.length > 2 && (t.text.includes('-') || t.text.includes('–')) && /[\p{L}\p{N}][-–][\p{L}\p{N}]/u.test(t.text)) {
      let at = 0;
      for (const part of t.lower.split(/[-–]/)) {
        const cap = /^\p{Lu}/u.test(t.text.slice(at));
        if (part) out.push({ w: part, start: t.start + at, end: t.start + at + part.length, sent: t.sent, cap });
        at += part.length + 1;
      }
      continue;
    }
    out.push({ w: t.lower.includes('’') ? t.lower.replace(/’/g, "'") : t.lower, start: t.start, end: t.end, sent: t.sent, cap: t.shape === 'Xx' || t.shape === 'X' });
  }
  return out;
}
