import { cueAt, verbAt, type QuoteContext } from './context.js';
import { headOf, npEndingAt, type TokRange } from './np.js';
import { isVerb, skipBackBetween } from './words.js';

const COMMA_REACH = 30;

/**
 * The subject before a verb at token c: "Mr Putin called", "he also said", "Trump, who said",
 * "Trump, who leads in the polls, mocked" (the phrase before the bracketing commas). With strict
 * set, a phrase before commas counts only when it opens its clause.
 */
export function subjectBefore(ctx: QuoteContext, c: number, lo: number, strict = false): TokRange | null {
  const toks = ctx.tokens;
  const k = skipBackBetween(toks, c - 1, lo);
  if (k < lo) return null;
  const w = toks[k]!.lower;
  // a relative pronoun: "a message that said", "Trump, who said"
  if ((w === 'that' || w === 'which' || w === 'who') && k - 1 >= lo) {
    const j = toks[k - 1]!.text === ',' ? k - 2 : k - 1;
    const np = npEndingAt(toks, j, lo);
    // the span keeps the relative pronoun: "Trump, who"
    return np ? { t0: np.t0, t1: k + 1, head: headOf(np) } : null;
  }
  if (toks[k]!.text !== ',') return npEndingAt(toks, k, lo);
  // "X, the editor of Y, Z, said": of the phrases before the commas, the earliest that opens its clause
  let best: TokRange | null = null;
  let first: TokRange | null = null;
  let commas = 0;
  for (let j = k - 1; j >= lo && j >= k - COMMA_REACH && commas < 4; j--) {
    const t = toks[j]!;
    if (ctx.ends[j] === 1 && ctx.quoteOf[j]! < 0) break;
    // a quoted title inside an appositive ("the co-author of “Going Viral,”") is passed over
    if (t.text !== ',' || ctx.quoteOf[j]! >= 0) continue;
    commas++;
    const np = npEndingAt(toks, skipBackBetween(toks, j - 1, lo), lo);
    // an age between commas ("X, 22, of Y, said") is passed over
    if (!np && toks[j - 1]?.pos === 'NUM' && toks[j - 2]?.text === ',') continue;
    if (!np) break;
    first ??= np;
    if (opensClause(ctx, np.t0, lo)) best = np;
  }
  if (strict) return best;
  return best ?? first ?? npEndingAt(toks, k - 1, lo);
}

const CLAUSE_OPENERS = new Set([';', '—', '–', '―', ':']);
const opensClause = (ctx: QuoteContext, t0: number, lo: number) => t0 === lo || ctx.ends[t0 - 1] === 1 || CLAUSE_OPENERS.has(ctx.tokens[t0 - 1]!.lower);

/**
 * The subject of the clause that token c belongs to: the subject of the sentence's first verb that
 * stands in main-clause position (at the sentence start or after a comma), else of its first verb
 * with any subject. Quotes inside the sentence are passed over.
 */
export function clauseSubject(ctx: QuoteContext, c: number, lo: number): TokRange | null {
  const toks = ctx.tokens;
  let s = c;
  while (s > lo && ctx.boundary[s - 1] !== 1) s--;
  let any: TokRange | null = null;
  for (let k = s + 1; k < c; k++) {
    const t = toks[k]!;
    if (ctx.quoteOf[k]! >= 0 || !(verbAt(ctx, k) || cueAt(ctx, k)?.form.kind === 'verb')) continue;
    const subj = subjectBefore(ctx, k, s);
    if (!subj || ctx.quoteOf[subj.t0]! >= 0) continue;
    if (subj.t0 === s || toks[subj.t0 - 1]!.text === ',') return subj;
    any ??= subj;
  }
  return any;
}
