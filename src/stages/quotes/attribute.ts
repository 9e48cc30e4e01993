import { cueAt, paraOf, type CueMatch, type QuoteContext } from './context.js';
import { npEndingAt, npStartingAt, type TokRange } from './np.js';
import { BETWEEN_SUBJECT_AND_CUE, isSentenceEnd, isTimeWord } from './words.js';

/** Who said a quote, as found next to it: the cue and the speaker phrase (token ranges). */
export interface Attribution {
  cue: CueMatch | null;
  speaker: TokRange | null;
  rule: string;
}

/** What the search around one quote found, including neighbouring quotes it ran into. */
export interface Around {
  found: Attribution | null;
  /** the quote opens its sentence (nothing of the sentence precedes it) */
  opensSentence: boolean;
  /** quote index of a neighbour in the same sentence that blocked the search */
  prevQuote: number;
  nextQuote: number;
}

const LEAD_PUNCT = new Set([',', '—', '–', '-', ':', '…']);
const PRE_BRIDGE = 14;

/** Skips "also", "has", "on Monday", "last week" backwards from k; returns the new k. */
function skipBackBetween(ctx: QuoteContext, k: number, lo: number): number {
  const toks = ctx.tokens;
  while (k >= lo) {
    const t = toks[k]!;
    if (BETWEEN_SUBJECT_AND_CUE.has(t.lower) || t.pos === 'ADV' && t.shape === 'x' && t.lower.endsWith('ly')) k--;
    else if (isTimeWord(t) && k - 1 >= lo && (toks[k - 1]!.lower === 'on' || toks[k - 1]!.lower === 'last')) k -= 2;
    else if (isTimeWord(t)) k--;
    else break;
  }
  return k;
}

/** Skips the same words forwards from k. */
function skipForwardBetween(ctx: QuoteContext, k: number, hi: number): number {
  const toks = ctx.tokens;
  while (k < hi) {
    const t = toks[k]!;
    if (BETWEEN_SUBJECT_AND_CUE.has(t.lower) || t.pos === 'ADV' && t.shape === 'x' && t.lower.endsWith('ly')) k++;
    else if ((t.lower === 'on' || t.lower === 'last') && k + 1 < hi && isTimeWord(toks[k + 1]!)) k += 2;
    else if (isTimeWord(t)) k++;
    else break;
  }
  return k;
}

/** The subject before a verb cue at token c ("Mr Putin called", "he also said", "Trump, who said"). */
export function subjectBefore(ctx: QuoteContext, c: number, lo: number): TokRange | null {
  let k = skipBackBetween(ctx, c - 1, lo);
  if (k < lo) return null;
  const np = npEndingAt(ctx.tokens, k, lo);
  if (np) return np;
  // appositive: "Dmitry Peskov, the Kremlin spokesman, said"
  if (ctx.tokens[k]!.text === ',') return npEndingAt(ctx.tokens, k - 1, lo);
  return null;
}

/** Attribution after the closing mark: "“…,” he said", "“…,” said X", "“…,” according to X". */
function after(ctx: QuoteContext, qi: number, around: Around): Attribution | null {
  const toks = ctx.tokens;
  const hi = ctx.paraT1[paraOf(ctx, ctx.qt1[qi]! - 1)]!;
  let i = ctx.qt1[qi]!;
  while (i < hi && LEAD_PUNCT.has(toks[i]!.text)) i++;
  if (i >= hi || isSentenceEnd(toks[i]!)) return null;
  if (ctx.quoteOf[i] >= 0) {
    around.nextQuote = ctx.quoteOf[i]!;
    return null;
  }
  const cue = cueAt(ctx, i, hi);
  if (cue && cue.form.kind !== 'noun') {
    const speaker = npStartingAt(toks, cue.t1, hi);
    return { cue, speaker, rule: cue.form.kind === 'source-after' ? 'after.according-to' : speaker ? 'after.cue-speaker' : 'after.cue-only' };
  }
  const np = npStartingAt(toks, i, hi);
  if (!np) return scanToNext(ctx, i, hi, around);
  let j = np.t1;
  if (toks[j]?.text === ',') {
    // appositive or relative clause before the cue: "X, the Kremlin spokesman, said"
    const app = npStartingAt(toks, j + 1, hi);
    if (app && toks[app.t1]?.text === ',') j = app.t1 + 1;
  }
  j = skipForwardBetween(ctx, j, hi);
  const verb = cueAt(ctx, j, hi);
  if (verb && verb.form.kind === 'verb') return { cue: verb, speaker: np, rule: 'after.speaker-cue' };
  return scanToNext(ctx, j, hi, around);
}

