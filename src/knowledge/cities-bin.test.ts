import { describe, expect, it } from 'vitest';
import { columnsFromCompact, decodeColumns, encodeColumns } from './cities-bin.js';
import type { CompactCities } from './cities-data.js';
import { cityIndex } from './cities.js';

const tiny: CompactCities = {
  version: 3, names: 'Alpha\nBeta Town\nŁódź', alt: '\n\n', country: 'AAABBBPOL', admin: '01\n02\n74',
  feature: [2, 0, 1], population: [5000, 1200, 680000], lat: [1000, -2500, 51770], lon: [2000, 3500, 19460],
  keys: 'alpha\nbeta town\nlodz', keyRows: [0, 1, 2],
};

describe('binary city columns', () => {
  it('survive an encode/decode round trip unchanged', () => {
    const cols = columnsFromCompact(tiny);
    const back = decodeColumns(encodeColumns(cols))!;
    expect(back.names).toBe('AlphaBeta TownŁódź');
    expect([...back.nameOff]).toEqual([0, 5, 14, 18]);
    expect([...back.lat]).toEqual([1000, -2500, 51770]);
    expect([...back.population]).toEqual([5000, 1200, 680000]);
    expect(back.keys).toBe(cols.keys);
    expect([...back.wordTable]).toEqual([...cols.wordTable]);
    expect(back.words).toBe('alphabetalodz');
  });

  it('rejects a file of another version', () => {
    const buf = encodeColumns(columnsFromCompact(tiny));
    buf.write('X', buf.indexOf('STEPPE'));
    expect(decodeColumns(buf)).toBeNull();
  });

  it('answers first-word and prefix questions without building sets', () => {
    const idx = cityIndex();
    expect(idx.hasFirstWord('new')).toBe(true);
    expect(idx.hasFirstWord('ne')).toBe(false);
    expect(idx.hasFirstWord('zzqx')).toBe(false);
    expect(idx.hasPrefix('new yo')).toBe(true);
    expect(idx.hasPrefix('new yoq')).toBe(false);
    expect(idx.maxPopulation('kabul')).toBeGreaterThan(1_000_000);
    expect(idx.has('kabul')).toBe(true);
  });
});
