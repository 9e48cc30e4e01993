import type { Stage } from '../../pipeline.js';
import type { Token } from '../../types.js';
import { paragraphSpans } from './paragraphs.js';
import { Spans, tokenize } from './tokenize.js';
import { sentenceStarts } from './sentences.js';
import { posWords, tagPosRanges, UPOS, type WordEntry } from './pos/index.js';
import type { WordCache } from './pos/words.js';
import { setDocWords } from '../../util/words.js';

/** The first token from k on (before n) that starts at or after offset `at`. */
function firstFrom(from: Int32Array, k: number, n: number, at: number): number {
  while (k < n && from[k]! < at) k++;
  return k;
}

/** Appends the word entries of tokens [t0, t1). */
function lookupAll(words: WordCache, text: string, from: Int32Array, to: Int32Array, t0: number, t1: number, out: WordEntry[]): void {
  for (let t = t0; t < t1; t++) out.push(words.lookup(text, from[t]!, to[t]!));
}

/** token spans of the document being tokenised (read before the stage returns) */
const scratch = new Spans();

/**
 * Paragraphs by line-break heuristics, then tokens (rule tokenizer with exact offsets), sentence
 * boundaries within each paragraph, and universal POS tags from a trained perceptron. Each
 * distinct word's lower case, shape and tagger values are looked up once in the tagger's cache.
 */
export const tokensStage: Stage = {
  name: 'tokens',
  needs: [],
  provides: ['paragraphs', 'sentences', 'tokens'],
  run(doc) {
    const text = doc.text;
    const paras = paragraphSpans(text);
    const all = tokenize(text, scratch);
    const from = all.starts;
    const to = all.ends;
    const n = all.length;
    const words = posWords();
    // only tokens inside paragraphs are kept, so sentence ranges index doc.tokens directly;
    // token t of paragraph p is span t - shift[p] of the tokenizer
    const entries: WordEntry[] = [];
    const bounds: number[] = [];
    const shifts: number[] = [];
    let k = 0;
    for (const para of paras) {
      const p0 = firstFrom(from, k, n, para.start);
      k = firstFrom(from, p0, n, para.end);
      if (k === p0) continue;
      const starts = sentenceStarts(text, from, to, p0, k);
      const s0 = doc.sentences.length;
      const shift = entries.length - p0;
      for (let s = 0; s < starts.length; s++) {
        const a = starts[s]!;
        const b = s + 1 < starts.length ? starts[s + 1]! : k;
        doc.sentences.push({ i: doc.sentences.length, start: from[a]!, end: to[b - 1]!, t0: a + shift, t1: b + shift, para: doc.paragraphs.length });
        bounds.push(a + shift, b + shift);
      }
      lookupAll(words, text, from, to, p0, k, entries);
      shifts.push(shift);
      doc.paragraphs.push({ i: doc.paragraphs.length, start: para.start, end: para.end, s0, s1: doc.sentences.length });
    }
    const tags = tagPosRanges(entries, bounds);
    setDocWords(doc, entries);
    const tokens: Token[] = doc.tokens;
    for (const p of doc.paragraphs) {
      const shift = shifts[p.i]!;
      for (let si = p.s0; si < p.s1; si++) {
        const s = doc.sentences[si]!;
        for (let t = s.t0; t < s.t1; t++) {
          const e = entries[t]!;
          const o = t - shift;
          tokens.push({ i: t, text: e.text, lower: e.lower, pos: UPOS[tags[t]!]!, shape: e.tokenShape, sent: si, first: t === s.t0, start: from[o]!, end: to[o]! });
        }
      }
    }
  },
};
