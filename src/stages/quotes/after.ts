import { cueAt, paraOf, type CueMatch, type QuoteContext } from './context.js';
import { npStartingAt, type TokRange } from './np.js';
import { DASHES, SPEAKER_PRONOUNS, isTimeWord, skipForwardBetween } from './words.js';

/** Who said a quote, as found next to it: the cue and the speaker phrase (token ranges). */
export interface Attribution {
  cue: CueMatch | null;
  speaker: TokRange | null;
  rule: string;
}

const LEAD_PUNCT = new Set([',', '—', '–', '―', '-', ':', '…']);
const APPOSITIVE_REACH = 26;
const STRAY_MARKS = new Set(["'", '’', '"', '”']);
const TAIL_REACH = 50;
/** After "“…?” Trump said", these start reported speech of a new sentence, not an attribution. */
const CLAUSE_AFTER_CUE = new Set(['that', 'he', 'she', 'they', 'we', 'i', 'it', 'there', 'this', 'if', 'whether']);

/** Index after an appositive or relative clause that ends with a comma ("X, the Kremlin spokesman, said"). */
function skipAppositive(ctx: QuoteContext, j: number, hi: number): number {
  for (let k = j; k < hi && k < j + APPOSITIVE_REACH; k++) {
    const t = ctx.tokens[k]!;
    if (ctx.quoteOf[k]! >= 0 || ctx.ends[k] === 1) return j;
    if (t.text === ',') return k + 1;
  }
  return j;
}

/** Words that attach a further phrase to a speaker: "X of the Y Institute", "the senator and candidate". */
const NP_LINKS = new Set(['of', 'at', 'and', 'from', 'with', 'for', 'in', 'on']);
const MAX_MODIFIERS = 4;

/**
 * Index after what follows a speaker phrase before its verb: appositives between commas and
 * attached phrases ("Mr. X, 81, a retired engineer, said", "X of the Y Institute wrote").
 */
function pastModifiers(ctx: QuoteContext, j: number, hi: number): number {
  const toks = ctx.tokens;
  const from = j;
  for (let n = 0; n < MAX_MODIFIERS && j < hi && j - from < APPOSITIVE_REACH; n++) {
    const t = toks[j]!;
    if (t.text === ',') {
      if (cueAt(ctx, j + 1, hi)) return j + 1;
      const k = skipAppositive(ctx, j + 1, hi);
      if (k === j + 1) return j;
      // stand on the closing comma: the verb or a further appositive follows it
      j = k - 1;
    } else if (NP_LINKS.has(t.lower) && !cueAt(ctx, j, hi, true)) {
      const np = npStartingAt(toks, j + 1, hi);
      if (!np) return j;
      j = np.t1;
    } else return j;
    if (cueAt(ctx, skipForwardBetween(toks, j, hi), hi, true)) return j;
  }
  return j;
}

/**
 * Parses an attribution clause starting at token i: "said X", "according to X", "X said",
 * "X, the spokesman, said". With strict set the cue must end its clause ("“…?” Trump asked.").
 */
export function clauseAt(ctx: QuoteContext, i: number, hi: number, strict = false): Attribution | null {
  const toks = ctx.tokens;
  const cue = cueAt(ctx, i, hi);
  // "“…,” blaming X": a participle's object is not its speaker
  if (cue && cue.form.kind === 'verb' && ctx.tokens[i]!.lower.endsWith('ing')) return null;
  if (cue && (cue.form.kind === 'verb' || cue.form.kind === 'source-after')) {
    const speaker = npStartingAt(toks, cue.t1, hi);
    return { cue, speaker, rule: cue.form.kind === 'source-after' ? 'after.according-to' : speaker ? 'after.cue-speaker' : 'after.cue-only' };
  }
  let np = npStartingAt(toks, i, hi);
  if (!np) return null;
  // a cue the tagger read as a noun ends the phrase: "Bennett shot back", "Trump tweets"
  for (let c = np.t0 + 1; c < np.t1; c++) {
    if (cueAt(ctx, c, hi, true)?.form.kind === 'verb') {
      np = { t0: np.t0, t1: c, head: undefined };
      break;
    }
  }
  const j = skipForwardBetween(toks, pastModifiers(ctx, np.t1, hi), hi);
  const verb = cueAt(ctx, j, hi, true);
  if (!verb || verb.form.kind !== 'verb') return null;
  const next = toks[verb.t1];
  if (strict && next && CLAUSE_AFTER_CUE.has(next.lower)) return null;
  return { cue: verb, speaker: np, rule: 'after.speaker-cue' };
}

/** The name of a dash source line starting at token i: it ends the sentence or a comma follows it. */
function dashSource(ctx: QuoteContext, i: number, hi: number): TokRange | null {
  const np = npStartingAt(ctx.tokens, i, hi);
  if (!np) return null;
  if (np.t1 >= hi || ctx.ends[np.t1] === 1) return np;
  // a name, not "– four times, but …"
  const named = ctx.tokens[np.t0]!.shape === 'Xx' || ctx.tokens[np.t0]!.shape === 'X';
  // "– Sanders, tweeting …", or a list of signed quotes: "“…” ― Ann Lee “…” ― Ben Roe"
  return named && (ctx.tokens[np.t1]!.text === ',' || ctx.quoteOf[np.t1]! >= 0) ? np : null;
}

