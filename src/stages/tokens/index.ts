import type { Stage } from '../../pipeline.js';
import type { Token } from '../../types.js';
import { wink } from './wink.js';
import { shapeOf } from './shape.js';

/** Splits paragraphs on line breaks, then sentences, tokens and POS with wink-nlp per paragraph. */
export const tokensStage: Stage = {
  name: 'tokens',
  needs: [],
  provides: ['paragraphs', 'sentences', 'tokens'],
  run(doc) {
    const nlp = wink();
    const its = nlp.its;
    const text = doc.text;
    const paraRe = /[^\n\r]+/g;
    let m: RegExpExecArray | null;
    while ((m = paraRe.exec(text)) !== null) {
      const start = m.index + (m[0].length - m[0].trimStart().length);
      const body = m[0].trim();
      if (!body) continue;
      const para = { i: doc.paragraphs.length, start, end: start + body.length, s0: doc.sentences.length, s1: 0 };
      const wdoc = nlp.readDoc(body);
      const values = wdoc.tokens().out(its.value) as string[];
      const pos = wdoc.tokens().out(its.pos) as string[];
      const sentenceSpans: Array<[number, number]> = [];
      wdoc.sentences().each((s: any) => {
        const span = s.out(its.span) as [number, number];
        sentenceSpans.push(span);
      });
      let cursor = 0;
      const offsets: Array<[number, number] | null> = values.map((v) => {
        const at = body.indexOf(v, cursor);
        if (at < 0 || at - cursor > 40) return null; // wink normalised the token: no span
        cursor = at + v.length;
        return [start + at, start + at + v.length];
      });
      for (const [a, b] of sentenceSpans) {
        const t0 = doc.tokens.length;
        for (let k = a; k <= b; k++) {
          const off = offsets[k];
          if (!off) continue;
          const value = values[k]!;
          const tok: Token = {
            i: doc.tokens.length,
            text: value,
            lower: value.toLowerCase(),
            pos: pos[k] ?? 'X',
            shape: shapeOf(value),
            sent: doc.sentences.length,
            first: doc.tokens.length === t0,
            start: off[0],
            end: off[1],
          };
          doc.tokens.push(tok);
        }
        const t1 = doc.tokens.length;
        if (t1 === t0) continue;
        doc.sentences.push({ i: doc.sentences.length, start: doc.tokens[t0]!.start, end: doc.tokens[t1 - 1]!.end, t0, t1, para: para.i });
      }
      para.s1 = doc.sentences.length;
      if (para.s1 > para.s0) doc.paragraphs.push(para);
    }
  },
};
