/**
 * Letter tests with an ASCII fast path: the same answers as the Unicode regular expressions they
 * stand for (/^\p{L}+$/u and /^\p{Lu}/u), which run only for text with a non-ASCII character.
 * The per-token checks of the places stage mostly see ASCII words and marks.
 */
const ALL_LETTERS = /^\p{L}+$/u;
const UPPER_FIRST = /^\p{Lu}/u;

const asciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** The text is one or more letters and nothing else (/^\p{L}+$/u). */
export function allLetters(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return ALL_LETTERS.test(s);
    if (!asciiLetter(c)) return false;
  }
  return true;
}

/** The text opens with an upper-case letter (/^\p{Lu}/u). */
export function upperFirst(s: string): boolean {
  if (s.length === 0) return false;
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_FIRST.test(s);
}
