import { describe, expect, it } from 'vitest';
import { IdAcc } from './acc.js';
import { docWords, firstLayer, stackedLayer } from './featurise.js';
import { documentFeatures, hashFeatures } from './features.js';
import { Gazetteer } from './gazetteer.js';
import { loadNerModel } from './index.js';
import { decode, T, TAGS } from './perceptron.js';
import { spansOf } from './spans.js';
import { stackedFeatures } from './stack.js';
import { ContextTables, StackTables } from './tables.js';
import { WordCache } from './wordcache.js';

const DOC = [
  ['FLOODS', 'HIT', 'OSH', 'AND', 'SOUTH', 'KOREA'],
  ['Rain', 'flooded', 'Osh', 'in', 'Kyrgyzstan', 'and', 'South', 'Korea', 'on', 'Monday', '.'],
  ['osh', 'mayor', 'Ulan-Ude', '3-1', '"', "O'Neill", 'é', 'Écija', 'iPhone', 'Osh'],
  ['Rain'],
  [],
];
const sorted = (a: ArrayLike<number>) => Array.from(a).sort((x, y) => x - y);

describe('string-free featuriser', () => {
  const bits = 16;
  const mask = (1 << bits) - 1;
  const gaz = new Gazetteer({ country: ['kyrgyzstan', 'south korea', 'korea'], city: ['osh', 'south'], region: ['south korea'] });
  const cache = new WordCache(new Int16Array((1 << bits) * T), T, mask, gaz);

  it('gives every token exactly the ids of hashing its feature strings', () => {
    for (const doc of [DOC, DOC.map((s) => s.map((w) => w.toLowerCase()))]) {
      const strings = documentFeatures(doc, gaz);
      const ids = firstLayer(docWords(doc, cache), cache, new ContextTables(gaz, mask), () => new IdAcc()).map((a) => a.out);
      expect(ids.map((s) => s.length)).toEqual(doc.map((s) => s.length));
      strings.forEach((sent, s) => sent.forEach((f, i) => expect(sorted(ids[s]![i]!)).toEqual(sorted(hashFeatures(f, bits)))));
    }
  });

  it('gives the stacked layer the ids of its feature strings', () => {
    const tags = DOC.map((s, k) => Int8Array.from(s, (_, i) => (i * 3 + k) % TAGS.length));
    const strings = stackedFeatures(DOC, tags);
    const ids = stackedLayer(docWords(DOC, cache), tags, new StackTables(mask), () => new IdAcc()).map((a) => a.out);
    strings.forEach((sent, s) => sent.forEach((f, i) => expect(sorted(ids[s]![i]!)).toEqual(sorted(hashFeatures(f, bits)))));
  });
});

describe('shipped model on the fast path', () => {
  it('tags and scores exactly as the string-feature path', () => {
    const model = loadNerModel()!;
    const { layers, header } = model.weights;
    const docs = [DOC.slice(0, 4), [
      ['By', 'Aliya', 'Sadykova'],
      ['ALMATY', '(', 'Reuters', ')', '-', 'Kazakh', 'President', 'Kassym-Jomart', 'Tokayev', 'met', 'Halyk', 'Bank', 'officials', '.'],
      ['Tokayev', 'later', 'flew', 'to', 'New', 'York', 'and', 'the', 'United', 'States', '.'],
      ['the', 'uzbek', 'minister', 'visited', 'tashkent', 'on', 'friday', '.'],
    ]];
    for (const doc of docs) {
      const feats = documentFeatures(doc, model.gazetteer).map((s) => s.map((f) => hashFeatures(f, header.bits)));
      const first = feats.map((f) => decode(layers[0]!, f));
      const extra = stackedFeatures(doc, first.map((d) => d.tags)).map((s) => s.map((f) => hashFeatures(f, header.bits)));
      const want = feats.map((f, s) => decode(layers[1]!, f, header.temperature ?? 1, extra[s]));
      const got = model.tagDocument(doc, { allLive: true });
      got.forEach((sent, s) => {
        expect(sent.tags).toEqual(Array.from(want[s]!.tags, (t) => TAGS[t]));
        expect(sent.spans.map(({ type, t0, t1 }) => ({ type, t0, t1 }))).toEqual(spansOf(sent.tags));
        for (const span of sent.spans) expect(span.score).toBe(Math.min(...want[s]!.confidence.slice(span.t0, span.t1)));
      });
      expect(got.some((s) => s.spans.length > 0)).toBe(true);
      // scoring only the tokens near a capital keeps the tags; confidences move a little
      const gated = model.tagDocument(doc);
      gated.forEach((sent, s) => {
        expect(sent.tags).toEqual(got[s]!.tags);
        sent.spans.forEach((span, k) => expect(span.score).toBeCloseTo(got[s]!.spans[k]!.score, 1));
      });
    }
  });
});
