import type { Stage } from '../../pipeline.js';
import type { Candidate, Doc, EntityType } from '../../types.js';
import { loadNerModel, type NerModel } from '../../model/index.js';
import { wordsOf, type Word } from './words.js';

const TYPE: Record<string, EntityType> = { PER: 'PERSON', ORG: 'ORG', LOC: 'LOCATION' };
const HONORIFIC = /^(mr|mrs|ms|miss|dr|prof)\.?$/i;

/**
 * Candidate score from the model's confidence p (the span type's smallest token marginal):
 * 0.45 + 0.35 p, in [0.45, 0.8]. A confident model beats capitalisation heuristics (0.5–0.6);
 * curated knowledge (gazetteers, 0.8–0.9) wins a disagreement on the same tokens.
 */
export const candidateScore = (p: number): number => Number((0.45 + 0.35 * p).toFixed(3));

/**
 * The trained NER tagger as one more candidate source (source "model.perceptron").
 * MISC spans become NORP only when they are a nationality or group adjective (else they are
 * dropped); so do LOC spans that are such an adjective ("Kazakh"). Runs when
 * ctx.options.model is true and the weights file exists.
 */
export const modelStage: Stage = {
  name: 'model',
  needs: ['tokens', 'sentences'],
  provides: ['candidates'],
  run(doc, ctx) {
    if (!ctx.options.model || doc.sentences.length === 0) return;
    const model = loadNerModel();
    if (!model) return;
    doc.candidates.push(...modelCandidates(doc, model));
  },
};

/** Candidates the model proposes for a tokenised document. */
export function modelCandidates(doc: Doc, model: NerModel): Candidate[] {
  const words: Word[][] = doc.sentences.map((s) => wordsOf(doc.tokens, s.t0, s.t1));
  const tagged = model.tagDocument(words.map((ws) => ws.map((w) => w.text)));
  const out: Candidate[] = [];
  tagged.forEach((sent, s) => {
    const ws = words[s]!;
    for (const span of sent.spans) {
      // titles are not part of a name (CoNLL convention; rare in its training data)
      if (span.type === 'PER' && HONORIFIC.test(ws[span.t0]!.text)) span.t0++;
      if (span.t0 >= span.t1) continue;
      const t0 = ws[span.t0]!.t0;
      const t1 = ws[span.t1 - 1]!.t1;
      const start = doc.tokens[t0]!.start;
      const end = doc.tokens[t1 - 1]!.end;
      // a nationality or group adjective is NORP whether the model called it MISC or LOC
      const group = (span.type === 'MISC' || span.type === 'LOC') && isGroupName(model, doc.text.slice(start, end));
      const type = group ? 'NORP' : TYPE[span.type];
      if (!type) continue;
      out.push({ start, end, t0, t1, type, source: 'model.perceptron', score: candidateScore(span.score) });
    }
  });
  return out;
}

function isGroupName(model: NerModel, text: string): boolean {
  const cats = model.gazetteer.get(text.toLowerCase().replace(/\s+/g, ' ').replace(/\u2019/g, "'"));
  return !!cats && cats.includes('demonym') && !cats.includes('country') && !cats.includes('city');
}
