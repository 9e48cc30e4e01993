import { cueAt, paraOf, type CueMatch, type QuoteContext } from './context.js';
import { npStartingAt, type TokRange } from './np.js';
import { subjectBefore, clauseSubject } from './subject.js';
import { SPEAKER_PRONOUNS, isSentenceEnd, isTimeWord, skipForwardBetween } from './words.js';

/** Who said a quote, as found next to it: the cue and the speaker phrase (token ranges). */
export interface Attribution {
  cue: CueMatch | null;
  speaker: TokRange | null;
  rule: string;
}

/** What the search around one quote found, including neighbouring quotes it ran into. */
export interface Around {
  found: Attribution | null;
  /** a weaker reading used when neither the quote nor its neighbours are attributed */
  weak: Attribution | null;
  /** the quote opens its sentence (nothing of the sentence precedes it) */
  opensSentence: boolean;
  /** quote index of a neighbour in the same sentence that blocked the search */
  prevQuote: number;
  nextQuote: number;
}

const LEAD_PUNCT = new Set([',', '—', '–', '-', ':', '…']);
const PRE_BRIDGE = 14;
const SENTENCE_REACH = 60;
const AFTER_CUE_END = new Set(['.', ',', ';', '!', '?', 'on', 'in', 'at', 'to', 'during', 'after', 'before', 'as', 'while', 'when', '—', '–']);

/** Last visible character of a quote's content. */
function lastChar(ctx: QuoteContext, qi: number): string {
  const q = ctx.marks[qi]!;
  const text = ctx.doc.text;
  let e = q.end;
  while (e > q.start && /[\s'’"”]/.test(text[e - 1]!)) e--;
  return text[e - 1] ?? '';
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
  // “… ended.” He went on … : a new sentence, not an attribution
  const end = lastChar(ctx, qi);
  const capital = toks[i]!.shape === 'Xx' || toks[i]!.shape === 'X';
  const strictEnd = capital && (end === '?' || end === '!');
  if (capital && (end === '.' || end === '…')) return null;
  if (strictEnd && SPEAKER_PRONOUNS[toks[i]!.lower]) return null;
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
  j = skipForwardBetween(toks, j, hi);
  const verb = cueAt(ctx, j, hi);
  if (verb && verb.form.kind === 'verb') {
    const next = toks[verb.t1];
    if (strictEnd && next && !AFTER_CUE_END.has(next.lower) && !isTimeWord(next)) return null;
    return { cue: verb, speaker: np, rule: 'after.speaker-cue' };
  }
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

/** The cue whose words include token k (a multi-word cue may start a few tokens earlier). */
function cueCovering(ctx: QuoteContext, k: number, limit: number): CueMatch | null {
  for (let j = Math.max(0, k - 3); j < k; j++) {
    const c = cueAt(ctx, j, limit);
    if (c && c.t1 > k) return c;
  }
  return cueAt(ctx, k, limit);
}

/** Speaker of a verb cue at k: the clause subject for participles ("…, saying"), else the subject before it. */
function speakerOfCue(ctx: QuoteContext, cue: CueMatch, lo: number): TokRange | null {
  const participle = ctx.tokens[cue.t0]!.lower.endsWith('ing');
  if (participle) return clauseSubject(ctx, cue.t0, lo) ?? subjectBefore(ctx, cue.t0, lo);
  return subjectBefore(ctx, cue.t0, lo);
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
  let bridged = true;
  for (let n = 0; k >= lo && n < SENTENCE_REACH; k--, n++) {
    const t = toks[k]!;
    if (ctx.quoteOf[k] >= 0) {
      around.prevQuote = ctx.quoteOf[k]!;
      return null;
    }
    if (isSentenceEnd(t)) break;
    const cue = cueCovering(ctx, k, open);
    if (cue && cue.form.kind === 'source-after') {
      const found = { cue, speaker: npStartingAt(toks, cue.t1, open), rule: 'before.according-to' };
      if (bridged) return found;
      around.weak ??= found;
    } else if (cue && cue.form.kind === 'verb') {
      k = cue.t0;
      const speaker = speakerOfCue(ctx, cue, lo);
      if (bridged && speaker) return { cue, speaker, rule: 'before.speaker-cue' };
      if (bridged) {
        // a coordinated verb ("…, but went on to say “…”") speaks for its clause's subject
        const subj = clauseSubject(ctx, cue.t0, lo);
        return { cue, speaker: subj, rule: subj ? 'before.cue-clause-subject' : 'before.cue-only' };
      }
      if (speaker) {
        around.weak ??= { cue, speaker, rule: 'before.sentence-cue' };
        return null;
      }
    }
    if (t.pos === 'VERB' || n >= PRE_BRIDGE) bridged = false;
  }
  // a colon after a clause introduces what its subject says: "Politico reveals the facts: “…”"
  const colon = toks[open - 1]?.text === ':';
  const subj = clauseSubject(ctx, open, lo);
  if (subj) around.weak ??= { cue: null, speaker: subj, rule: colon ? 'before.colon-subject' : 'before.clause-subject' };
  return null;
}

/** Searches after, then before the quote. */
export function attributeQuote(ctx: QuoteContext, qi: number): Around {
  const around: Around = { found: null, weak: null, opensSentence: false, prevQuote: -1, nextQuote: -1 };
  const post = after(ctx, qi, around);
  if (post?.speaker) return { ...around, found: post };
  const pre = before(ctx, qi, around);
  around.found = pre?.speaker ? pre : post ?? pre;
  return around;
}


