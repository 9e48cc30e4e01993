/**
 * Normalisation shared by lexicon keys and document token keys, so that an alias and the
 * same words in a text give the same key: lower case, straight apostrophes, no full stops
 * ("U.S." = "US"), single spaces, no spaces around hyphens.
 */
export function foldKey(s: string): string {
  return rawKey(s).toLowerCase();
}

/** Like foldKey but keeps case: used for acronyms that match case-sensitively ("US", "WHO"). */
export function rawKey(s: string): string {
  return s
    .replace(/[’‘`´]/g, "'")
    .replace(/[–—‐]/g, '-')
    .replace(/\./g, '')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * An alias matches case-sensitively when it is acronym-like: one word with a capital letter
 * after its first character ("NATO", "U.S.", "LeT", "G7", "ISIS-K").
 */
export function isExactAlias(alias: string): boolean {
  const k = rawKey(alias);
  return !k.includes(' ') && /^.+\p{Lu}/u.test(k) && k.length <= 8;
}

const UPPER = /^\p{Lu}/u;

/** True when the alias starts with a capital letter (so only capitalised text may match it). */
export function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90; // ASCII fast path, the same answer
  return UPPER.test(s);
}

