import { after, tail, type Attribution } from './after.js';
import { cueAt, paraOf, type CueMatch, type QuoteContext } from './context.js';
import { headOf, npEndingAt, npStartingAt, type TokRange } from './np.js';
import { DASHES, POSSESSIVES, SPEAKER_PRONOUNS, isVerb, skipForwardBetween } from './words.js';
import { subjectBefore, clauseSubject } from './subject.js';
import { outerReporter } from './outer.js';

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
const LABEL_LEADS = new Set(['from', 'via', 'per']);
const SENTENCE_REACH = 60;
const AFTER_CUE_END = new Set(['.', ',', ';', '!', '?', 'on', 'in', 'at', 'to', 'during', 'after', 'before', 'as', 'while', 'when', '—', '–', '―']);

/** "a book called “…”", "the loophole dubbed an “inversion”": a noun being named, not a speaker. */
function naming(ctx: QuoteContext, cue: CueMatch): boolean {
  const prev = ctx.tokens[cue.t0 - 1];
  return (cue.form.id === 'verb.call' || cue.form.id === 'verb.name') && ctx.tokens[cue.t0]!.lower.endsWith('ed') && prev?.pos === 'NOUN';
}

/** The cue whose words include token k (a multi-word cue may start a few tokens earlier). */
function cueCovering(ctx: QuoteContext, k: number, limit: number): CueMatch | null {
  for (let j = Math.max(0, k - 3); j < k; j++) {
    const c = cueAt(ctx, j, limit);
    if (c && c.t1 > k) return c;
  }
  return cueAt(ctx, k, limit);
}

const NOUN_TO_QUOTE = new Set(['that', ':', ',', 'of', '—', '–', '―']);
/** Only "that", a colon or a comma stand between a speech noun and its quote. */
function adjacent(ctx: QuoteContext, from: number, open: number): boolean {
  for (let k = from; k < open; k++) if (!NOUN_TO_QUOTE.has(ctx.tokens[k]!.lower)) return false;
  return true;
}

/** "Bush's Facebook post:" — the possessor of a phrase ending just before token k. */
function possessiveBefore(ctx: QuoteContext, k: number, lo: number): TokRange | null {
  const toks = ctx.tokens;
  for (let j = k - 1; j >= lo && j > k - 5; j--) {
    if (toks[j]!.lower !== "'s" && toks[j]!.lower !== '’s') continue;
    const np = npEndingAt(toks, j - 1, lo);
    return np ? { t0: np.t0, t1: j + 1, head: headOf(np) } : null;
  }
  return null;
}

/** The owner of a speech noun: "her remark", "Trump's recent claim", "the mayor's statement". */
function possessor(ctx: QuoteContext, n: number, lo: number): TokRange | null {
  const toks = ctx.tokens;
  let k = n - 1;
  while (k >= lo && k > n - 4 && toks[k]!.pos === 'ADJ') k--;
  if (k < lo) return null;
  const t = toks[k]!;
  if (POSSESSIVES[t.lower]) return { t0: k, t1: k + 1, head: undefined };
  if (t.lower !== "'s" && t.lower !== '’s') return null;
  const np = npEndingAt(toks, k - 1, lo);
  return np ? { t0: np.t0, t1: k + 1, head: headOf(np) } : null;
}

/** Words that open an absolute participle clause with its own subject: "…, with X tweeting", "– Ryan saying …". */
const ABSOLUTE_LEADS = new Set(['with', ',', '—', '–', '―', 'and']);

/** Speaker of a verb cue at k: the clause subject for participles ("…, saying"), else the subject before it. */
function speakerOfCue(ctx: QuoteContext, cue: CueMatch, lo: number): TokRange | null {
  const participle = ctx.tokens[cue.t0]!.lower.endsWith('ing');
  if (participle) {
    // "with Donald Trump tweeting that …" names its own subject
    const own = subjectBefore(ctx, cue.t0, lo);
    if (own && ABSOLUTE_LEADS.has(ctx.tokens[own.t0 - 1]?.lower ?? '') && ctx.tokens[own.t1]?.text !== ',') return own;
    // "…,” he said, adding, “…”": the attribution just before
    const k = ctx.tokens[cue.t0 - 1]?.text === ',' ? cue.t0 - 2 : cue.t0 - 1;
    const prev = k >= lo ? cueAt(ctx, k) : null;
    if (prev?.form.kind === 'verb' && prev.t1 === k + 1) {
      const said = subjectBefore(ctx, k, lo);
      if (said) return said;
    }
    return clauseSubject(ctx, cue.t0, lo) ?? own;
  }
  const agent = passiveAgent(ctx, cue);
  if (agent) return agent;
  const subj = subjectBefore(ctx, cue.t0, lo);
  return subj && embeddedRelative(ctx, subj, lo) ? (clauseSubject(ctx, subj.t0, lo) ?? subj) : subj;
}

