/**
 * Per-word values of the POS tagger, computed once per distinct word string and kept across
 * documents (bounded): the token's lower case and shape, hashes, the fixed tag (tag dictionary or
 * country-name rule), the summed weights of every feature that depends on the word alone, and of
 * every feature that sees the word as a neighbour. Tagging then adds only the features that
 * depend on word pairs and previous tags (see tagger.ts).
 *
 * The cache is an open-addressing table probed with the token's characters in the document text,
 * so a known word costs no string slice and no Map hashing. It keeps two generations of at most
 * GENERATION words each: a word found in the older one moves (row copied, record kept) into the
 * younger; when the younger is full it becomes the older and the oldest is dropped. Frequent
 * words so stay cached over a long run instead of the whole cache emptying every 30k words.
 */
import type { TokenShape } from '../../../types.js';
import type { WordRecord } from '../../../util/words.js';
import { shapeOf } from '../shape.js';
import { bucket, shapeClass } from './features.js';
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
   * Score rows of 17 (nt) tags at data[at, at + 6nt): [0, 2nt) the word-only templates (0-4, 14,
   * 18, 20), not sentence-initial then initial; then the word seen as a neighbour: [2nt, 3nt) at
   * -1 (templates 8 + 9), [3nt, 4nt) at +1 (10 + 11), [4nt, 5nt) at -2 (12), [5nt, 6nt) at +2 (13).
   * data is the slab of the entry's generation (shared by many words).
   */
  data: Int32Array;
  at: number;
  /** the text's hash in the cache table */
  hash: number;
}

export interface WordModel {
  bits: number;
  weights: Int16Array;
  tagdict: Map<string, number>;
}

/** the hashed word value of a position outside the sentence (features.ts), by offset */
const NONE = 0x5bd1e995 | 0;
const NO_ROWS = new Int32Array(0);
/** words per generation by default; two generations are kept */
const GENERATION = 16_384;

/** One generation: a hash table of slots (entry number + 1) over its entries and their score rows. */
class Generation {
  /** open-addressing table of entries (null: free), twice as many slots as entries */
  private readonly table: Array<WordEntry | null>;
  private count = 0;
  readonly rows: Int32Array;
  private readonly mask: number;
  constructor(readonly width: number, private readonly size: number) {
    this.rows = new Int32Array(size * width);
    this.table = new Array<WordEntry | null>(2 * size).fill(null);
    this.mask = 2 * size - 1;
  }

  /** The entry of text[start, end) with this hash, or undefined. */
  find(text: string, start: number, end: number, hash: number): WordEntry | undefined {
    const table = this.table;
    const len = end - start;
    const mask = this.mask;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const e = table[i]!;
      if (e === null) return undefined;
      if (e.hash !== hash) continue;
      const w = e.text;
      if (w.length !== len) continue;
      let k = 0;
      while (k < len && w.charCodeAt(k) === text.charCodeAt(start + k)) k++;
      if (k === len) return e;
    }
  }

  get full(): boolean {
    return this.count >= this.size;
  }

  /** Adds an entry (its rows already written at `rows[at]` by the caller, at = next offset). */
  insert(e: WordEntry): void {
    const table = this.table;
    let i = e.hash & this.mask;
    while (table[i] !== null) i = (i + 1) & this.mask;
    table[i] = e;
    this.count++;
  }

  /** Offset of the next entry's rows. */
  get next(): number {
    return this.count * this.width;
  }
}

/** 32-bit FNV-1a over text[start, end), as a signed integer: features.ts's fnv of the slice, | 0. */
function fnvRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) {
    h ^= text.charCodeAt(k);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** FNV-1a over text[start, end), as a cache-table hash. */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h & 0x3fffffff; // a small integer, so the entries' hash field never changes representation
}

