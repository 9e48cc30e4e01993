import { describe, expect, it } from 'vitest';
import { SumAcc } from './acc.js';
import { docWords, firstLayer, stackedLayer } from './featurise.js';
import { Gazetteer } from './gazetteer.js';
import { liveTokens } from './live.js';
import { T, TAGS } from './perceptron.js';
import { firstLayerSums, stackedSums } from './sums.js';
import { ContextTables, StackTables } from './tables.js';
import { WordCache } from './wordcache.js';

const DOC = [
  ['FLOODS', 'HIT', 'OSH', 'AND', 'SOUTH', 'KOREA'],
  ['Rain', 'flooded', 'Osh', 'in', 'Kyrgyzstan', 'and', 'South', 'Korea', 'on', 'Monday', '.'],
  ['the', 'mayor', 'of', 'osh', 'met', 'Ulan-Ude', 'officials', 'in', 'south', 'korea', '3-1', "O'Neill", 'Écija'],
  ['Rain'],
  [],
];

describe('firstLayerSums', () => {
  const bits = 12;
  const mask = (1 << bits) - 1;
  const S = 18;
  const gaz = new Gazetteer({ country: ['kyrgyzstan', 'south korea', 'korea'], city: ['osh', 'south'], region: ['south korea'] });
  // seeded pseudo-random weights, so every id contributes something distinct
  let x = 12345;
  const W = Int16Array.from({ length: (1 << bits) * S }, () => ((x = (Math.imul(x, 1103515245) + 12345) | 0) >> 16));
  const tables = new ContextTables(gaz, mask, W, S);

  for (const gated of [false, true]) {
    it(`sums exactly the weights of firstLayer's ids (${gated ? 'live tokens only' : 'every token'})`, () => {
      const cache = new WordCache(W, S, mask, gaz);
      const doc = docWords(DOC, cache);
      const live = liveTokens(doc);
      if (!gated) live.fill(1);
      const N = live.length;
      const want = new Int32Array(N * S);
      const acc = new SumAcc(N, W, S, 0, S, want);
      firstLayer(doc, cache, tables, () => acc, live);
      const got = new Int32Array(N * S);
      firstLayerSums(doc, cache, tables, got, live);
      expect(Array.from(got)).toEqual(Array.from(want));
      expect(got.some((v) => v !== 0)).toBe(true);
      if (gated) expect(live.includes(0)).toBe(true);
    });
  }

  it('sums exactly the weights of stackedLayer\'s ids in the layer\'s columns', () => {
    const cache = new WordCache(W, S, mask, gaz);
    const doc = docWords(DOC, cache);
    const live = liveTokens(doc);
    const N = live.length;
    // tags that repeat types across occurrences of the same word, so document votes fire; dead tokens O
    const flat = Int8Array.from({ length: N }, (_, g) => (live[g] ? (g * 5) % TAGS.length : 0));
    let g = 0;
    const views = DOC.map((s) => flat.subarray(g, (g += s.length)));
    const want = new Int32Array(N * T);
    const acc = new SumAcc(N, W, S, T, T, want);
    stackedLayer(doc, views, new StackTables(mask), () => acc, live);
    const got = new Int32Array(N * T);
    stackedSums(doc, flat, new StackTables(mask, W, S, T, T), got, live);
    expect(Array.from(got)).toEqual(Array.from(want));
    expect(got.some((v) => v !== 0)).toBe(true);
  });
});
