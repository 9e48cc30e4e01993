/**
 * MinHash signatures over word shingles, and LSH band keys. Pure functions (no SQL): the
 * ingest workers compute signatures, the store keeps the band keys and finds candidates.
 */
export const NUM_HASHES = 100;
export const BANDS = 20;
export const ROWS = NUM_HASHES / BANDS;
export const SHINGLE = 3;
/** estimated Jaccard similarity at or above which two articles are one story */
export const SAME_STORY = 0.5;

/** odd multipliers and offsets of the hash family h_i(x) = a_i * x + b_i (mod 2^32) */
const MUL = new Int32Array(NUM_HASHES);
const ADD = new Int32Array(NUM_HASHES);
{
  let x = 0x9e3779b9;
  for (let i = 0; i < NUM_HASHES; i++) {
    x = fmix(x + 0x6d2b79f5 + i);
    MUL[i] = x | 1;
    x = fmix(x + 0x6d2b79f5);
    ADD[i] = x;
  }
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The distinct shingle hashes of a text: lower-cased word n-grams. */
export function shingles(text: string, n = SHINGLE): Int32Array {
  const words = text.toLowerCase().match(WORD) ?? [];
  const out = new Set<number>();
  if (words.length < n) {
    if (words.length) out.add(fnv(words.join(' ')));
  } else {
    const hashes = words.map(fnv);
    for (let i = 0; i + n <= hashes.length; i++) {
      let h = hashes[i]!;
      for (let j = 1; j < n; j++) h = fmix((Math.imul(h, 31) + hashes[i + j]!) >>> 0);
      out.add(h);
    }
  }
  return Int32Array.from(out);
}

/** The MinHash signature of a text: NUM_HASHES minima, compared as signed 32-bit integers (fast). */
export function signature(text: string): Int32Array {
  const sig = new Int32Array(NUM_HASHES).fill(0x7fffffff);
  const sh = shingles(text);
  const mul = MUL;
  const add = ADD;
  for (let k = 0; k < sh.length; k++) {
    const x = sh[k]! | 0;
    for (let i = 0; i < NUM_HASHES; i++) {
      const h = (Math.imul(mul[i]!, x) + add[i]!) | 0;
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}

/** Fraction of equal positions: an estimate of the Jaccard similarity of the shingle sets. */
export function similarity(a: Int32Array, b: Int32Array): number {
  let same = 0;
  for (let i = 0; i < NUM_HASHES; i++) if (a[i] === b[i]) same++;
  return same / NUM_HASHES;
}

/** One integer key per band: band index in the high bits, a hash of its rows in the low 32. */
export function bandKeys(sig: Int32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x2545f491 ^ b;
    for (let r = 0; r < ROWS; r++) h = fmix((h ^ sig[b * ROWS + r]!) >>> 0);
    keys.push(b * 0x100000000 + h);
  }
  return keys;
}

export const toBlob = (sig: Int32Array): Buffer => Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
export const fromBlob = (buf: Buffer): Int32Array => {
  const copy = new Uint8Array(buf);
  return new Int32Array(copy.buffer, 0, copy.byteLength / 4);
};
