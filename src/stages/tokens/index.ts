import type { Stage } from '../../pipeline.js';
import { paragraphSpans } from './paragraphs.js';
import { Spans, tokenize } from './tokenize.js';
import { sentenceStarts } from './sentences.js';
import { posWords, tagPosEntries, UPOS, type WordEntry } from './pos/index.js';
import { setDocWords } from '../../util/words.js';

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
    // keep only tokens inside paragraphs, so sentence ranges index doc.tokens directly
    const kept: number[] = [];
    const ranges: Array<[number, number]> = [];
    let k = 0;
    for (const para of paras) {
      while (k < all.length && from[k]! < para.start) k++;
      const p0 = k;
      while (k < all.length && from[k]! < para.end) k++;
      if (k === p0) continue;
      const starts = sentenceStarts(text, from, to, p0, k);
      const s0 = doc.sentences.length;
      const shift = kept.length - p0;
      for (let s = 0; s < starts.length; s++) {
        const a = starts[s]!;
        const b = s + 1 < starts.length ? starts[s + 1]! : k;
        doc.sentences.push({ i: doc.sentences.length, start: from[a]!, end: to[b - 1]!, t0: a + shift, t1: b + shift, para: doc.paragraphs.length });
        ranges.push([a + shift, b + shift]);
      }
      for (let t = p0; t < k; t++) kept.push(t);
      doc.paragraphs.push({ i: doc.paragraphs.length, start: para.start, end: para.end, s0, s1: doc.sentences.length });
    }
    const words = posWords();
    const entries = new Array<WordEntry>(kept.length);
    for (let t = 0; t < kept.length; t++) entries[t] = words.lookup(text, from[kept[t]!]!, to[kept[t]!]!);
    const tags = tagPosEntries(entries, ranges);
    setDocWords(doc, entries);
    for (const s of doc.sentences) {
      for (let t = s.t0; t < s.t1; t++) {
        const e = entries[t]!;
        const o = kept[t]!;
        doc.tokens.push({ i: t, text: e.text, lower: e.lower, pos: UPOS[tags[t]!]!, shape: e.tokenShape, sent: s.i, first: t === s.t0, start: from[o]!, end: to[o]! });
      }
    }
  },
};