export class WordCache {
  private young: Generation;
  /** starts as an empty generation, so the field never changes type (a change would deoptimise its readers) */
  private old: Generation;
  /** scores of templates 5 and 6 per (prev, prev2) pair */
  private readonly pairs: Int32Array;
  private readonly mask: number;
  /** the neighbour rows of positions outside the sentence: -1, +1, -2, +2 (nt each) */
  readonly edges: Int32Array;
  /** rows of template 15 (shape, sentence-initial, next shape) per value below 1024 */
  readonly shapeRows: Int32Array;
  /** country, capital and demonym words (names.ts) */
  private readonly names = nameClasses();

  /** generation: words per generation, a power of two */
  constructor(private readonly model: WordModel, private readonly nt: number, private readonly propn: number, private readonly adj: number, private readonly generation = GENERATION) {
    this.mask = (1 << model.bits) - 1;
    this.young = new Generation(6 * nt, generation);
    this.old = new Generation(6 * nt, 1);
    this.pairs = new Int32Array((nt + 1) * (nt + 2) * nt);
    this.shapeRows = new Int32Array(1024 * nt);
    this.edges = new Int32Array(4 * nt);
    const m = this.mask;
    this.addRow(this.edges, 0, bucket(8, NONE + 1, m));
    this.addRow(this.edges, 0, bucket(9, NONE, m));
    this.addRow(this.edges, nt, bucket(10, NONE - 1, m));
    this.addRow(this.edges, nt, bucket(11, NONE, m));
    this.addRow(this.edges, 2 * nt, bucket(12, NONE + 2, m));
    this.addRow(this.edges, 3 * nt, bucket(13, NONE - 2, m));
    this.fillContextRows();
    // run every path once (new words, generation turnover, promotion) on a tiny throwaway cache, so
    // the optimised code of a long run does not deoptimise when the real cache first turns over
    if (generation > 2) {
      const drill = new WordCache(model, nt, propn, adj, 2);
      // enough rounds that V8 allocates feedback for each function and records it
      for (let round = 0; round < 40; round++) for (const w of ['a', 'b', round % 2 ? 'c' : 'Long-compound-word']) drill.entry(w);
    }
  }

  /** The entry of a word string. */
  entry(word: string): WordEntry {
    return this.lookup(word, 0, word.length);
  }

  /** The entry of the word text[start, end), without slicing it when the word is known. */
  lookup(text: string, start: number, end: number): WordEntry {
    const hash = hashOf(text, start, end);
    const y = this.young;
    const e = y.find(text, start, end, hash);
    if (e) return e;
    const o = this.old.find(text, start, end, hash);
    if (o) return this.promote(o);
    return this.create(text.slice(start, end), hash);
  }

  /** The young generation to insert into, turning a full one into the old one. */
  private room(): Generation {
    if (this.young.full) {
      this.old = this.young;
      this.young = new Generation(6 * this.nt, this.generation);
    }
    return this.young;
  }

  /** Moves an old entry into the young generation (rows copied; the record stays the same object). */
  private promote(e: WordEntry): WordEntry {
    const g = this.room();
    const at = g.next;
    const w = g.width;
    const from = e.data;
    const to = g.rows;
    for (let k = 0; k < w; k++) to[at + k] = from[e.at + k]!;
    e.data = to;
    e.at = at;
    g.insert(e);
    return e;
  }

