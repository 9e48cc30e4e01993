import type { TokenShape } from '../../types.js';

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{Nd}/u;
const LETTER = /\p{L}/u;

/** Coarse word shape: "Xx" capitalised, "X" all caps, "x" lower case, "d" digits, "p" punctuation, "m" mixed. */
export function shapeOf(text: string): TokenShape {
  const first = text[0] ?? '';
  if (!LETTER.test(text)) return DIGIT.test(text) ? 'd' : 'p';
  if (!LOWER.test(text)) return UPPER.test(text) ? 'X' : 'm';
  if (!UPPER.test(text)) return DIGIT.test(text) ? 'm' : 'x';
  return UPPER.test(first) ? 'Xx' : 'm';
}
