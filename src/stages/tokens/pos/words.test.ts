import { describe, expect, it } from 'vitest';
import { posModel } from './index.js';
import { UPOS } from './upos.js';
import { WordCache } from './words.js';

const NT = UPOS.length;
const make = (generation?: number) => new WordCache(posModel(), NT, UPOS.indexOf('PROPN'), UPOS.indexOf('ADJ'), generation);
const rows = (c: WordCache, w: string) => { const e = c.entry(w); return Array.from(e.data.subarray(e.at, e.at + 6 * NT)); };

describe('POS word cache', () => {
  it('finds a word inside a text without slicing, as the same record as the whole string', () => {
    const c = make();
    const text = 'the Qorvan river';
    const e = c.lookup(text, 4, 10);
    expect(e.text).toBe('Qorvan');
    expect(e.lower).toBe('qorvan');
    expect(c.entry('Qorvan')).toBe(e);
    expect(c.lookup(text, 11, 16)).toBe(c.entry('river'));
  });

  it('keeps records and score rows exact across generations (promoted words keep their record)', () => {
    const fresh = make();
    // five words cycling through two generations of four: most lookups promote a word from the old one
    const small = make(4);
    const words = ['alpha', 'Bravo', '12.5', 'HOTEL', ','];
    const first = words.map((w) => small.entry(w));
    for (let pass = 0; pass < 3; pass++) {
      words.forEach((w, i) => {
        const e = small.entry(w);
        expect(e).toBe(first[i]);
        const f = fresh.entry(w);
        expect(Array.from(e.data.subarray(e.at, e.at + 6 * NT))).toEqual(Array.from(f.data.subarray(f.at, f.at + 6 * NT)));
        expect([e.fixed, e.tokenShape, e.lower]).toEqual([f.fixed, f.tokenShape, f.lower]);
      });
    }
    // a word gone from both generations comes back as a new, equal record
    for (const w of ['kilo', 'lima', 'mike', 'november', 'oscar', 'papa', 'quebec', 'romeo', 'sierra']) small.entry(w);
    expect(small.entry('alpha')).not.toBe(first[0]);
    expect(rows(small, 'alpha')).toEqual(rows(fresh, 'alpha'));
  });
});