/** No attribution right after: note the next quote if it is in the same sentence. */
function scanToNext(ctx: QuoteContext, i: number, hi: number, around: Around): null {
  for (let k = i; k < hi && k < i + 30; k++) {
    if (ctx.quoteOf[k] >= 0) {
      around.nextQuote = ctx.quoteOf[k]!;
      break;
    }
    if (isSentenceEnd(ctx.tokens[k]!)) break;
  }
  return null;
}

/** Attribution before the opening mark: "X said: “…”", "X called it “…”", "according to X, “…”". */
function before(ctx: QuoteContext, qi: number, around: Around): Attribution | null {
  const toks = ctx.tokens;
  const open = ctx.qt0[qi]!;
  const para = paraOf(ctx, open);
  let lo = ctx.paraT0[para]!;
  // a paragraph that ends with a colon introduces the quote that opens the next one
  if (open === lo && para > 0 && toks[open - 1]?.text === ':') lo = ctx.paraT0[para - 1]!;
  let k = open - 1;
  if (k < lo || isSentenceEnd(toks[k]!)) {
    around.opensSentence = true;
    return null;
  }
  for (let n = 0; k >= lo && n < PRE_BRIDGE; k--, n++) {
    const t = toks[k]!;
    if (ctx.quoteOf[k] >= 0) {
      around.prevQuote = ctx.quoteOf[k]!;
      return null;
    }
    if (isSentenceEnd(t)) return null;
    const cue = cueAt(ctx, k, open);
    if (cue) {
      if (cue.form.kind === 'source-after') {
        return { cue, speaker: npStartingAt(toks, cue.t1, open), rule: 'before.according-to' };
      }
      if (cue.form.kind === 'verb') {
        const speaker = subjectBefore(ctx, k, lo);
        if (speaker) return { cue, speaker, rule: 'before.speaker-cue' };
        if (toks[k]!.lower.endsWith('ing')) {
          const subj = clauseSubject(ctx, k, lo);
          return { cue, speaker: subj, rule: subj ? 'before.participle-subject' : 'before.cue-only' };
        }
        return { cue, speaker: null, rule: 'before.cue-only' };
      }
    }
    if (t.pos === 'VERB') return null;
  }
  return null;
}

/** The subject of the clause a participle cue hangs from: "Trump hit back, saying “…”". */
function clauseSubject(ctx: QuoteContext, c: number, lo: number): TokRange | null {
  const toks = ctx.tokens;
  let s = c - 1;
  while (s > lo && !isSentenceEnd(toks[s - 1]!) && ctx.quoteOf[s - 1]! < 0) s--;
  for (let k = s; k < c; k++) {
    const t = toks[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return subjectBefore(ctx, k, s);
  }
  return null;
}

/** Searches after, then before the quote. */
export function attributeQuote(ctx: QuoteContext, qi: number): Around {
  const around: Around = { found: null, opensSentence: false, prevQuote: -1, nextQuote: -1 };
  const post = after(ctx, qi, around);
  if (post?.speaker) return { ...around, found: post };
  const pre = before(ctx, qi, around);
  around.found = pre?.speaker ? pre : post ?? pre;
  return around;
}
