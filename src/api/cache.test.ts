import { describe, expect, it } from 'vitest';
import { ResponseCache } from './cache.js';

describe('response cache', () => {
  it('answers repeats from memory until the data version changes', () => {
    let version = 1;
    let computed = 0;
    const cache = new ResponseCache(() => version);
    const body = () => `{"n":${++computed}}`;
    expect(cache.get('/a', body)).toBe('{"n":1}');
    expect(cache.get('/a', body)).toBe('{"n":1}');
    version = 2;
    expect(cache.get('/a', body)).toBe('{"n":2}');
  });
  it('drops the least recently used entries beyond its bounds', () => {
    const cache = new ResponseCache(() => 1, 2);
    let n = 0;
    const body = () => String(++n);
    cache.get('/a', body);
    cache.get('/b', body);
    cache.get('/a', body);
    cache.get('/c', body);
    expect(cache.get('/a', body)).toBe('1');
    expect(cache.get('/b', body)).toBe('4');
  });
});
