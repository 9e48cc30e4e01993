import type { Stage } from '../../pipeline.js';
import type { Doc, Token } from '../../types.js';
import { wink } from './wink.js';
import { shapeOf } from './shape.js';
import { paragraphSpans } from './paragraphs.js';

/**
 * Paragraphs by line-break heuristics, then tokens, sentences and POS with wink-nlp in one
 * pass over the text; a wink sentence that crosses a paragraph break is split there.
 */
export const tokensStage: Stage = {
  name: 'tokens',
  needs: [],
  provides: ['paragraphs', 'sentences', 'tokens'],
  run(doc) {
    const paras = paragraphSpans(doc.text);
    if (!paras.length) return;
    const nlp = wink();
    const its = nlp.its;
    // Line breaks become spaces (same length, so offsets hold): paragraphs decide breaks, not wink.
    const wdoc = nlp.readDoc(doc.text.replace(/[\r\n]/g, ' '));
    const values = wdoc.tokens().out(its.value) as string[];
    const pos = wdoc.tokens().out(its.pos) as string[];
    const winkSentenceOf = new Int32Array(values.length);
    let si = 0;
    wdoc.sentences().each((s: any) => {
      const [a, b] = s.out(its.span) as [number, number];
      for (let k = a; k <= b; k++) winkSentenceOf[k] = si;
      si++;
    });
    let cursor = 0;
    let p = 0;
    let lastWinkSentence = -1;
    for (let k = 0; k < values.length; k++) {
      const value = values[k]!;
      const at = doc.text.indexOf(value, cursor);
      if (at < 0 || at - cursor > 64) continue; // wink normalised this token: it has no exact span
      cursor = at + value.length;
      while (p < paras.length - 1 && at >= paras[p + 1]!.start) p++;
      const paraChanged = doc.sentences.length > 0 && doc.sentences[doc.sentences.length - 1]!.para !== p;
      const newWinkSentence = winkSentenceOf[k] !== lastWinkSentence;
      lastWinkSentence = winkSentenceOf[k]!;
      if (paraChanged || (newWinkSentence && !continuesSentence(doc, value))) {
        closeSentence(doc);
        doc.sentences.push({ i: doc.sentences.length, start: at, end: at, t0: doc.tokens.length, t1: doc.tokens.length, para: p });
      }
      const tok: Token = {
        i: doc.tokens.length,
        text: value,
        lower: value.toLowerCase(),
        pos: pos[k] ?? 'X',
        shape: shapeOf(value),
        sent: doc.sentences.length - 1,
        first: doc.tokens.length === doc.sentences[doc.sentences.length - 1]!.t0,
        start: at,
        end: cursor,
      };
      doc.tokens.push(tok);
    }
    closeSentence(doc);
    for (const s of doc.sentences) {
      const para = doc.paragraphs[doc.paragraphs.length - 1];
      if (para && para.i === s.para) para.s1 = s.i + 1;
      else doc.paragraphs.push({ i: s.para, start: paras[s.para]!.start, end: paras[s.para]!.end, s0: s.i, s1: s.i + 1 });
    }
    doc.paragraphs.forEach((para, i) => {
      for (let s = para.s0; s < para.s1; s++) doc.sentences[s]!.para = i;
      para.i = i;
    });
  },
};

const CLOSING_QUOTE = new Set(['"', '”', '’', "'"]);

/**
 * wink sometimes splits where a sentence goes on: after a comma (“…,” she said) or after a
 * quote closed by ? or ! when the next word is lower case (“…?” he asked).
 */
function continuesSentence(doc: Doc, next: string): boolean {
  const n = doc.tokens.length;
  const last = doc.tokens[n - 1];
  if (!last || !doc.sentences.length) return false;
  if (last.text === ',') return true;
  if (!CLOSING_QUOTE.has(last.text)) return false;
  const before = doc.tokens[n - 2]?.text;
  return before === ',' || ((before === '?' || before === '!') && /^\p{Ll}/u.test(next));
}

function closeSentence(doc: Doc): void {
  const s = doc.sentences[doc.sentences.length - 1];
  if (!s) return;
  s.t1 = doc.tokens.length;
  if (s.t1 > s.t0) s.end = doc.tokens[s.t1 - 1]!.end;
}