const BE = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);
const AGENT_REACH = 12;
/** "Rubio was asked by moderator Gerard Baker whether …": a passive cue's speaker is its by-agent. */
function passiveAgent(ctx: QuoteContext, cue: CueMatch): TokRange | null {
  const toks = ctx.tokens;
  if (toks[cue.t1]?.lower !== 'by' || !BE.has(toks[cue.t0 - 1]?.lower ?? '')) return null;
  let hi = cue.t1 + 1;
  while (hi < toks.length && hi < cue.t1 + AGENT_REACH && ctx.quoteOf[hi]! < 0 && ctx.ends[hi] !== 1) hi++;
  return npStartingAt(toks, cue.t1 + 1, hi);
}

const RELATIVES = new Set(['that', 'which']);
/**
 * "Sanders is releasing an ad that urges …", "the council backed a resolution which said …": a relative clause
 * hanging on an object (not "who": PolNeAR keeps a person's own words with them). The report belongs to the main clause, so its subject is the speaker.
 */
function embeddedRelative(ctx: QuoteContext, subj: TokRange, lo: number): boolean {
  if (!RELATIVES.has(ctx.tokens[subj.t1 - 1]!.lower)) return false;
  return subj.t0 > lo && ctx.boundary[subj.t0 - 1] !== 1 && !CLAUSE_PUNCT.has(ctx.tokens[subj.t0 - 1]!.text);
}
const CLAUSE_PUNCT = new Set([',', ';', ':', '—', '–', '―', '(']);

