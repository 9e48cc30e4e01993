import { describe, expect, it } from 'vitest';
import { docWords } from './featurise.js';
import { Gazetteer } from './gazetteer.js';
import { liveTokens } from './live.js';
import { WordCache } from './wordcache.js';

const cache = new WordCache(new Int16Array(18 * 1024), 18, 1023, new Gazetteer({ city: ['tashkent'] }));
/** words that cannot continue a name, standing in for the parts of speech the model stage asks */
const FUNCTION_WORDS = new Set(['said', 'so', 'then', 'the', 'and', 'in', 'of', 'to', 'on', 'met', 'spoke', 'left', 'agreed', 'went', 'were']);
/** the live words of each sentence, joined by spaces */
const live = (...sentences: string[]): string[] => {
  const words = sentences.map((s) => s.split(' '));
  const flat = words.flat();
  const flags = liveTokens(docWords(words, cache), (g) => !FUNCTION_WORDS.has(flat[g]!));
  let g = 0;
  return words.map((ws) => ws.filter(() => flags[g++] === 1).join(' '));
};

describe('liveTokens', () => {
  it('scores capitalised words, the lower-case words bridged between them, and a number, bracket or possessive after one', () => {
    expect(live('officials of the Bank of England met with her and Aigerim Bekova in Tashkent on a visit .')).toEqual(['Bank of England Aigerim Bekova in Tashkent']);
    expect(live('the Euro 96 final was held at Lord \'s , not by the team Mladost ( L ) .')).toEqual(['Euro 96 Lord \'s Mladost ( L )']);
  });

  it('leaves out a lower-case word right after a name only when it cannot continue one', () => {
    expect(live('then Bekova said so .')).toEqual(['Bekova']);
    expect(live('shares of Norton co rose .')).toEqual(['Norton co']);
    const words = [['then', 'Bekova', 'said', 'so']];
    expect(Array.from(liveTokens(docWords(words, cache)))).toEqual([0, 1, 1, 0]); // without nameable, every word may
  });

  it('leaves out a sentence-initial word the document writes in lower case and never capitalises inside a sentence', () => {
    expect(live('The talks went on .', 'they said the talks were long .')).toEqual(['', '']);
    // capitalised inside a sentence elsewhere, or followed by a capitalised word: still scored
    expect(live('Bush spoke first .', 'a bush grew , and then Bush left .')).toEqual(['Bush', 'Bush']);
    expect(live('The Hague agreed .', 'the talks were long .')).toEqual(['The Hague', '']);
    expect(live('Securities and Exchange officials met .', 'the securities were sold .')).toEqual(['Securities and Exchange officials', '']);
    // never written in lower case elsewhere: scored
    expect(live('Analysts said so .', 'the talks were long .')).toEqual(['Analysts', '']);
  });

  it('scores every token of a headline in capitals and of a document without capitals', () => {
    expect(live('BEKOVA SAYS TALKS GO ON', 'the talks were long .')).toEqual(['BEKOVA SAYS TALKS GO ON', '']);
    expect(live('bekova said the talks were long .')).toEqual(['bekova said the talks were long .']);
  });
});
