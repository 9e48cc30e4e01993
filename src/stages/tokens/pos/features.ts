import { nameClasses } from './names.js';
import { fnv1a as fnv } from '../../../util/hash.js';

export { fnv };

/**
 * Numeric features of the POS tagger: every feature is a (template, value) pair hashed into a
 * bucket without building strings, so tagging costs a few integer operations per feature.
 */


/** Mixes a template id and a value into a bucket index. */
export function bucket(template: number, value: number, mask: number): number {
  let h = Math.imul(value ^ Math.imul(template + 1, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) & mask;
}

/** Shape class: 1 lower, 2 Capitalised, 3 ALLCAPS, 4 digits, 5 digits+other, 6 punctuation, 7 mixed; +8 with a hyphen. */
export function shapeClass(w: string): number {
  let upper = 0, lower = 0, digit = 0, other = 0, hyphen = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 97 && c <= 122) lower++;
    else if (c >= 65 && c <= 90) upper++;
    else if (c >= 48 && c <= 57) digit++;
    else if (c === 45) hyphen++;
    else if (c > 127) { const ch = w[i]!; if (ch.toLowerCase() !== ch) upper++; else if (ch.toUpperCase() !== ch) lower++; else other++; }
    else other++;
  }
  let s: number;
  if (digit && !upper && !lower) s = other ? 5 : 4;
  else if (!upper && !lower && !digit) s = 6;
  else if (upper && !lower) s = 3;
  else if (!upper) s = 1;
  else if (upper === 1 && w[0] && w[0] !== w[0].toLowerCase()) s = 2;
  else s = 7;
  return s + (hyphen ? 8 : 0);
}

/** Per-token values computed once per document. */
export interface TokenInfo {
  word: Int32Array;
  suf3: Int32Array;
  suf2: Int32Array;
  pre1: Int32Array;
  shape: Int32Array;
  /** 0, or 1 a country or capital name, 2 a demonym */
  name: Int32Array;
  lower: string[];
}

export function tokenInfo(words: readonly string[]): TokenInfo {
  const n = words.length;
  const names = nameClasses();
  const info: TokenInfo = { word: new Int32Array(n), suf3: new Int32Array(n), suf2: new Int32Array(n), pre1: new Int32Array(n), shape: new Int32Array(n), name: new Int32Array(n), lower: new Array(n) };
  for (let i = 0; i < n; i++) {
    const l = words[i]!.toLowerCase();
    info.lower[i] = l;
    info.word[i] = fnv(l) | 0;
    info.suf3[i] = fnv(l.length > 3 ? l.slice(-3) : l) | 0;
    info.suf2[i] = fnv(l.length > 2 ? l.slice(-2) : l) | 0;
    info.pre1[i] = l.charCodeAt(0) | 0;
    info.shape[i] = shapeClass(words[i]!);
    info.name[i] = names.get(l) ?? 0;
  }
  return info;
}

const NONE = 0x5bd1e995 | 0;

/** Writes the feature buckets of token i (s0..s1 is its sentence) into `out`; returns how many. */
export function features(t: TokenInfo, i: number, s0: number, s1: number, prev: number, prev2: number, mask: number, out: Int32Array): number {
  const w = (k: number) => (k >= s0 && k < s1 ? t.word[k]! : NONE - k + i);
  const suf = (k: number) => (k >= s0 && k < s1 ? t.suf3[k]! : NONE);
  let n = 0;
  out[n++] = bucket(0, 1, mask);
  out[n++] = bucket(1, t.word[i]!, mask);
  out[n++] = bucket(2, t.suf3[i]!, mask);
  out[n++] = bucket(3, t.pre1[i]!, mask);
  out[n++] = bucket(4, t.shape[i]!, mask);
  out[n++] = bucket(5, prev, mask);
  out[n++] = bucket(6, prev * 31 + prev2, mask);
  out[n++] = bucket(7, Math.imul(t.word[i]!, 31) + prev, mask);
  out[n++] = bucket(8, w(i - 1), mask);
  out[n++] = bucket(9, suf(i - 1), mask);
  out[n++] = bucket(10, w(i + 1), mask);
  out[n++] = bucket(11, suf(i + 1), mask);
  out[n++] = bucket(12, w(i - 2), mask);
  out[n++] = bucket(13, w(i + 2), mask);
  out[n++] = bucket(14, t.suf2[i]!, mask);
  out[n++] = bucket(15, t.shape[i]! * 64 + (i === s0 ? 1 : 0) * 32 + (i + 1 < s1 ? t.shape[i + 1]! : 0), mask);
  out[n++] = bucket(16, Math.imul(t.word[i]!, 17) ^ w(i + 1), mask);
  out[n++] = bucket(17, Math.imul(w(i - 1), 13) ^ t.word[i]!, mask);
  out[n++] = bucket(18, Math.imul(t.suf3[i]!, 7) ^ (t.shape[i]! * 2 + (i === s0 ? 1 : 0)), mask);
  out[n++] = bucket(19, Math.imul(suf(i + 1), 11) ^ (t.shape[i]! * 2 + (i === s0 ? 1 : 0)), mask);
  out[n++] = bucket(20, t.name[i]! * 16 + t.shape[i]!, mask);
  return n;
}

export const MAX_FEATURES = 21;
