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
/**
 * Stored articles compared with a new one at most: those sharing the most bands. Keeps a write
 * constant-time when a story has thousands of copies (the best match shares the most bands).
 */
export const MAX_CANDIDATES = 64;

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

/**
 * The fnv hashes of a text's lower-cased words (as int32), the same as fnv over WORD matches:
 * one pass without a Unicode regex for ASCII text, the regex for the rest.
 */
function wordHashes(text: string): Int32Array {
  const out = new Int32Array((text.length >> 1) + 1);
  let n = 0;
  let h = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c > 127) return Int32Array.from(text.toLowerCase().match(WORD) ?? [], fnv);
    if (c >= 65 && c <= 90) c |= 0x20;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (!inWord) {
        h = 0x811c9dc5 | 0;
        inWord = true;
      }
      h = Math.imul(h ^ c, 0x01000193);
    } else if (inWord) {
      out[n++] = h;
      inWord = false;
    }
  }
  if (inWord) out[n++] = h;
  return out.subarray(0, n);
}

/** The shingle hashes of a text in order, repeats included (int32 arithmetic equals the unsigned one mod 2^32). */
function allShingles(text: string, n: number): Int32Array {
  const hashes = wordHashes(text);
  if (hashes.length < n) {
    const words = text.toLowerCase().match(WORD) ?? [];
    return words.length ? Int32Array.of(fnv(words.join(' '))) : new Int32Array(0);
  }
  const out = new Int32Array(hashes.length - n + 1);
  for (let i = 0; i < out.length; i++) {
    let h = hashes[i]!;
    for (let j = 1; j < n; j++) h = fmix((Math.imul(h, 31) + hashes[i + j]!) >>> 0);
    out[i] = h;
  }
  return out;
}

/** The distinct shingle hashes of a text: lower-cased word n-grams. */
export function shingles(text: string, n = SHINGLE): Int32Array {
  return Int32Array.from(new Set(allShingles(text, n)));
}

/** The MinHash signature of a text: NUM_HASHES minima, compared as signed 32-bit integers (fast). */
export function signature(text: string): Int32Array {
  const sig = new Int32Array(NUM_HASHES);
  const sh = allShingles(text, SHINGLE); // a repeated shingle cannot change a minimum
  for (let i = 0; i < NUM_HASHES; i++) {
    const mul = MUL[i]!;
    const add = ADD[i]!;
    let min = 0x7fffffff;
    for (let k = 0; k < sh.length; k++) {
      const h = (Math.imul(mul, sh[k]!) + add) | 0;
      if (h < min) min = h;
    }
    sig[i] = min;
  }
  return sig;
}

/** Fraction of equal positions: an estimate of the Jaccard similarity of the shingle sets. */
export function similarity(a: Int32Array, b: Int32Array): number {
  let same = 0;
  for (let i = 0; i < NUM_HASHES; i++) if (a[i] === b[i]) same++;
  return same / NUM_HASHES;
}

/** similarity() against a stored signature blob, without copying it when it is aligned. */
export function similarityToBlob(a: Int32Array, blob: Buffer): number {
  const b = blob.byteOffset % 4 === 0 ? new Int32Array(blob.buffer, blob.byteOffset, blob.byteLength / 4) : fromBlob(blob);
  return b.length === NUM_HASHES ? similarity(a, b) : 0;
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