  private create(slice: string, hash: number): WordEntry {
    const g = this.room();
    // a long slice may share its document's whole text: keep a flat copy of its own (the
    // concatenation is flattened into a new string, and the slice of it points there)
    const w = slice.length >= 13 ? (' ' + slice).slice(1) : slice;
    const l = w.toLowerCase();
    const shape = shapeClass(w);
    const name = this.names.get(l) ?? 0;
    const dict = this.model.tagdict.get(l);
    const fixed = dict !== undefined ? dict : name && shape === 2 ? (name === 1 ? this.propn : this.adj) : -1;
    const n = l.length;
    const word = fnvRange(l, 0, n);
    const suf3 = fnvRange(l, n > 3 ? n - 3 : 0, n);
    const suf2 = fnvRange(l, n > 2 ? n - 2 : 0, n);
    const pre1 = l.charCodeAt(0) | 0;
    const NT = this.nt;
    const m = this.mask;
    const W = this.model.weights;
    const data = g.rows;
    const at = g.next;
    // rows of the templates (features.ts) in one pass over the tags; the same sums as adding
    // them one by one: word-only templates 0-4, 14, 20 in both rows (not initial, initial),
    // template 18 per row, then the word as a neighbour (8 + 9, 10 + 11, 12, 13)
    const o0 = bucket(0, 1, m) * NT, o1 = bucket(1, word, m) * NT, o2 = bucket(2, suf3, m) * NT;
    const o3 = bucket(3, pre1, m) * NT, o4 = bucket(4, shape, m) * NT, o14 = bucket(14, suf2, m) * NT;
    const o20 = bucket(20, name * 16 + shape, m) * NT;
    const o18a = bucket(18, Math.imul(suf3, 7) ^ (shape * 2), m) * NT, o18b = bucket(18, Math.imul(suf3, 7) ^ (shape * 2 + 1), m) * NT;
    const o8 = bucket(8, word, m) * NT, o9 = bucket(9, suf3, m) * NT, o10 = bucket(10, word, m) * NT;
    const o11 = bucket(11, suf3, m) * NT, o12 = bucket(12, word, m) * NT, o13 = bucket(13, word, m) * NT;
    for (let t = 0; t < NT; t++) {
      const both = W[o0 + t]! + W[o1 + t]! + W[o2 + t]! + W[o3 + t]! + W[o4 + t]! + W[o14 + t]! + W[o20 + t]!;
      data[at + t] = both + W[o18a + t]!;
      data[at + NT + t] = both + W[o18b + t]!;
      data[at + 2 * NT + t] = W[o8 + t]! + W[o9 + t]!;
      data[at + 3 * NT + t] = W[o10 + t]! + W[o11 + t]!;
      data[at + 4 * NT + t] = W[o12 + t]!;
      data[at + 5 * NT + t] = W[o13 + t]!;
    }
    const e: WordEntry = { text: w, lower: l, tokenShape: shapeOf(w), word, suf3, shape, fixed, data: NO_ROWS, at: -1, hash, lex: null, ner: null };
    // written twice from the first word on: V8 then never treats the fields as constants, and moving
    // an entry to a new generation later deoptimises nothing
    e.data = data;
    e.at = at;
    g.insert(e);
    return e;
  }

  /** Adds the weight row of bucket k into out[at, at + nt). */
  private addRow(out: Int32Array, at: number, k: number): void {
    const W = this.model.weights;
    const o = k * this.nt;
    for (let t = 0; t < this.nt; t++) out[at + t]! += W[o + t]!;
  }

  /** Fills the template 5 + 6 rows of every (prev, prev2) pair and the template 15 rows of every shape value. */
  private fillContextRows(): void {
    const NT = this.nt;
    const W = this.model.weights;
    for (let a = 0; a <= NT; a++) {
      for (let b = 0; b <= NT + 1; b++) {
        const prev = a < NT ? a : 101;
        const prev2 = b < NT ? b : b === NT ? 101 : 103;
        const o5 = bucket(5, prev, this.mask) * NT;
        const o6 = bucket(6, prev * 31 + prev2, this.mask) * NT;
        const at = (a * (NT + 2) + b) * NT;
        for (let t = 0; t < NT; t++) this.pairs[at + t] = W[o5 + t]! + W[o6 + t]!;
      }
    }
    for (let v = 0; v < 1024; v++) this.addRow(this.shapeRows, v * NT, bucket(15, v, this.mask));
  }

  /** Offset into pairScores of the template 5 + 6 scores for tags (prev, prev2); starts are 101 and 103. */
  pairOffset(prev: number, prev2: number): number {
    const NT = this.nt;
    const a = prev < NT ? prev : NT;
    const b = prev2 < NT ? prev2 : prev2 === 101 ? NT : NT + 1;
    return (a * (NT + 2) + b) * NT;
  }

  /** Offset into shapeRows of template 15 for value v = shape * 64 + initial * 32 + next shape (shapes below 16). */
  shapeOffset(v: number): number {
    return v * this.nt;
  }

  get pairScores(): Int32Array {
    return this.pairs;
  }
}
