import type { TokenShape } from '../../types.js';

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{Nd}/u;
const LETTER = /\p{L}/u;

/** Coarse word shape: "Xx" capitalised, "X" all caps, "x" lower case, "d" digits, "p" punctuation, "m" mixed. */
export function shapeOf(text: string): TokenShape {
  // ASCII fast path: the same answer from char codes
  let upper = false, lower = false, digit = false, ascii = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) { ascii = false; break; }
    if (c >= 97 && c <= 122) lower = true;
    else if (c >= 65 && c <= 90) upper = true;
    else if (c >= 48 && c <= 57) digit = true;
  }
  if (ascii) {
    if (!upper && !lower) return digit ? 'd' : 'p';
    if (!lower) return 'X';
    if (!upper) return digit ? 'm' : 'x';
    const c0 = text.charCodeAt(0);
    return c0 >= 65 && c0 <= 90 ? 'Xx' : 'm';
  }
  const first = text[0] ?? '';
  if (!LETTER.test(text)) return DIGIT.test(text) ? 'd' : 'p';
  if (!LOWER.test(text)) return UPPER.test(text) ? 'X' : 'm';
  if (!UPPER.test(text)) return DIGIT.test(text) ? 'm' : 'x';
  return UPPER.test(first) ? 'Xx' : 'm';
}
