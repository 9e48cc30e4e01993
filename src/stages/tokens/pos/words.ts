/**
 * Per-word values of the POS tagger, computed once per distinct word string and kept across
 * documents (bounded): the token's lower case and shape, hashes, the fixed tag (tag dictionary or
 * country-name rule), the summed weights of every feature that depends on the word alone, and of
 * every feature that sees the word as a neighbour. Tagging then adds only the features that
 * depend on word pairs and previous tags (see tagger.ts).
 */
import type { TokenShape } from '../../../types.js';
import type { WordRecord } from '../../../util/words.js';
import { shapeOf } from '../shape.js';
import { bucket, fnv, shapeClass } from './features.js';
import { nameClasses } from './names.js';

export interface WordEntry extends WordRecord {
  /** the word, its lower case and its token shape (shape.ts) */
  text: string;
  lower: string;
  tokenShape: TokenShape;
  word: number;
  suf3: number;
  /** the tagger's shape class (features.ts) */
  shape: number;
  /** tag index fixed by the tag dictionary or the country-name rule, or -1 */
  fixed: number;
  /**
   * Score rows of 17 (nt) tags: [0, 2nt) the word-only templates (0-4, 14, 18, 20), not
   * sentence-initial then initial; then the word seen as a neighbour: [2nt, 3nt) at -1
   * (templates 8 + 9), [3nt, 4nt) at +1 (10 + 11), [4nt, 5nt) at -2 (12), [5nt, 6nt) at +2 (13).
   */
  data: Int32Array;
}

export interface WordModel {
  bits: number;
  weights: Int16Array;
  tagdict: Map<string, number>;
}

/** the hashed word value of a position outside the sentence (features.ts), by offset */
const NONE = 0x5bd1e995 | 0;
const LIMIT = 30_000;

export class WordCache {
  private readonly words = new Map<string, WordEntry>();
  /** scores of templates 5 and 6 per (prev, prev2) pair, filled on first use */
  private readonly pairs: Int32Array;
  private readonly pairDone: Uint8Array;
  private readonly mask: number;
  /** the neighbour rows of positions outside the sentence: -1, +1, -2, +2 (nt each) */
  readonly edges: Int32Array;
  /** rows of template 15 (shape, sentence-initial, next shape) per value below 1024, filled on first use */
  readonly shapeRows: Int32Array;
  private readonly shapeDone: Uint8Array;

  constructor(private readonly model: WordModel, private readonly nt: number, private readonly propn: number, private readonly adj: number) {
    this.mask = (1 << model.bits) - 1;
    this.pairs = new Int32Array((nt + 1) * (nt + 2) * nt);
    this.pairDone = new Uint8Array((nt + 1) * (nt + 2));
    this.shapeRows = new Int32Array(1024 * nt);
    this.shapeDone = new Uint8Array(1024);
    this.edges = new Int32Array(4 * nt);
    this.addRows(this.edges, 0, [bucket(8, NONE + 1, this.mask), bucket(9, NONE, this.mask)]);
    this.addRows(this.edges, nt, [bucket(10, NONE - 1, this.mask), bucket(11, NONE, this.mask)]);
    this.addRows(this.edges, 2 * nt, [bucket(12, NONE + 2, this.mask)]);
    this.addRows(this.edges, 3 * nt, [bucket(13, NONE - 2, this.mask)]);
  }

  entry(slice: string): WordEntry {
    let e = this.words.get(slice);
    if (e) return e;
    if (this.words.size >= LIMIT) this.words.clear();
    // a long slice may share its document's whole text: keep a copy of its own
    const w = slice.length >= 13 ? [...slice].join('') : slice;
    const l = w.toLowerCase();
    const shape = shapeClass(w);
    const name = nameClasses().get(l) ?? 0;
    const dict = this.model.tagdict.get(l);
    const fixed = dict !== undefined ? dict : name && shape === 2 ? (name === 1 ? this.propn : this.adj) : -1;
    const word = fnv(l) | 0;
    const suf3 = fnv(l.length > 3 ? l.slice(-3) : l) | 0;
    const suf2 = fnv(l.length > 2 ? l.slice(-2) : l) | 0;
    const pre1 = l.charCodeAt(0) | 0;
    const NT = this.nt;
    const m = this.mask;
    const data = new Int32Array(6 * NT);
    const both = [bucket(0, 1, m), bucket(1, word, m), bucket(2, suf3, m), bucket(3, pre1, m), bucket(4, shape, m), bucket(14, suf2, m), bucket(20, name * 16 + shape, m)];
    this.addRows(data, 0, both);
    this.addRows(data, NT, both);
    for (let first = 0; first < 2; first++) this.addRows(data, first * NT, [bucket(18, Math.imul(suf3, 7) ^ (shape * 2 + first), m)]);
    this.addRows(data, 2 * NT, [bucket(8, word, m), bucket(9, suf3, m)]);
    this.addRows(data, 3 * NT, [bucket(10, word, m), bucket(11, suf3, m)]);
    this.addRows(data, 4 * NT, [bucket(12, word, m)]);
    this.addRows(data, 5 * NT, [bucket(13, word, m)]);
    e = { text: w, lower: l, tokenShape: shapeOf(w), word, suf3, shape, fixed, data, lex: null, ner: null };
    this.words.set(w, e);
    return e;
  }

  /** Adds the weight rows of `buckets` into out[at, at + nt). */
  private addRows(out: Int32Array, at: number, buckets: number[]): void {
    const W = this.model.weights;
    for (const k of buckets) {
      const o = k * this.nt;
      for (let t = 0; t < this.nt; t++) out[at + t]! += W[o + t]!;
    }
  }

  /** Offset into pairScores of the template 5 + 6 scores for tags (prev, prev2); starts are 101 and 103. */
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

  /** Offset into shapeRows of template 15 for value v = shape * 64 + initial * 32 + next shape (shapes below 16). */
  shapeOffset(v: number): number {
    if (!this.shapeDone[v]) {
      this.addRows(this.shapeRows, v * this.nt, [bucket(15, v, this.mask)]);
      this.shapeDone[v] = 1;
    }
    return v * this.nt;
  }

  get pairScores(): Int32Array {
    return this.pairs;
  }
}
