/** Tags a document (sentences of words) with a loaded model. */
import { documentFeatureIds, hashSentence, type SentenceIds } from './features.js';
import { Gazetteer } from './gazetteer.js';
import type { ModelWeights } from './io.js';
import { decodeFlat, TAGS } from './perceptron.js';
import { spansOf } from './spans.js';
import { stackedFeatures } from './stack.js';

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
  constructor(readonly weights: ModelWeights) {
    this.gazetteer = new Gazetteer(weights.header.gazetteer);
  }

  /** Hashed features of every sentence. */
  featurise(sentences: readonly string[][]): SentenceIds[] {
    return documentFeatureIds(sentences, this.gazetteer, this.weights.header.bits);
  }

  /** Tags every sentence of one document; sentences are lists of words. */
  tagDocument(sentences: readonly string[][]): TaggedSentence[] {
    const { layers, header } = this.weights;
    const feats = this.featurise(sentences);
    const temperature = header.temperature ?? 1;
    const last = layers.length - 1;
    let decoded = feats.map((f) => decodeFlat(layers[0]!, f, last === 0 ? temperature : 0));
    for (let l = 1; l < layers.length; l++) {
      const extra = stackedFeatures(sentences, decoded.map((d) => d.tags));
      decoded = feats.map((f, s) => decodeFlat(layers[l]!, f, l === last ? temperature : 0, hashSentence(extra[s]!, header.bits)));
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
