import { firstTokenAtOrAfter } from '../../util/tokens.js';
import { datelines } from '../../util/dateline.js';
import type { Doc, Token } from '../../types.js';
import { quoteCues, type CueForm, type CueLexicon } from '../../knowledge/quote-cues.js';
import type { QuoteMarks } from './marks.js';
import { HONORIFICS, isSentenceEnd } from './words.js';
import { WordFilter } from '../../util/word-filter.js';

/** The first words of the cue lexicon as a small filter: most tokens are ruled out before the map. */
let cueFirst: { lexicon: CueLexicon; filter: WordFilter } | null = null;
function cueFilter(cues: CueLexicon): WordFilter {
  if (cueFirst?.lexicon !== cues) cueFirst = { lexicon: cues, filter: new WordFilter(cues.byFirst.keys()) };
  return cueFirst.filter;
}

/** Shared lookups for one document, built once per run. */
export interface QuoteContext {
  doc: Doc;
  tokens: Token[];
  cues: CueLexicon;
  /** the cues' first words as a filter */
  cueWords: WordFilter;
  marks: QuoteMarks[];
  /** quote index covering each token (marks included), or -1 */
  quoteOf: Int32Array;
  /** per quote: first token (its opening mark) and the token after its closing mark */
  qt0: number[];
  qt1: number[];
  /** 1 where a token ends a sentence (abbreviation stops like "Ky." or "Sen." do not) */
  ends: Uint8Array;
  /** 1 where a sentence ends outside quotes, or at the closing mark of a quote ending in . ! ? before a new sentence */
  boundary: Uint8Array;
  /** token range of each paragraph */
  paraT0: number[];
  paraT1: number[];
}

export interface CueMatch {
  form: CueForm;
  t0: number;
  t1: number;
}

export function buildContext(doc: Doc, marks: QuoteMarks[]): QuoteContext {
  const tokens = doc.tokens;
  const quoteOf = new Int32Array(tokens.length).fill(-1);
  const qt0: number[] = [];
  const qt1: number[] = [];
  marks.forEach((q, qi) => {
    const a = firstTokenAtOrAfter(tokens, q.open);
    let b = a;
    while (b < tokens.length && tokens[b]!.start < Math.max(q.after, q.close + 1)) quoteOf[b++] = qi;
    qt0.push(a);
    qt1.push(b);
  });
  const ends = sentenceEnds(tokens);
  const boundary = new Uint8Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) if (ends[k] && quoteOf[k]! < 0) boundary[k] = 1;
  marks.forEach((q, qi) => {
    const last = qt1[qi]! - 1;
    const next = tokens[qt1[qi]!];
    let e = q.end;
    while (e > q.start && /[\s'’"”]/.test(doc.text[e - 1]!)) e--;
    const final = '.!?…'.includes(doc.text[e - 1] ?? 'x');
    if (last >= 0 && final && next && (next.shape === 'Xx' || next.shape === 'X' || quoteOf[qt1[qi]!]! >= 0)) boundary[last] = 1;
  });
  const paraT0: number[] = [];
  const paraT1: number[] = [];
  // a paragraph's words start after its dateline ("ACCRA, Feb 14 (Wire) -" is never a speaker)
  const filed = datelines(doc);
  for (const p of doc.paragraphs) {
    const t0 = doc.sentences[p.s0]?.t0 ?? 0;
    const d = filed.find(([d0]) => d0 === t0);
    paraT0.push(d ? d[1] + 1 : t0);
    paraT1.push(doc.sentences[p.s1 - 1]?.t1 ?? 0);
  }
  const cues = quoteCues();
  return { doc, tokens, cues, cueWords: cueFilter(cues), marks, ends, boundary, quoteOf, qt0, qt1, paraT0, paraT1 };
}

export const paraOf = (ctx: QuoteContext, t: number) => ctx.doc.sentences[ctx.tokens[t]!.sent]!.para;

const endsClause = (ctx: QuoteContext, i: number) => {
  const t = ctx.tokens[i];
  return !t || ctx.ends[i] === 1 || t.text === ',';
};

/** The cue form starting at token i, if any (longest form first); clauseFinal admits noun-tagged verbs that end their clause. */
export function cueAt(ctx: QuoteContext, i: number, limit = ctx.tokens.length, clauseFinal = false): CueMatch | null {
  const t = ctx.tokens[i];
  if (!t || !ctx.cueWords.has(t.lower)) return null;
  const forms = ctx.cues.byFirst.get(t.lower);
  if (!forms) return null;
  for (const form of forms) {
    const n = form.words.length;
    if (i + n > limit) continue;
    let ok = true;
    for (let k = 1; k < n && ok; k++) ok = ctx.tokens[i + k]!.lower === form.words[k];
    if (!ok) continue;
    // "the ad states.", "Conway notes,": a clause-final form reads as the verb it is
    if (form.verbOnly && (t.pos === 'NOUN' || t.pos === 'PROPN') && !(clauseFinal && endsClause(ctx, i + n))) continue;
    if (ctx.quoteOf[i] >= 0) continue;
    return { form, t0: i, t1: i + n };
  }
  return null;
}

/** Sentence-final punctuation, leaving out the full stop of a glued abbreviation ("R-Ky.,", "Sen. Cruz"). */
function sentenceEnds(tokens: Token[]): Uint8Array {
  const ends = new Uint8Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!isSentenceEnd(t)) continue;
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    // "of Flint, Mich., said": a full stop before a comma ends an abbreviation, not a sentence
    if (t.text === '.' && next?.text === ',') continue;
    if (t.text === '.' && prev && prev.end === t.start && prev.shape !== 'p' && prev.text.length <= 3 && /^\p{Lu}/u.test(prev.text)) {
      // "R-Ky.,", "(R-Ky.)": an abbreviation's full stop before a comma or a closing bracket
      const lowerNext = next && (next.shape === 'x' || next.text === ',' || next.text === ')');
      if (lowerNext || HONORIFICS.has(prev.lower)) continue;
    }
    ends[k] = 1;
  }
  return ends;
}

const OBJECT_START = new Set(['DET', 'ADJ', 'PROPN', 'NUM']);

/**
 * A verb, or a present-tense verb the tagger read as a plural noun between a subject and its object
 * ("the FBI lists “…”", "Clinton supports “…”", "the photo quotes Romans").
 */
export function verbAt(ctx: QuoteContext, k: number): boolean {
  const t = ctx.tokens[k]!;
  if ((t.pos === 'VERB' || t.pos === 'AUX') && t.shape === 'x') return true;
  if (t.pos !== 'NOUN' || t.shape !== 'x' || !/^[a-z]+[^su]s$/.test(t.lower)) return false;
  const prev = ctx.tokens[k - 1];
  const next = ctx.tokens[k + 1];
  if (!prev || !next || (prev.pos !== 'NOUN' && prev.pos !== 'PROPN') || prev.shape === 'p') return false;
  return OBJECT_START.has(next.pos) || (ctx.quoteOf[k + 1]! >= 0 && ctx.qt0[ctx.quoteOf[k + 1]!] === k + 1);
}
