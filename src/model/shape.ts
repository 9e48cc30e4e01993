/** Word-shape helpers for the tagger's features (finer than Token.shape). */

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{Nd}/u;

/** "Xxxx" → "Xx", "U.S." → "X.X.", "1996-08-30" → "d-d-d": character classes with runs collapsed. */
export function fineShape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    const code = ch.charCodeAt(0);
    const c = code < 128
      ? (code >= 65 && code <= 90 ? 'X' : code >= 97 && code <= 122 ? 'x' : code >= 48 && code <= 57 ? 'd' : ch)
      : UPPER.test(ch) ? 'X' : LOWER.test(ch) ? 'x' : DIGIT.test(ch) ? 'd' : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out.length > 12 ? out.slice(0, 12) : out;
}

/** Coarse case class: "C" capitalised, "A" all caps, "L" lower, "D" digit-like, "P" punctuation, "M" mixed. */
export function caseClass(word: string): string {
  let hasUpper = false;
  let hasLower = false;
  let hasDigit = false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 128) return caseClassUnicode(word);
    if (code >= 65 && code <= 90) hasUpper = true;
    else if (code >= 97 && code <= 122) hasLower = true;
    else if (code >= 48 && code <= 57) hasDigit = true;
  }
  if (!hasUpper && !hasLower) return hasDigit ? 'D' : 'P';
  if (hasUpper && !hasLower) return 'A';
  if (!hasUpper) return 'L';
  const first = word.charCodeAt(0);
  return first >= 65 && first <= 90 ? 'C' : 'M';
}

function caseClassUnicode(word: string): string {
  const hasUpper = UPPER.test(word);
  const hasLower = LOWER.test(word);
  if (!hasUpper && !hasLower) return DIGIT.test(word) ? 'D' : 'P';
  if (hasUpper && !hasLower) return 'A';
  if (!hasUpper) return 'L';
  return UPPER.test(word[0] ?? '') ? 'C' : 'M';
}

/** True when a sentence is written in capitals (a headline): most of its letter words are all caps. */
export function isCapsSentence(words: readonly string[]): boolean {
  let letters = 0;
  let caps = 0;
  for (const w of words) {
    const c = caseClass(w);
    if (c === 'D' || c === 'P') continue;
    letters++;
    if (c === 'A') caps++;
  }
  return letters >= 2 && caps / letters > 0.6;
}
