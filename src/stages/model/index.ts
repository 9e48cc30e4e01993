import type { Stage } from '../../pipeline.js';
import type { Candidate, Doc, EntityType } from '../../types.js';
import { loadNerModel, type NerModel } from '../../model/index.js';
import { docWords as wordRecords, type WordRecord } from '../../util/words.js';
import { wordsOf } from './words.js';

const TYPE: Record<string, EntityType> = { PER: 'PERSON', ORG: 'ORG', LOC: 'LOCATION' };
const HONORIFIC = /^(mr|mrs|ms|miss|dr|prof)\.?$/i;
/** parts of speech of lower-case words that never continue a name ("Smith said", "Reuters to") */
const NOT_IN_NAMES = new Set(['VERB', 'AUX', 'ADP', 'DET', 'PRON', 'CCONJ', 'SCONJ', 'PART', 'ADV', 'INTJ', 'PUNCT']);

/**
 * Candidate score from the model's confidence p (the span type's smallest token marginal):
 * 0.45 + 0.4 p, in [0.45, 0.85]. A confident model beats capitalisation heuristics (0.5–0.6)
 * and most single-word gazetteer hits inside a longer name; curated knowledge at 0.85–0.9
 * (countries, titled people) still wins. Measured on CoNLL++ dev with the full pipeline:
 * 0.35 p → F1 0.903, 0.4 p → 0.907, 0.45 p (+0.05) → 0.911 but titled people lose their roles.
 */
export const candidateScore = (p: number): number => {
  const x = 0.45 + 0.4 * p;
  // the value rounded to 3 decimals as Number(x.toFixed(3)) gives it, without a string: away
  // from a half, rounding the scaled value agrees with toFixed (k / 1000 is the double nearest
  // the decimal, like parsing it); near a half, toFixed decides
  const k = x * 1000;
  const f = k - Math.floor(k);
  return f > 0.4999 && f < 0.5001 ? Number(x.toFixed(3)) : Math.round(k) / 1000;
};

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
    const { candidates, covered } = modelCandidates(doc, model);
    doc.candidates = doc.candidates.filter((c) => !vetoed(c, covered));
    doc.candidates.push(...candidates);
  },
};

/**
 * A capitalisation guess (source "caps.*") none of whose tokens the model tagged as any kind
 * of name (PER, ORG, LOC or MISC) is withdrawn: the trained model has seen far more
 * capitalised non-names ("Grand Slam", "LAST SALE") than the heuristics.
 */
function vetoed(c: Candidate, covered: Uint8Array): boolean {
  if (!c.source.startsWith('caps.')) return false;
  for (let t = c.t0; t < c.t1; t++) if (covered[t]) return false;
  return true;
}

/** Candidates the model proposes for a tokenised document, and which tokens it saw as names. */
export function modelCandidates(doc: Doc, model: NerModel): { candidates: Candidate[]; covered: Uint8Array } {
  // word k of the document starts at token starts[k]; sentence s's words begin at first[s]
  const starts: number[] = [];
  const first: number[] = [];
  // the tokens stage's per-word records carry the model's word infos across documents
  const all = wordRecords(doc);
  const records = all && all.length === doc.tokens.length ? all : undefined;
  const holders: Array<WordRecord | null> | undefined = records ? [] : undefined;
  // arrays built alike for every document (Array.map's results vary in elements kind)
  const sentences = new Array<string[]>(doc.sentences.length);
  for (let s = 0; s < sentences.length; s++) {
    const sent = doc.sentences[s]!;
    first.push(starts.length);
    sentences[s] = wordsOf(doc.tokens, sent.t0, sent.t1, starts, records, holders);
  }
  // a lower-case word may continue a name ("Norton co", "Wall street") unless its part of speech rules it out
  const nameable = (k: number): boolean => !NOT_IN_NAMES.has(doc.tokens[starts[k]!]!.pos);
  const tagged = model.tagDocument(sentences, { holders, nameable });
  const out: Candidate[] = [];
  const covered = new Uint8Array(doc.tokens.length);
  for (let s = 0; s < tagged.length; s++) {
    const sent = tagged[s]!;
    const ws = sentences[s]!;
    const k0 = first[s]!;
    const end = (i: number) => (i + 1 < ws.length ? starts[k0 + i + 1]! : doc.sentences[s]!.t1);
    for (const span of sent.spans) {
      covered.fill(1, starts[k0 + span.t0]!, end(span.t1 - 1));
      // titles are not part of a name (CoNLL convention; rare in its training data)
      // (an addition run for every span: optimised code meets no untried operation)
      span.t0 += span.type === 'PER' && HONORIFIC.test(ws[span.t0]!) ? 1 : 0;
      if (span.t0 >= span.t1) continue;
      const t0 = starts[k0 + span.t0]!;
      const t1 = end(span.t1 - 1);
      const start = doc.tokens[t0]!.start;
      const stop = doc.tokens[t1 - 1]!.end;
      // a nationality or group adjective is NORP whether the model called it MISC or LOC
      const group = (span.type === 'MISC' || span.type === 'LOC') && isGroupName(model, doc.text.slice(start, stop));
      const type = group ? 'NORP' : TYPE[span.type];
      if (!type) continue;
      // an unsure ORG on a lone word the gazetteer knows as a place: abstain, the rules decide
      if (type === 'ORG' && span.t1 - span.t0 === 1 && span.score < ABSTAIN_BELOW && isPlaceName(model, ws[span.t0]!)) continue;
      out.push({ start, end: stop, t0, t1, type, source: 'model.perceptron', score: candidateScore(span.score), info: undefined });
    }
  }
  return { candidates: out, covered };
}

/** measured on CoNLL++ dev (full pipeline): 0.65 costs 0.2 F1 there (sports clubs named after towns), 0.9 costs 0.9 */
const ABSTAIN_BELOW = 0.65;

function isPlaceName(model: NerModel, word: string): boolean {
  const cats = model.gazetteer.get(word.toLowerCase());
  return !!cats && (cats.includes('city') || cats.includes('country'));
}

function isGroupName(model: NerModel, text: string): boolean {
  const cats = model.gazetteer.get(text.toLowerCase().replace(/\s+/g, ' ').replace(/\u2019/g, "'"));
  return !!cats && cats.includes('demonym') && !cats.includes('country') && !cats.includes('city');
}
