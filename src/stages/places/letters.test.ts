import { describe, expect, it } from 'vitest';
import { allLetters, upperFirst } from './letters.js';

const SAMPLES = ['', 'a', 'Z', 'Paris', 'paris', "d'Ivoire", 'ń', 'Łódź', 'Émile', 'éclair', 'Toru', '3rd', ',', '.', 'U.S.',
  'New York', 'Ölbaum', 'σ', 'Σ', 'İstanbul', 'ſ', '𝐀bc', 'ab1', '_', '-', 'Ab-c'];

describe('letter tests', () => {
  it('answer as /^\\p{L}+$/u does', () => {
    for (const s of SAMPLES) expect(allLetters(s), s).toBe(/^\p{L}+$/u.test(s));
  });
  it('answer as /^\\p{Lu}/u does', () => {
    for (const s of SAMPLES) expect(upperFirst(s), s).toBe(/^\p{Lu}/u.test(s));
  });
});
