import type { QuoteContext } from './context.js';
import { npEndingAt, type TokRange } from './np.js';
import { isSentenceEnd, skipBackBetween } from './words.js';

const COMMA_REACH = 20;

/**
 * The subject before a verb at token c: "Mr Putin called", "he also said", "Trump, who said",
 * "Trump, who leads in the polls, mocked" (the phrase before the bracketing commas).
 */
export function subjectBefore(ctx: QuoteContext, c: number, lo: number): TokRange | null {
  const toks = ctx.tokens;
  const k = skipBackBetween(toks, c - 1, lo);
  if (k < lo) return null;
  if (toks[k]!.text !== ',') return npEndingAt(toks, k, lo);
  for (let j = k - 1; j >= lo && j >= k - COMMA_REACH; j--) {
    const t = toks[j]!;
    if (isSentenceEnd(t) || ctx.quoteOf[j]! >= 0) break;
    if (t.text === ',') {
      const np = npEndingAt(toks, skipBackBetween(toks, j - 1, lo), lo);
      if (np) return np;
      break;
    }
  }
  return npEndingAt(toks, k - 1, lo);
}

/** The subject of the clause that token c belongs to: the phrase before the sentence's first verb. */
export function clauseSubject(ctx: QuoteContext, c: number, lo: number): TokRange | null {
  const toks = ctx.tokens;
  let s = c;
  while (s > lo && !isSentenceEnd(toks[s - 1]!) && ctx.quoteOf[s - 1]! < 0) s--;
  for (let k = s; k < c; k++) {
    const t = toks[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return k > s ? subjectBefore(ctx, k, s) : null;
  }
  return null;
}
