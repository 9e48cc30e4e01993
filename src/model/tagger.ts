/** Tags a document (sentences of words) with a loaded model. */
import { SumAcc } from './acc.js';
import { docWords, firstLayer, stackedLayer } from './featurise.js';
import { Gazetteer } from './gazetteer.js';
import type { ModelWeights } from './io.js';
import { decodeEmissions, T, TAGS, type Decoded } from './perceptron.js';
import { spansOf } from './spans.js';
import { ContextTables, StackTables } from './tables.js';
import { packLayers, WordCache } from './wordcache.js';

export interface NerSpan {
  /** PER, ORG, LOC or MISC */
  type: string;
  /** token range [t0, t1) within the sentence */
  t0: number;
  t1: number;
  /** confidence in (0, 1]: the smallest marginal probability of the span's type over its tokens */
  score: number;
}

export interface TaggedSentence {
  tags: string[];
  spans: NerSpan[];
}

export class NerModel {
  readonly gazetteer: Gazetteer;
  /** per-word features and weight sums (see wordcache.ts) */
  readonly words: WordCache;
  readonly context: ContextTables;
  readonly stack: StackTables;
  /** all layers' weights side by side, S = layers * T per row */
  private readonly W: Int16Array;
  private readonly S: number;
  /** emission scores of the sentence being decoded (reused) */
  private em = new Float64Array(1024);
  constructor(readonly weights: ModelWeights) {
    this.gazetteer = new Gazetteer(weights.header.gazetteer);
    const { bits } = weights.header;
    const mask = (1 << bits) - 1;
    this.S = weights.layers.length * T;
    this.W = packLayers(weights.layers, 1 << bits, T);
    this.words = new WordCache(this.W, this.S, mask, this.gazetteer);
    this.context = new ContextTables(this.gazetteer, mask);
    this.stack = new StackTables(mask);
  }

  /** Tags every sentence of one document; sentences are lists of words. */
  tagDocument(sentences: readonly string[][]): TaggedSentence[] {
    const { layers, header } = this.weights;
    const { W, S } = this;
    const doc = docWords(sentences, this.words);
    // first-layer features summed for every layer at once (stacked layers reuse them)
    const base = firstLayer(doc, this.words, this.context, (n) => new SumAcc(n, W, S, 0, S)).map((a) => a.out);
    const temperature = header.temperature ?? 1;
    const last = layers.length - 1;
    let decoded: Decoded[] = [];
    for (let l = 0; l <= last; l++) {
      const { scale = 1, trans } = layers[l]!;
      const extra = l === 0 ? null : stackedLayer(doc, decoded.map((d) => d.tags), this.stack, (n) => new SumAcc(n, W, S, l * T, T));
      decoded = base.map((b, s) => {
        const n = sentences[s]!.length;
        const x = extra?.[s]!.out;
        if (this.em.length < n * T) this.em = new Float64Array(n * T * 2);
        const em = this.em;
        for (let i = 0; i < n; i++) {
          for (let t = 0; t < T; t++) em[i * T + t] = (b[i * S + l * T + t]! + (x ? x[i * T + t]! : 0)) * scale;
        }
        return n ? decodeEmissions(em, trans, n, l === last ? temperature : 0) : { tags: new Int8Array(0), confidence: new Float32Array(0) };
      });
    }
    return decoded.map(({ tags, confidence }) => {
      const names = Array.from(tags, (t) => TAGS[t]!);
      const spans = spansOf(names).map((s) => {
        let min = 1;
        for (let i = s.t0; i < s.t1; i++) min = Math.min(min, confidence[i]!);
        return { ...s, score: min };
      });
      return { tags: names, spans };
    });
  }
}
