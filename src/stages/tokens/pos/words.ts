/**
 * Per-word values of the POS tagger, computed once per distinct word string and kept across
 * documents (bounded): hashes, shape, the fixed tag (tag dictionary or country-name rule) and
 * the summed weights of every feature that depends on the word alone. Tagging then adds only
 * the features that depend on neighbours and previous tags (see tagger.ts).
 */
import { bucket, fnv, shapeClass } from './features.js';
import { nameClasses } from './names.js';

export interface WordEntry {
  word: number;
  suf3: number;
  shape: number;
  suf2: number;
  pre1: number;
  name: number;
  /** tag index fixed by the tag dictionary or the country-name rule, or -1 */
  fixed: number;
  /** scores of the word-only templates (0-4, 14, 18, 20): [not sentence-initial..., initial...] */
  base: Int32Array | null;
}

export interface WordModel {
  bits: number;
  weights: Int16Array;
  tagdict: Map<string, number>;
}

const LIMIT = 200_000;

export class WordCache {
  private readonly words = new Map<string, WordEntry>();
  /** scores of templates 5 and 6 per (prev, prev2) pair, filled on first use */
  private readonly pairs: Int32Array;
  private readonly pairDone: Uint8Array;
  private readonly mask: number;

  constructor(private readonly model: WordModel, private readonly nt: number, private readonly propn: number, private readonly adj: number) {
    this.mask = (1 << model.bits) - 1;
    this.pairs = new Int32Array((nt + 1) * (nt + 2) * nt);
    this.pairDone = new Uint8Array((nt + 1) * (nt + 2));
  }

  entry(w: string): WordEntry {
    let e = this.words.get(w);
    if (e) return e;
    if (this.words.size >= LIMIT) this.words.clear();
    const l = w.toLowerCase();
    const shape = shapeClass(w);
    const name = nameClasses().get(l) ?? 0;
    const dict = this.model.tagdict.get(l);
    const fixed = dict !== undefined ? dict : name && shape === 2 ? (name === 1 ? this.propn : this.adj) : -1;
    e = {
      word: fnv(l) | 0,
      suf3: fnv(l.length > 3 ? l.slice(-3) : l) | 0,
      suf2: fnv(l.length > 2 ? l.slice(-2) : l) | 0,
      pre1: l.charCodeAt(0) | 0,
      shape, name, fixed, base: null,
    };
    this.words.set(w, e);
    return e;
  }

  /** The word-only scores of an entry (computed once). */
  base(e: WordEntry): Int32Array {
    if (e.base) return e.base;
    const NT = this.nt;
    const W = this.model.weights;
    const m = this.mask;
    const b = new Int32Array(2 * NT);
    const both = [bucket(0, 1, m), bucket(1, e.word, m), bucket(2, e.suf3, m), bucket(3, e.pre1, m), bucket(4, e.shape, m),
      bucket(14, e.suf2, m), bucket(20, e.name * 16 + e.shape, m)];
    for (const k of both) {
      const o = k * NT;
      for (let t = 0; t < NT; t++) { b[t]! += W[o + t]!; b[NT + t]! += W[o + t]!; }
    }
    for (let first = 0; first < 2; first++) {
      const o = bucket(18, Math.imul(e.suf3, 7) ^ (e.shape * 2 + first), m) * NT;
      for (let t = 0; t < NT; t++) b[first * NT + t]! += W[o + t]!;
    }
    return (e.base = b);
  }

  /** Offset into pairScores() of the template 5 + 6 scores for tags (prev, prev2); starts are 101 and 103. */
  pairOffset(prev: number, prev2: number): number {
    const NT = this.nt;
    const a = prev < NT ? prev : NT;
    const b = prev2 < NT ? prev2 : prev2 === 101 ? NT : NT + 1;
    const slot = a * (NT + 2) + b;
    if (!this.pairDone[slot]) {
      const W = this.model.weights;
      const o5 = bucket(5, prev, this.mask) * NT;
      const o6 = bucket(6, prev * 31 + prev2, this.mask) * NT;
      for (let t = 0; t < NT; t++) this.pairs[slot * NT + t] = W[o5 + t]! + W[o6 + t]!;
      this.pairDone[slot] = 1;
    }
    return slot * NT;
  }

  get pairScores(): Int32Array {
    return this.pairs;
  }
}
