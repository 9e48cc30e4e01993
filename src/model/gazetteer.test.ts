import { describe, expect, it } from 'vitest';
import { gazetteerCodes } from './featurise.js';
import { Gazetteer } from './gazetteer.js';
import { T } from './perceptron.js';
import { WordCache } from './wordcache.js';

describe('gazetteer phrase walk', () => {
  const gaz = new Gazetteer({
    city: ['new york', 'new york city', 'york', 'san jose', 'a b c d e f', 'a b'],
    country: ['south korea', 'korea', 'the gambia', 'gambia', 'new zealand'],
    region: ['south korea', 'a b c'],
  });
  const cache = new WordCache(new Int16Array(256 * T), T, 255, gaz);
  const vocab = ['new', 'york', 'city', 'south', 'korea', 'the', 'gambia', 'san', 'jose', 'a', 'b', 'c', 'd', 'e', 'f', 'zealand', 'x'];

  it('labels every sentence as the phrase-string annotation does', () => {
    let seed = 7;
    const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % vocab.length;
    for (let run = 0; run < 300; run++) {
      const words = Array.from({ length: 1 + (run % 9) }, () => vocab[next()]!);
      const codes = gazetteerCodes(words.map((w) => cache.get(w)), cache, undefined, 0);
      const got = words.map((_, i) => (codes?.[i] ?? []).map((c) => gaz.labelOf(c)).sort());
      expect(got).toEqual(gaz.annotate(words).map((l) => [...l].sort()));
    }
  });
});
