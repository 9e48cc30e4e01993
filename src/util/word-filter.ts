/**
 * A tiny Bloom filter over words, for stages that look every token up in a large word map.
 * The map lives far away in memory and the caches are cold at each new document (the model
 * stage runs in between), so a 2 KB bit array that says "certainly not in the map" for most
 * tokens saves a cache miss per token. `has` never answers false for a word that was added.
 */
const BITS = 1 << 14;
const MASK = BITS - 1;

export class WordFilter {
  private readonly bits = new Uint32Array(BITS >>> 5);

  constructor(words: Iterable<string> = []) {
    for (const w of words) this.add(w);
  }

  add(w: string): void {
    const a = probeA(w);
    const b = probeB(w);
    this.bits[a >>> 5]! |= 1 << (a & 31);
    this.bits[b >>> 5]! |= 1 << (b & 31);
  }

  /** false: the word was never added; true: it may have been. */
  has(w: string): boolean {
    const a = probeA(w);
    if ((this.bits[a >>> 5]! & (1 << (a & 31))) === 0) return false;
    const b = probeB(w);
    return (this.bits[b >>> 5]! & (1 << (b & 31))) !== 0;
  }
}

/** Two cheap hashes from the length and three characters (first, middle, last). */
function probeA(w: string): number {
  const n = w.length;
  if (n === 0) return 0;
  return (Math.imul(w.charCodeAt(0), 40503) ^ Math.imul(w.charCodeAt(n - 1), 2731) ^ Math.imul(n, 97)) & MASK;
}

function probeB(w: string): number {
  const n = w.length;
  if (n === 0) return 1;
  return (Math.imul(w.charCodeAt(n >>> 1), 52711) ^ Math.imul(w.charCodeAt(0), 313) ^ Math.imul(w.charCodeAt(n - 1), 7919) ^ n) & MASK;
}
