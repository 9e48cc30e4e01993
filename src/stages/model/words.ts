/**
 * Turns our tokens into CoNLL-like words for the tagger: hyphenated compounds written
 * without spaces ("Anglo-Dutch", "Smith-Jones") become one word as in CoNLL, and typographic
 * quotes and dashes become their ASCII forms.
 */
import type { Token } from '../../types.js';
import type { WordRecord } from '../../util/words.js';

const ASCII: Record<string, string> = { '\u2019': "'", '\u2018': "'", '\u201c': '"', '\u201d': '"', '\u2013': '-', '\u2014': '--' };
const TYPOGRAPHIC = /[\u2018\u2019\u201c\u201d\u2013\u2014]/g;
const normalise = (s: string) => {
  // most words are plain: skip the regex unless a character is in the typographic range
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) >= 0x2013) return s.replace(TYPOGRAPHIC, (c) => ASCII[c]!);
  return s;
};
const isHyphen = (t: Token) => t.text === '-';
const wordy = (t: Token) => /[\p{L}\p{Nd}]$/u.test(t.text);

/**
 * Words of the token range [t0, t1); with `starts`, each word's first token index is pushed onto
 * it (a word ends where the next one starts, the last at t1). With `records` (the tokens' word
 * records, index for index) and `holders`, each word's record is pushed onto holders when the word
 * is one token written as its record's text, else null.
 */
export function wordsOf(tokens: readonly Token[], t0: number, t1: number, starts?: number[], records?: readonly WordRecord[], holders?: Array<WordRecord | null>): string[] {
  const words: string[] = [];
  let i = t0;
  while (i < t1) {
    let j = i + 1;
    // absorb "-X" pieces glued to the previous piece: X - Y - Z with no spaces
    while (j + 1 < t1 && isHyphen(tokens[j]!) && wordy(tokens[j - 1]!) && /^[\p{L}\p{Nd}]/u.test(tokens[j + 1]!.text)
      && tokens[j - 1]!.end === tokens[j]!.start && tokens[j]!.end === tokens[j + 1]!.start) j += 2;
    let text = tokens[i]!.text;
    for (let k = i + 1; k < j; k++) text += tokens[k]!.text;
    const word = normalise(text);
    words.push(word);
    starts?.push(i);
    if (records && holders) {
      const r = records[i]!;
      holders.push(j === i + 1 && r.text === word ? r : null);
    }
    i = j;
  }
  return words;
}
