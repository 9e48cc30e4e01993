/** Averaged structured perceptron training over hashed features (deterministic given the seed). */
import type { ConllDoc } from './conll.js';
import { concatIds, documentFeatures, hashFeatures } from './features.js';
import type { Gazetteer } from './gazetteer.js';
import { seededRandom } from './hash.js';
import { emissions, T, TAGS, viterbi } from './perceptron.js';
import { stackedFeatures } from './stack.js';

export interface TrainSentence {
  feats: Int32Array[];
  gold: Int8Array;
}

const TAG_INDEX = new Map<string, number>(TAGS.map((t, i) => [t, i]));

/** A featurised document: its words and, per sentence, first-pass feature ids and gold tags. */
export interface TrainDoc {
  words: string[][];
  sentences: TrainSentence[];
}

/** Featurises documents once (first-pass features never depend on tags). */
export function prepareDocs(docs: readonly ConllDoc[], gaz: Gazetteer, bits: number): TrainDoc[] {
  return docs.map((doc) => {
    const words = doc.sentences.map((s) => s.words);
    const feats = documentFeatures(words, gaz);
    return {
      words,
      sentences: doc.sentences.map((s, k) => ({
        feats: feats[k]!.map((f) => hashFeatures(f, bits)),
        gold: Int8Array.from(s.tags, (t) => TAG_INDEX.get(t) ?? 0),
      })),
    };
  });
}

/** Second-pass training data: first-pass features plus stacked features from first-pass tags. */
export function stackDoc(doc: TrainDoc, firstPass: readonly Int8Array[], bits: number): TrainSentence[] {
  const extra = stackedFeatures(doc.words, firstPass);
  return doc.sentences.map((s, k) => ({
    gold: s.gold,
    feats: s.feats.map((ids, i) => concatIds(ids, hashFeatures(extra[k]![i]!, bits))),
  }));
}

export interface TrainOptions {
  bits: number;
  epochs: number;
  seed: number;
  /** called after each epoch with the averaged weights; return a score to keep the best epoch */
  onEpoch?: (epoch: number, W: Float32Array, trans: Float32Array) => number;
}

export interface TrainResult {
  W: Float32Array;
  trans: Float32Array;
  epoch: number;
  score: number;
}

export function trainPerceptron(data: readonly TrainSentence[], opts: TrainOptions): TrainResult {
  const size = (1 << opts.bits) * T;
  const W = new Float64Array(size);
  const U = new Float64Array(size);
  const tr = new Float64Array((T + 1) * T);
  const trU = new Float64Array((T + 1) * T);
  const rand = seededRandom(opts.seed);
  const order = data.map((_, i) => i);
  let c = 1;
  let best: TrainResult | null = null;
  const bump = (w: Float64Array, u: Float64Array, k: number, d: number) => { w[k] += d; u[k] += c * d; };
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const idx of order) {
      const { feats, gold } = data[idx]!;
      const n = gold.length;
      const pred = viterbi(emissions(W, feats), tr, n);
      for (let i = 0; i < n; i++) {
        const g = gold[i]!;
        const p = pred[i]!;
        if (g !== p) {
          const ids = feats[i]!;
          for (let k = 0; k < ids.length; k++) {
            bump(W, U, ids[k]! * T + g, 1);
            bump(W, U, ids[k]! * T + p, -1);
          }
        }
        const gp = i ? gold[i - 1]! : -1;
        const pp = i ? pred[i - 1]! : -1;
        if (g !== p || gp !== pp) {
          bump(tr, trU, (gp + 1) * T + g, 1);
          bump(tr, trU, (pp + 1) * T + p, -1);
        }
      }
      c++;
    }
    const avgW = new Float32Array(size);
    for (let k = 0; k < size; k++) avgW[k] = W[k]! - U[k]! / c;
    const avgT = new Float32Array(tr.length);
    for (let k = 0; k < tr.length; k++) avgT[k] = tr[k]! - trU[k]! / c;
    const score = opts.onEpoch ? opts.onEpoch(epoch, avgW, avgT) : epoch;
    if (!best || score > best.score) best = { W: avgW, trans: avgT, epoch, score };
  }
  return best!;
}