/** Attribution before the opening mark: "X said: “…”", "X called it “…”", "according to X, “…”". */
function before(ctx: QuoteContext, qi: number, around: Around): Attribution | null {
  const toks = ctx.tokens;
  const open = ctx.qt0[qi]!;
  const para = paraOf(ctx, open);
  let lo = ctx.paraT0[para]!;
  // a paragraph that ends with a colon introduces the quote that opens the next one
  if (open === lo && para > 0 && toks[open - 1]?.text === ':') lo = ctx.paraT0[para - 1]!;
  let k = open - 1;
  if (k < lo || ctx.boundary[k] === 1) {
    around.opensSentence = true;
    return null;
  }
  // a speaker label: "Clinton: “Our goal is …”"
  if (toks[k]!.text === ':') {
    const label = npEndingAt(ctx.tokens, k - 1, lo) ?? possessiveBefore(ctx, k, lo);
    const before = label ? toks[label.t0 - 1] : undefined;
    // "Clinton: “…”", "… – Philip Bump: “…”", "From the report: “…”"
    const from = before && LABEL_LEADS.has(before.lower) && (label!.t0 - 1 === lo || ctx.boundary[label!.t0 - 2] === 1);
    if (label && (label.t0 === lo || ctx.boundary[label.t0 - 1] === 1 || DASHES.has(before!.text) || from)) {
      return { cue: null, speaker: label, rule: 'before.label-colon' };
    }
  }
  let bridged = true;
  for (let n = 0; k >= lo && n < SENTENCE_REACH; k--, n++) {
    const t = toks[k]!;
    if (ctx.boundary[k] === 1) break;
    if (ctx.quoteOf[k] >= 0) {
      // a clause of its own between the two quotes ("…“distasteful,” Santilli expressed a desire to “…”") breaks the link
      if (bridged) {
        around.prevQuote = ctx.quoteOf[k]!;
        return null;
      }
      break;
    }
    const cue = cueCovering(ctx, k, open);
    if (cue && cue.form.kind === 'source-after') {
      const found = { cue, speaker: npStartingAt(toks, cue.t1, open), rule: 'before.according-to' };
      if (bridged) return found;
      around.weak ??= found;
    } else if (cue && cue.form.kind === 'speech-noun' && adjacent(ctx, cue.t1, open)) {
      const owner = possessor(ctx, cue.t0, lo);
      if (owner) return { cue, speaker: owner, rule: 'before.possessive-noun' };
    } else if (cue && cue.form.kind === 'verb' && !naming(ctx, cue)) {
      k = cue.t0;
      const speaker = speakerOfCue(ctx, cue, lo);
      if (bridged && speaker) return { cue, speaker, rule: 'before.speaker-cue' };
      const inverted = bridged && !speaker ? npStartingAt(toks, cue.t1, open) : null;
      if (inverted && (toks[inverted.t1]?.text === ',' || toks[inverted.t1]?.text === ':') && inverted.t1 + 1 === open) {
        return { cue, speaker: inverted, rule: 'before.cue-speaker' };
      }
      if (bridged) {
        // a coordinated verb ("…, but went on to say “…”") speaks for its clause's subject
        const subj = clauseSubject(ctx, cue.t0, lo);
        if (subj) return { cue, speaker: subj, rule: 'before.cue-clause-subject' };
        // "In calling the plan “…”, the minister showed …": an opening participle clause speaks for the main subject after it
        const main = toks[cue.t0]!.lower.endsWith('ing') ? subjectAfter(ctx, qi) : null;
        return { cue, speaker: main, rule: main ? 'before.participle-main-subject' : 'before.cue-only' };
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

const MAIN_REACH = 30;
/** The subject of the main clause that follows the quote's clause: "…“…”, the pope again demonstrated". */
function subjectAfter(ctx: QuoteContext, qi: number): TokRange | null {
  const toks = ctx.tokens;
  const hi = ctx.paraT1[paraOf(ctx, ctx.qt1[qi]! - 1)]!;
  // from the comma that closes the quote's content ("“…,” the minister") onwards
  for (let k = Math.max(ctx.qt0[qi]! + 1, ctx.qt1[qi]! - 2); k < hi && k < ctx.qt1[qi]! + MAIN_REACH; k++) {
    if (ctx.boundary[k] === 1) return null;
    if (toks[k]!.text !== ',' || (ctx.quoteOf[k]! >= 0 && ctx.quoteOf[k] !== qi)) continue;
    let n = k + 1;
    while (n < hi && ctx.quoteOf[n] === qi) n++;
    const np = npStartingAt(toks, n, hi);
    if (!np) return null;
    const v = toks[skipForwardBetween(toks, np.t1, hi)];
    return v && (isVerb(v) || v.lower === "n't") ? np : null;
  }
  return null;
}

/** An attribution found before the quote, handed to the outer reporter when its clause is reported speech. */
function withOuter(ctx: QuoteContext, a: Attribution): Attribution {
  if (!a.speaker) return a;
  let lo = a.speaker.t0;
  while (lo > 0 && ctx.boundary[lo - 1] !== 1 && ctx.ends[lo - 1] !== 1) lo--;
  const outer = outerReporter(ctx, a.speaker, lo, (cue) => speakerOfCue(ctx, cue, lo));
  return outer ? { cue: a.cue, speaker: outer, rule: a.rule + '.outer-reporter' } : a;
}

/** A verb cue right before the opening mark, at most a comma or colon between: "she shouted, “…”". */
function introducedByCue(ctx: QuoteContext, qi: number): boolean {
  let k = ctx.qt0[qi]! - 1;
  if (k >= 0 && (ctx.tokens[k]!.text === ',' || ctx.tokens[k]!.text === ':')) k--;
  for (let j = Math.max(0, k - 3); j <= k; j++) {
    const c = cueAt(ctx, j);
    if (c && c.t1 === k + 1 && c.form.kind === 'verb') return true;
  }
  return false;
}

/** Searches after, then before the quote. */
export function attributeQuote(ctx: QuoteContext, qi: number): Around {
  const around: Around = { found: null, weak: null, opensSentence: false, prevQuote: -1, nextQuote: -1 };
  const post = after(ctx, qi, (q) => (around.nextQuote = q));
  if (post?.speaker) {
    // "Ms Ames warned, “…,” she said": the named speaker of a cue that introduces the quote outranks a pronoun after it
    const pronoun = post.speaker.t1 - post.speaker.t0 === 1 && !!SPEAKER_PRONOUNS[ctx.tokens[post.speaker.t0]!.lower];
    const intro = pronoun && introducedByCue(ctx, qi) ? before(ctx, qi, { found: around.found, weak: around.weak, opensSentence: around.opensSentence, prevQuote: around.prevQuote, nextQuote: around.nextQuote }) : null;
    const outer = intro?.speaker && intro.rule === 'before.speaker-cue' ? withOuter(ctx, intro) : null;
    // set on the record itself, not a spread copy: every Around and Attribution keeps one hidden class
    around.found = outer ? { cue: outer.cue, speaker: outer.speaker, rule: 'before.introducing-cue' } : post;
    return around;
  }
  const pre = before(ctx, qi, around);
  if (around.weak) around.weak = withOuter(ctx, around.weak);
  if (pre?.speaker) {
    around.found = withOuter(ctx, pre);
    return around;
  }
  const end = around.nextQuote < 0 ? tail(ctx, qi) : null;
  around.found = end ?? post ?? pre;
  return around;
}


