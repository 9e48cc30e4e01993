/** Tags a document (sentences of words) with a loaded model. */
import { concatIds, documentFeatures, hashFeatures } from './features.js';
import { Gazetteer } from './gazetteer.js';
import type { ModelWeights } from './io.js';
import { decode, TAGS } from './perceptron.js';
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

  /** Hashed features of every token, per sentence. */
  featurise(sentences: readonly string[][]): Int32Array[][] {
    const bits = this.weights.header.bits;
    return documentFeatures(sentences, this.gazetteer).map((sent) => sent.map((f) => hashFeatures(f, bits)));
  }

  /** Tags every sentence of one document; sentences are lists of words. */
  tagDocument(sentences: readonly string[][]): TaggedSentence[] {
    const { layers, header } = this.weights;
    let feats = this.featurise(sentences);
    const temperature = header.temperature ?? 1;
    let decoded = feats.map((f) => decode(layers[0]!.W, layers[0]!.trans, f, layers.length === 1 ? temperature : 0));
    for (let l = 1; l < layers.length; l++) {
      const extra = stackedFeatures(sentences, decoded.map((d) => d.tags));
      feats = feats.map((sent, s) => sent.map((ids, i) => concatIds(ids, hashFeatures(extra[s]![i]!, header.bits))));
      decoded = feats.map((f) => decode(layers[l]!.W, layers[l]!.trans, f, l === layers.length - 1 ? temperature : 0));
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
