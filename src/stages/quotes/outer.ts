import { cueAt, type CueMatch, type QuoteContext } from './context.js';
import { npEndingAt, type TokRange } from './np.js';
import { clauseSubject } from './subject.js';
import { SPEAKER_PRONOUNS, skipBackBetween } from './words.js';

/** Cue verbs that take a listener before their clause: "told reporters he …", "assured voters that …". */
const WITH_LISTENER = new Set(['told', 'tell', 'tells', 'telling', 'assured', 'assures', 'warned', 'warns', 'reminded', 'reminds', 'informed', 'informs', 'promised', 'promises']);
const MAX_CLIMB = 3;
/** Cues whose next phrase is an object, not a reported clause ("praised X, who …", "called X a …"). */
const OBJECT_CUES = new Set(['verb.praise', 'verb.criticize', 'verb.call', 'verb.name', 'verb.refer', 'verb.cite', 'verb.accuse', 'verb.describe', 'verb.urge', 'verb.demand', 'verb.threaten', 'verb.tout', 'verb.chant', 'verb.read', 'verb.ask']);
const NAMING = new Set(['calls', 'called', 'call', 'describes', 'described', 'dubbed', 'dubs', 'terms', 'termed', 'labels', 'labeled', 'labelled']);
const RELATIVE_END = new Set(['who', 'that', 'which']);

/** A verb cue whose last word is token k ("said", "pointed out"). */
function cueEndingAt(ctx: QuoteContext, k: number, lo: number): CueMatch | null {
  for (let j = Math.max(lo, k - 3); j <= k; j++) {
    const c = cueAt(ctx, j);
    if (c && c.t1 === k + 1 && c.form.kind === 'verb' && !OBJECT_CUES.has(c.form.id)) return c;
  }
  return null;
}

/** The reporting cue that a clause starting at token t0 is the complement of: "said (that) ‸", "told reporters (that) ‸". */
function governingCue(ctx: QuoteContext, t0: number, lo: number): CueMatch | null {
  let k = t0 - 1;
  if (k >= lo && ctx.tokens[k]!.lower === 'that') k--;
  k = skipBackBetween(ctx.tokens, k, lo);
  if (k < lo || ctx.quoteOf[k]! >= 0) return null;
  const direct = cueEndingAt(ctx, k, lo);
  if (direct) return direct;
  const listener = npEndingAt(ctx.tokens, k, lo);
  if (!listener || listener.t0 - 1 < lo) return null;
  const c = cueEndingAt(ctx, listener.t0 - 1, lo);
  return c && WITH_LISTENER.has(ctx.tokens[c.t0]!.lower) ? c : null;
}

/** "Ms Ames attacked what she calls the “…”": a pronoun naming inside a free relative speaks for the clause's subject. */
function whatTheyCall(ctx: QuoteContext, cur: TokRange, lo: number): TokRange | null {
  const toks = ctx.tokens;
  if (cur.t1 - cur.t0 !== 1 || !SPEAKER_PRONOUNS[toks[cur.t0]!.lower]?.gender || toks[cur.t0 - 1]?.lower !== 'what') return null;
  // "railed against what he calls", not "is what he said" nor "— what he called"
  const gov = toks[cur.t0 - 2];
  if (!gov || gov.pos === 'AUX' || gov.pos === 'PUNCT' || !NAMING.has(toks[cur.t1]?.lower ?? '')) return null;
  return clauseSubject(ctx, cur.t0 - 1, lo);
}

/**
 * "Mr Ross said Mr Obama had called it “…”": an attribution inside the clause reported by another
 * speaker belongs to the outer reporter, who is the source of the quoted words as printed (one
 * attribution per token, outermost first). Returns the outer speaker, or null when there is none.
 */
export function outerReporter(ctx: QuoteContext, speaker: TokRange, lo: number, speakerOf: (cue: CueMatch) => TokRange | null): TokRange | null {
  let cur = speaker;
  let outer: TokRange | null = null;
  for (let n = 0; n < MAX_CLIMB; n++) {
    // "X, who said …" is the relative clause's own subject, not a reported clause
    if (RELATIVE_END.has(ctx.tokens[cur.t1 - 1]!.lower)) break;
    const cue = governingCue(ctx, cur.t0, lo);
    const s = cue ? speakerOf(cue) : whatTheyCall(ctx, cur, lo);
    if (!s || s.t0 >= cur.t0 || ctx.quoteOf[s.t0]! >= 0 || ctx.quoteOf[s.t1 - 1]! >= 0) break;
    outer = cur = s;
  }
  return outer;
}
