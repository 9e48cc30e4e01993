/** Tags a document (sentences of words) with a loaded model. */
import { documentFeatures, hashFeatures } from './features.js';
import { Gazetteer } from './gazetteer.js';
import type { ModelWeights } from './io.js';
import { decode, TAGS } from './perceptron.js';
import { spansOf } from './spans.js';

export interface NerSpan {
  /** PER, ORG, LOC or MISC */
  type: string;
  /** token range [t0, t1) within the sentence */
  t0: number;
  t1: number;
  /** confidence in (0, 1): a logistic squash of the weakest token's type margin */
  score: number;
}

export interface TaggedSentence {
  tags: string[];
  spans: NerSpan[];
}

export class NerModel {
  readonly gazetteer: Gazetteer;
  constructor(readonly weights: ModelWeights) {
    this.gazetteer = new Gazetteer(weights.header.gazetteer);
  }

  /** Hashed features of every token, per sentence. */
  featurise(sentences: readonly string[][]): Int32Array[][] {
    const bits = this.weights.header.bits;
    return documentFeatures(sentences, this.gazetteer).map((sent) => sent.map((f) => hashFeatures(f, bits)));
  }

  /** Tags every sentence of one document; sentences are lists of words. */
  tagDocument(sentences: readonly string[][]): TaggedSentence[] {
    const { W, trans } = this.weights;
    return this.featurise(sentences).map((feats) => {
      const { tags, margins } = decode(W, trans, feats);
      const names = Array.from(tags, (t) => TAGS[t]!);
      const spans = spansOf(names).map((s) => {
        let min = Infinity;
        for (let i = s.t0; i < s.t1; i++) min = Math.min(min, margins[i]!);
        return { ...s, score: 1 / (1 + Math.exp(-min / 4)) };
      });
      return { tags: names, spans };
    });
  }
}
