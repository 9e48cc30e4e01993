import { after, tail, type Attribution } from './after.js';
import { cueAt, paraOf, type CueMatch, type QuoteContext } from './context.js';
import { headOf, npEndingAt, npStartingAt, type TokRange } from './np.js';
import { POSSESSIVES } from './words.js';
import { subjectBefore, clauseSubject } from './subject.js';

export type { Attribution };

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

const PRE_BRIDGE = 14;
const DASHES = new Set(['-', '–', '—']);
const SENTENCE_REACH = 60;
const AFTER_CUE_END = new Set(['.', ',', ';', '!', '?', 'on', 'in', 'at', 'to', 'during', 'after', 'before', 'as', 'while', 'when', '—', '–']);

/** The cue whose words include token k (a multi-word cue may start a few tokens earlier). */
function cueCovering(ctx: QuoteContext, k: number, limit: number): CueMatch | null {
  for (let j = Math.max(0, k - 3); j < k; j++) {
    const c = cueAt(ctx, j, limit);
    if (c && c.t1 > k) return c;
  }
  return cueAt(ctx, k, limit);
}

const NOUN_TO_QUOTE = new Set(['that', ':', ',', 'of', '—', '–']);
/** Only "that", a colon or a comma stand between a speech noun and its quote. */
function adjacent(ctx: QuoteContext, from: number, open: number): boolean {
  for (let k = from; k < open; k++) if (!NOUN_TO_QUOTE.has(ctx.tokens[k]!.lower)) return false;
  return true;
}

/** The owner of a speech noun: "her remark", "Trump's recent claim", "the mayor's statement". */
function possessor(ctx: QuoteContext, n: number, lo: number): TokRange | null {
  const toks = ctx.tokens;
  let k = n - 1;
  while (k >= lo && k > n - 4 && toks[k]!.pos === 'ADJ') k--;
  if (k < lo) return null;
  const t = toks[k]!;
  if (POSSESSIVES[t.lower]) return { t0: k, t1: k + 1 };
  if (t.lower !== "'s" && t.lower !== '’s') return null;
  const np = npEndingAt(toks, k - 1, lo);
  return np ? { t0: np.t0, t1: k + 1, head: headOf(np) } : null;
}

/** Speaker of a verb cue at k: the clause subject for participles ("…, saying"), else the subject before it. */
function speakerOfCue(ctx: QuoteContext, cue: CueMatch, lo: number): TokRange | null {
  const participle = ctx.tokens[cue.t0]!.lower.endsWith('ing');
  if (participle) {
    // "with Donald Trump tweeting that …" names its own subject
    const own = subjectBefore(ctx, cue.t0, lo);
    if (own && ctx.tokens[own.t0 - 1]?.lower === 'with') return own;
    return clauseSubject(ctx, cue.t0, lo) ?? own;
  }
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
  if (k < lo || ctx.ends[k] === 1) {
    around.opensSentence = true;
    return null;
  }
  // a speaker label: "Clinton: “Our goal is …”"
  if (toks[k]!.text === ':') {
    const label = npEndingAt(ctx.tokens, k - 1, lo);
    if (label && (label.t0 === lo || ctx.ends[label.t0 - 1] === 1 || DASHES.has(toks[label.t0 - 1]!.text))) return { cue: null, speaker: label, rule: 'before.label-colon' };
  }
  let bridged = true;
  for (let n = 0; k >= lo && n < SENTENCE_REACH; k--, n++) {
    const t = toks[k]!;
    if (ctx.quoteOf[k] >= 0) {
      around.prevQuote = ctx.quoteOf[k]!;
      return null;
    }
    if (ctx.ends[k] === 1) break;
    const cue = cueCovering(ctx, k, open);
    if (cue && cue.form.kind === 'source-after') {
      const found = { cue, speaker: npStartingAt(toks, cue.t1, open), rule: 'before.according-to' };
      if (bridged) return found;
      around.weak ??= found;
    } else if (cue && cue.form.kind === 'speech-noun' && adjacent(ctx, cue.t1, open)) {
      const owner = possessor(ctx, cue.t0, lo);
      if (owner) return { cue, speaker: owner, rule: 'before.possessive-noun' };
    } else if (cue && cue.form.kind === 'verb') {
      k = cue.t0;
      const speaker = speakerOfCue(ctx, cue, lo);
      if (bridged && speaker) return { cue, speaker, rule: 'before.speaker-cue' };
      const inverted = bridged && !speaker ? npStartingAt(toks, cue.t1, open) : null;
      if (inverted && toks[inverted.t1]?.text === ',' && inverted.t1 + 1 === open) {
        return { cue, speaker: inverted, rule: 'before.cue-speaker' };
      }
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
    if ((t.pos === 'VERB' && t.shape === 'x') || n >= PRE_BRIDGE) bridged = false;
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
  const post = after(ctx, qi, (q) => (around.nextQuote = q));
  if (post?.speaker) return { ...around, found: post };
  const pre = before(ctx, qi, around);
  if (pre?.speaker) return { ...around, found: pre };
  const end = around.nextQuote < 0 ? tail(ctx, qi) : null;
  around.found = end ?? post ?? pre;
  return around;
}