/** A paragraph-long quote signed by the next paragraph: "“…”" ¶ "– Ana Ortiz." */
function sourceLine(ctx: QuoteContext, qi: number, hi: number): Attribution | null {
  const toks = ctx.tokens;
  const q = ctx.marks[qi]!;
  if (ctx.paraT0[q.para0] !== ctx.qt0[qi] || !DASHES.has(toks[hi]?.text ?? '')) return null;
  const para = paraOf(ctx, hi);
  const np = dashSource(ctx, hi + 1, ctx.paraT1[para]!);
  return np ? { cue: null, speaker: np, rule: 'after.dash-source-line' } : null;
}

/** “… ended.” Trump said. — after a full stop only a bare attribution that ends its own sentence counts. */
function closingClause(ctx: QuoteContext, i: number, hi: number): Attribution | null {
  const found = clauseAt(ctx, i, hi, true);
  if (!found?.speaker || !found.cue) return null;
  const last = Math.max(found.cue.t1, found.speaker.t1);
  const next = ctx.tokens[skipForwardBetween(ctx.tokens, last, hi)];
  return next && ctx.ends[next.i] === 1 && next.text === '.' ? { cue: found.cue, speaker: found.speaker, rule: 'after.closing-clause' } : null;
}

/** Last visible character of a quote's content. */
function lastChar(ctx: QuoteContext, qi: number): string {
  const q = ctx.marks[qi]!;
  const text = ctx.doc.text;
  let e = q.end;
  while (e > q.start && /[\s'’"”]/.test(text[e - 1]!)) e--;
  return text[e - 1] ?? '';
}

/** Attribution right after the closing mark: "“…,” he said", "“…,” said X", "“…,” according to X". */
export function after(ctx: QuoteContext, qi: number, setNext: (q: number) => void): Attribution | null {
  const toks = ctx.tokens;
  const hi = ctx.paraT1[paraOf(ctx, ctx.qt1[qi]! - 1)]!;
  let i = ctx.qt1[qi]!;
  let dash = false;
  for (; i < hi && (LEAD_PUNCT.has(toks[i]!.text) || STRAY_MARKS.has(toks[i]!.text)); i++) {
    if (DASHES.has(toks[i]!.text)) dash = true;
  }
  if (i >= hi) return sourceLine(ctx, qi, hi);
  if (ctx.ends[i] === 1) return null;
  if (ctx.quoteOf[i]! >= 0) {
    setNext(ctx.quoteOf[i]!);
    return null;
  }
  if (dash) {
    // a source line: "“…” – Sanders.", "“…” – Sanders, on Monday."
    const np = dashSource(ctx, i, hi);
    if (np) return { cue: null, speaker: np, rule: 'after.dash-source' };
  }
  // “… ended.” He went on … : a new sentence, not an attribution
  const end = lastChar(ctx, qi);
  const capital = toks[i]!.shape === 'Xx' || toks[i]!.shape === 'X';
  if (capital && end === '.') return closingClause(ctx, i, hi);
  // a trailing-off quote ("“I'm going to …” Clinton said") may still be attributed, strictly
  const strict = capital && (end === '?' || end === '!' || end === '…');
  if (strict && SPEAKER_PRONOUNS[toks[i]!.lower]) return null;
  const found = clauseAt(ctx, i, hi, strict);
  if (found) return found;
  for (let k = i; k < hi && k < i + 30; k++) {
    if (ctx.quoteOf[k]! >= 0) {
      setNext(ctx.quoteOf[k]!);
      break;
    }
    // "…, and Trump vowed to “…”": the next quote has its own speaker
    if (ctx.ends[k] === 1 || cueAt(ctx, k)?.form.kind === 'verb') break;
  }
  return null;
}

/** An attribution closing the quote's sentence: "… “a great deal of weight” …, DFA spokesman Neil Sroka said." */
export function tail(ctx: QuoteContext, qi: number): Attribution | null {
  const toks = ctx.tokens;
  const hi = ctx.paraT1[paraOf(ctx, ctx.qt1[qi]! - 1)]!;
  const commas: number[] = [];
  for (let k = ctx.qt1[qi]!; k < hi && k < ctx.qt1[qi]! + TAIL_REACH; k++) {
    if (ctx.quoteOf[k]! >= 0) return null;
    const t = toks[k]!;
    if (t.text === ',') commas.push(k);
    if (ctx.ends[k] === 1 || k === hi - 1) {
      // the last comma whose clause parses as an attribution: "…, said X, an analyst at Y."
      for (let c = commas.length - 1; c >= 0; c--) {
        const found = clauseAt(ctx, commas[c]! + 1, k + 1, true);
        if (found?.speaker) return { cue: found.cue, speaker: found.speaker, rule: 'after.sentence-tail' };
      }
      return null;
    }
  }
  return null;
}
