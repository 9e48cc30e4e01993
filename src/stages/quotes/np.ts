import type { Token } from '../../types.js';
import { SPEAKER_PRONOUNS, isNPHead, isNPToken, isTimeWord } from './words.js';

/** A token range [t0, t1). */
export interface TokRange {
  t0: number;
  t1: number;
  /** the head token when it is not the last one ("Officials in Kabul" → Officials) */
  head?: number;
}

/** Prepositions that attach a phrase to the speaker ("officials in Kabul", "posters across Kano"). */
const PP_JOIN = new Set(['in', 'from', 'at', 'across', 'for', 'with', 'within', 'near', 'outside', 'inside', 'throughout', 'on', 'close']);

const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those']);

export const headOf = (r: TokRange) => r.head ?? r.t1 - 1;

const MAX_NP = 10;

/** The speaker noun phrase ending at token k (inclusive), scanning back no further than lo. */
export function npEndingAt(tokens: Token[], k: number, lo: number): TokRange | null {
  if (k < lo) return null;
  if (tokens[k]!.text === ')') {
    // a parenthetical after the name: "Sen. Ron Johnson (R-Wis.)"
    for (let j = k - 1; j >= lo && j > k - 8; j--) {
      if (tokens[j]!.text !== '(') continue;
      const inner = npEndingAt(tokens, j - 1, lo);
      return inner ? { t0: inner.t0, t1: k + 1, head: headOf(inner) } : null;
    }
    return null;
  }
  const t = tokens[k]!;
  if (SPEAKER_PRONOUNS[t.lower]) return { t0: k, t1: k + 1, head: undefined };
  if (t.lower === 'who' && k - 2 >= lo && tokens[k - 1]!.text === ',') {
    const np = npEndingAt(tokens, k - 2, lo);
    return np ? { t0: np.t0, t1: k + 1, head: headOf(np) } : null;
  }
  if (!isNPHead(t)) return null;
  let j = k;
  while (j - 1 >= lo && k - j + 1 < MAX_NP && (npTokenAt(tokens, j - 1) || isOfInName(tokens, j - 1, lo))) j--;
  // a capitalised sentence opener that is not a name ("Yesterday", "But") does not belong to the phrase
  while (j < k && !isNPToken(tokens[j]!)) j++;
  const prep = tokens[j - 1];
  if (prep && j - 2 >= lo && PP_JOIN.has(prep.lower) && t.shape !== 'x') {
    const outer = npEndingAt(tokens, j - 2, lo);
    if (outer && !SPEAKER_PRONOUNS[tokens[j - 2]!.lower]) return { t0: outer.t0, t1: k + 1, head: headOf(outer) };
  }
  return { t0: j, t1: k + 1, head: undefined };
}

/** "of" inside a title ("Secretary of State John Kerry", "the secretary of Russia's security council"). */
function isOfInName(tokens: Token[], i: number, lo: number): boolean {
  if (tokens[i]!.lower !== 'of' || i - 1 < lo) return false;
  const prev = tokens[i - 1]!;
  return prev.pos === 'NOUN' || prev.pos === 'PROPN';
}

/** The speaker noun phrase starting at token k, ending before hi. Leading time words are skipped. */
export function npStartingAt(tokens: Token[], k: number, hi: number): TokRange | null {
  while (k < hi && isTimeWord(tokens[k]!)) k++;
  if (k >= hi) return null;
  const t = tokens[k]!;
  if (SPEAKER_PRONOUNS[t.lower]) return { t0: k, t1: k + 1, head: undefined };
  // "this source", "that official": a demonstrative before a common noun
  const next = tokens[k + 1];
  const demonstrative = DEMONSTRATIVES.has(t.lower) && k + 1 < hi && !!next && next.shape === 'x' && (next.pos === 'NOUN' || next.pos === 'ADJ');
  if (!isNPToken(t) && !demonstrative) return null;
  let j = demonstrative ? k + 1 : k;
  while (j < hi && j - k < MAX_NP && (npTokenAt(tokens, j) || (tokens[j]!.lower === 'of' && j > k && j + 1 < hi && isNPHead(tokens[j + 1]!)))) j++;
  // trim trailing time words and modifiers so the phrase ends on its head
  while (j > k && (!isNPHead(tokens[j - 1]!) || isTimeWord(tokens[j - 1]!)) && !mistaggedHead(tokens, j - 1, k, hi)) j--;
  if (j <= k) return null;
  if (tokens[j]?.text === '(') {
    // a parenthetical after the name: "Rep. Gregory Meeks (D-N.Y.) said"
    for (let e = j + 1; e < hi && e < j + 8; e++) if (tokens[e]!.text === ')') return { t0: k, t1: e + 1, head: j - 1 };
  }
  return { t0: k, t1: j, head: undefined };
}

/** A noun the tagger read as an adjective at the end of a phrase ("said the fire chief."). */
function mistaggedHead(tokens: Token[], i: number, k: number, hi: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  return t.pos === 'ADJ' && i > k && tokens[i - 1]!.pos === 'NOUN' && (i + 1 >= hi || !next || next.shape === 'p');
}

/** An NP token in context: a bare apostrophe counts only as a plural possessive ("the Smiths' lawyer"). */
function npTokenAt(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  // the second half of a hyphenated compound ("conservative-leaning", "43-year-old")
  const h = tokens[i - 1];
  if (h && h.text === '-' && h.end === t.start && tokens[i - 2]?.end === h.start && t.shape === 'x') return true;
  if (t.text === '-' || t.text === '&') {
    // only inside a word ("Coca-Cola", "AT&T"), not as a spaced dash
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    return !!prev && !!next && prev.end === t.start && next.start === t.end;
  }
  if (t.text !== "'" && t.text !== '’') return isNPToken(t);
  const prev = tokens[i - 1];
  return !!prev && prev.end === t.start && /s$/i.test(prev.text);
}
