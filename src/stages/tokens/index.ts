import type { Stage } from '../../pipeline.js';
import type { Token } from '../../types.js';
import { shapeOf } from './shape.js';
import { paragraphSpans } from './paragraphs.js';
import { tokenize } from './tokenize.js';
import { sentenceStarts } from './sentences.js';
import { tagPos } from './pos/index.js';

/**
 * Paragraphs by line-break heuristics, then tokens (rule tokenizer with exact offsets), sentence
 * boundaries within each paragraph, and universal POS tags from a trained perceptron.
 */
export const tokensStage: Stage = {
  name: 'tokens',
  needs: [],
  provides: ['paragraphs', 'sentences', 'tokens'],
  run(doc) {
    const text = doc.text;
    const paras = paragraphSpans(text);
    const all = tokenize(text);
    // keep only tokens inside paragraphs, so sentence ranges index doc.tokens directly
    const spans: Array<[number, number]> = [];
    const ranges: Array<[number, number]> = [];
    let k = 0;
    for (const para of paras) {
      while (k < all.length && all[k]![0] < para.start) k++;
      const t0 = spans.length;
      while (k < all.length && all[k]![0] < para.end) spans.push(all[k++]!);
      if (spans.length === t0) continue;
      const starts = sentenceStarts(text, spans, t0, spans.length);
      const s0 = doc.sentences.length;
      starts.forEach((a, i) => {
        const b = starts[i + 1] ?? spans.length;
        doc.sentences.push({ i: doc.sentences.length, start: spans[a]![0], end: spans[b - 1]![1], t0: a, t1: b, para: doc.paragraphs.length });
        ranges.push([a, b]);
      });
      doc.paragraphs.push({ i: doc.paragraphs.length, start: para.start, end: para.end, s0, s1: doc.sentences.length });
    }
    const words = spans.map(([a, b]) => text.slice(a, b));
    const pos = tagPos(words, ranges);
    for (const s of doc.sentences) {
      for (let t = s.t0; t < s.t1; t++) doc.tokens.push(makeToken(words[t]!, spans[t]!, t, pos[t] ?? 'X', s.i, t === s.t0));
    }
  },
};

function makeToken(text: string, span: readonly [number, number], i: number, pos: string, sent: number, first: boolean): Token {
  return { i, text, lower: text.toLowerCase(), pos, shape: shapeOf(text), sent, first, start: span[0], end: span[1] };
}
