import { describe, expect, it } from 'vitest';
import { Gazetteer } from './gazetteer.js';
import { T } from './perceptron.js';
import { packLayers, unpackLayer, WordCache } from './wordcache.js';

describe('WordCache generations', () => {
  const gaz = new Gazetteer({ city: ['osh'] });
  const make = () => new WordCache(new Int16Array(256 * T), T, 255, gaz, 2);

  it('keeps a word met again after its generation aged, with its filled-in features', () => {
    const cache = make();
    const rain = cache.full(cache.get('Rain'));
    cache.get('falls');
    cache.startDocument(); // generation full: {Rain, falls} becomes the old one
    expect(cache.get('Rain')).toBe(rain);
    expect(rain.full).toBe(true);
    cache.get('hard');
    cache.startDocument(); // {Rain, hard} is now old, {falls} forgotten
    expect(cache.get('Rain')).toBe(rain);
    expect(cache.get('falls')).not.toBe(rain);
  });

  it('gives case variants one lower-case slot across generations', () => {
    const cache = make();
    const upper = cache.get('Osh');
    cache.get('x');
    cache.startDocument();
    const lower = cache.get('osh');
    expect(lower.slot).toBe(upper.slot);
    cache.get('y');
    cache.startDocument(); // {osh, y} old; 'Osh' only reachable through its slot owner
    expect(cache.get('OSH').slot).toBe(upper.slot);
    expect(upper.gaz).toEqual([0]);
  });

  it('forgets words unused for two generations', () => {
    const cache = make();
    const a = cache.get('a');
    cache.get('b');
    cache.startDocument();
    cache.get('c');
    cache.get('d');
    cache.startDocument();
    expect(cache.get('a')).not.toBe(a);
  });

  it('takes a carried info only while its generation is current, and only from its own cache', () => {
    const cache = make();
    const holder = { ner: null as unknown };
    const rain = cache.known('Rain', holder);
    expect(holder.ner).toBe(rain);
    expect(cache.known('Rain', holder)).toBe(cache.get('Rain'));
    cache.get('falls');
    cache.startDocument(); // Rain ages: the carried info is checked again through get
    expect(cache.known('Rain', holder)).toBe(rain);
    const other = make();
    const mine = other.known('Rain', holder);
    expect(mine).not.toBe(rain);
    expect(other.get('Rain')).toBe(mine);
    expect(cache.known('Hail', { ner: rain })).toBe(cache.get('Hail'));
  });
});

describe('packed layer weights', () => {
  it('unpacks each layer exactly as it was packed', () => {
    const rows = 7;
    const layers = [0, 1, 2].map((l) => ({ W: Int16Array.from({ length: rows * T }, (_, k) => (k * 31 + l * 1000) % 32767 - 16000) }));
    const packed = packLayers(layers, rows, T);
    expect(packed.length).toBe(3 * rows * T);
    layers.forEach((layer, l) => expect(Array.from(unpackLayer(packed, l, 3, T))).toEqual(Array.from(layer.W)));
  });
});
