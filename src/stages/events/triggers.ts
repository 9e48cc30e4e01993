/**
 * Trigger detection: one pass over a sentence's tokens; each token's lower-case form looks up the
 * patterns starting with it (a prebuilt map), the longest matching phrase wins, matches do not overlap.
 */
import type { Token } from '../../types.js';
import { classWordIn, lexicon, type CompiledPattern } from './lexicon.js';
import { SENTENCE_END, HARD_BREAK, isVerbish } from './words.js';

export interface Trigger {
  cp: CompiledPattern;
  /** first token (the head) and last+1 token of the matched phrase */
  t0: number;
  t1: number;
}

const DEGREE = new Set(['most', 'more', 'less', 'least', 'very', 'so', 'too', 'highly']);
const SUBJECT = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they', 'who']);
const NOMINAL_BEFORE = new Set(['DET', 'ADP', 'NUM', 'PART']);

/** Matches a compiled phrase at token i; returns the end token index or -1. */
function matchAt(cp: CompiledPattern, tokens: Token[], i: number, end: number): number {
  let k = i;
  const els = cp.elements;
  for (let e = 0; e < els.length; e++) {
    const el = els[e]!;
    if ('gap' in el) {
      const nextEl = els[e + 1];
      if (!nextEl || !('forms' in nextEl)) return -1;
      let found = -1;
      for (let g = 0; g <= el.gap && k + g < end; g++) {
        const t = tokens[k + g]!;
        if (nextEl.forms.has(t.lower)) { found = k + g; break; }
        const participle = t.pos === 'VERB' && /(ed|en)$/.test(t.lower) && ['DET', 'ADJ'].includes(tokens[k + g - 1]?.pos ?? '');
        if ((isVerbish(t.pos) && !participle) || SENTENCE_END.has(t.text) || HARD_BREAK.has(t.text) || t.text === ',') break;
      }
      if (found < 0) return -1;
      k = found + 1;
      e++;
      continue;
    }
    if (k >= end || !el.forms.has(tokens[k]!.lower)) return -1;
    k++;
  }
  return k;
}

/** How well the head token's part of speech fits the pattern's: negative means reject. */
function posFit(cp: CompiledPattern, tokens: Token[], i: number, s0: number): number {
  const t = tokens[i]!;
  const prev = i > s0 ? tokens[i - 1]! : null;
  const pos = cp.pattern.pos;
  if (pos === 'verb') {
    // a gerund opening the sentence or following a verb or determiner is an event noun ("Fighting between…", "reported shelling")
    if (t.lower.endsWith('ing') && (!prev || prev.pos === 'DET' || prev.pos === 'ADJ' || prev.pos === 'VERB' || DEGREE.has(prev.lower))) return -1;
    // a particle or adverb ("fighting back"), or a noun after a modifier ("a test ban"), is not this verb
    if ((t.pos === 'ADV' || t.pos === 'ADP' || t.pos === 'PART') && cp.elements.length === 1) return -1;
    if (t.pos === 'NOUN' && prev?.pos === 'NOUN' && !/(ed|en)$/.test(t.lower)) return -1;
    // "at a Philippine supply boat": a noun modifying the noun after it, inside a noun phrase
    if (t.pos === 'NOUN' && prev && tokens[i + 1]?.pos === 'NOUN' && (prev.pos === 'ADJ' || prev.pos === 'DET' || (prev.pos === 'PROPN' && i - 1 > s0 && NOMINAL_BEFORE.has(tokens[i - 2]!.pos)))) return -1;
    // "settled charges with the SEC": a noun right after a verb is its object, not another verb
    if (t.pos === 'NOUN' && prev?.pos === 'VERB' && !/(ed|en)$/.test(t.lower)) return -1;
    if (prev && prev.text === '-') return -1; // "long-threatened invasion": part of a compound adjective
    if (isVerbish(t.pos)) return 2;
    if (prev && NOMINAL_BEFORE.has(prev.pos) && prev.lower !== 'to') return -1; // "a strike", "the return"
    return 0;
  }
  if (pos === 'noun') {
    if (t.pos === 'NOUN' || t.pos === 'PROPN') return 2;
    if (prev && (prev.lower === 'to' || prev.pos === 'AUX' || SUBJECT.has(prev.lower))) return -1; // "to talk", "they talk"
    return 0;
  }
  return 1;
}

/** All triggers of the sentence tokens [s0, s1), in order, non-overlapping. */
export function findTriggers(tokens: Token[], s0: number, s1: number): Trigger[] {
  const { byFirst, firstWords } = lexicon();
  const out: Trigger[] = [];
  for (let i = s0; i < s1; i++) {
    const t = tokens[i]!;
    if (!firstWords.has(t.lower)) continue;
    const list = byFirst.get(t.lower);
    if (!list) continue;
    // a capitalised word inside a sentence is a name ("March", "Strike Force"), not a trigger
    if ((t.shape === 'Xx' || t.shape === 'X') && !t.first && t.text.length > 1) continue;
    let best: Trigger | null = null;
    let bestScore = -Infinity;
    for (const cp of list) {
      const fit = posFit(cp, tokens, i, s0);
      if (fit < 0) continue;
      const end = matchAt(cp, tokens, i, s1);
      if (end < 0) continue;
      // a word of the pattern's except class nearby cancels it ("a deal struck", "joint drills"), so another pattern may match
      if (cp.pattern.except && classWordIn(tokens, Math.max(s0, i - 3), Math.min(s1, end + 3), cp.pattern.except)) continue;
      const score = (end - i) * 10 + cp.elements.length * 5 + fit - cp.order / 10000;
      if (score > bestScore) { bestScore = score; best = { cp, t0: i, t1: end }; }
    }
    if (best) {
      out.push(best);
      i = best.t1 - 1;
    }
  }
  return out;
}
