/**
 * Per-word part of the NER features, computed once per distinct word and cached: the hashed ids
 * of the features that depend on the word alone (w=, W=, sh=, len=, prefixes, suffixes, and the
 * word seen as a neighbour: w-1=, sh-1=, ...), the sums of their weight rows over all layers, and
 * FNV-1a states of the pair features it starts ("w-1w=<word>|"), so no feature string is built.
 * Ids are exactly those of hashing the feature strings of features.ts.
 */
import { FNV_OFFSET, fnvMore } from './hash.js';
import type { Gazetteer } from './gazetteer.js';
import { caseClass, fineShape } from './shape.js';

/** case classes in index order (see caseClass) */
export const CLASSES = ['C', 'A', 'L', 'D', 'P', 'M'];
const CLASS_INDEX = new Map(CLASSES.map((c, k) => [c, k]));
const LETTER = /\p{L}/u;

/**
 * Per-document counts shared by the case variants of a word ("The", "the"), valid while their
 * stamp is the current pass's (see nextStamp): document casing (first layer) and first-pass
 * type votes (stacked layer), kept here so a document needs no map of its own.
 */
export interface LowerSlot {
  cStamp: number;
  cap: number;
  low: number;
  vStamp: number;
  /** votes per type: O, PER, ORG, LOC, MISC */
  votes: Int32Array;
}

let stamps = 0;
/** A fresh stamp for one pass over one document. */
export const nextStamp = (): number => ++stamps;

export interface WordInfo {
  /** the word as written */
  w: string;
  lower: string;
  /** shared with the other words of the same lower-case form */
  slot: LowerSlot;
  shape: string;
  /** index into CLASSES */
  cls: number;
  /** counts in the document-level type votes of the stacked layer */
  votable: boolean;
  /** whether data and the FNV states below are filled in (WordCache.full) */
  full: boolean;
  /**
   * [0, S): weight sums of the word's own features; [S(1+k), S(2+k)): sums of the word seen as
   * neighbour slot k (0: -1, 1: +1, 2: -2, 3: +2); then 2 ids per slot; then the own ids.
   */
  data: Int32Array;
  /**
   * FNV states (int32; kept in a typed array, not as fields, so every WordInfo keeps one hidden
   * class): see FNV_PREV_W ... FNV_NEXT_SH.
   */
  fnv: Int32Array;
  capsId: number;
  firstId: number;
  /** longest gazetteer name this word may start, and its own single-word label codes */
  head: number;
  gaz: readonly number[] | undefined;
}

/** indices into WordInfo.fnv: the states of "w-1w=" + lower + "|", "w-1sh=" + lower + "|", "sh3=" + shape + "|", "ww+1=" + lower + "|", "shw+1=" + shape + "|" */
export const FNV_PREV_W = 0, FNV_PREV_SH = 1, FNV_PREV_SH3 = 2, FNV_NEXT_W = 3, FNV_NEXT_SH = 4;

const NB = [['w-1=', 'sh-1='], ['w+1=', 'sh+1='], ['w-2=', 'sh-2='], ['w+2=', 'sh+2=']] as const;
export const PADS = ['<s>', '<s2>', '</s>', '</s2>'];
const MAX_WORDS = 40_000;
const EMPTY = new Int32Array(0);

/** Word infos of one model (weights packed as rows of S = layers * T int16 values). */
export class WordCache {
  private readonly map = new Map<string, WordInfo>();
  private readonly slots = new Map<string, LowerSlot>();
  /** sentence padding: index -1, -2, n, n + 1 */
  readonly pads: WordInfo[];
  constructor(
    readonly W: Int16Array,
    readonly S: number,
    readonly mask: number,
    readonly gaz: Gazetteer,
  ) {
    this.pads = PADS.map((p) => {
      const info = this.basic(p, p);
      this.fill(info, p);
      return info;
    });
  }

  /** The word's info; its features (data and FNV states) may not be filled in yet: see full. */
  get(word: string): WordInfo {
    let info = this.map.get(word);
    if (!info) {
      info = this.basic(word);
      this.map.set(word, info);
    }
    return info;
  }

  /** Called before each document: forgets every word when the cache is full (never inside a document, whose words share slots). */
  startDocument(): void {
    if (this.map.size >= MAX_WORDS) { this.map.clear(); this.slots.clear(); }
  }

  /** The info with its features filled in (done once per word, when the tagger first scores near it). */
  full(info: WordInfo): WordInfo {
    if (!info.full) this.fill(info);
    return info;
  }

  id(h: number): number {
    return (h >>> 0) & this.mask;
  }

  private basic(w: string, lower = w.toLowerCase()): WordInfo {
    return {
      w, lower, slot: this.slot(lower), shape: '', full: false, data: EMPTY,
      cls: CLASS_INDEX.get(caseClass(w))!,
      votable: w.length >= 2 && LETTER.test(w),
      fnv: EMPTY, capsId: 0, firstId: 0,
      head: this.gaz.span(lower), gaz: this.gaz.codes(lower),
    };
  }

  private slot(lower: string): LowerSlot {
    let k = this.slots.get(lower);
    if (!k) this.slots.set(lower, (k = { cStamp: 0, cap: 0, low: 0, vStamp: 0, votes: new Int32Array(5) }));
    return k;
  }

  private fill(info: WordInfo, shape = fineShape(info.w)): void {
    const { S } = this;
    const { w, lower } = info;
    info.shape = shape;
    const id = (...parts: string[]) => this.id(parts.reduce(fnvMore, FNV_OFFSET));
    const own = [id('b'), id('w=', lower), id('W=', w), id('sh=', shape), id('len=', String(Math.min(w.length, 8)))];
    for (let k = 1; k <= 4 && k <= lower.length; k++) own.push(id(`p${k}=`, lower.slice(0, k)), id(`s${k}=`, lower.slice(-k)));
    const data = new Int32Array(5 * S + 8 + own.length);
    NB.forEach(([a, b], k) => {
      data[5 * S + 2 * k] = id(a, lower);
      data[5 * S + 2 * k + 1] = id(b, shape);
      this.sumRows(data, S * (1 + k), data.subarray(5 * S + 2 * k, 5 * S + 2 * k + 2));
    });
    data.set(own, 5 * S + 8);
    this.sumRows(data, 0, data.subarray(5 * S + 8));
    const st = (...parts: string[]) => parts.reduce(fnvMore, FNV_OFFSET);
    info.data = data;
    info.fnv = Int32Array.of(st('w-1w=', lower, '|'), st('w-1sh=', lower, '|'), st('sh3=', shape, '|'), st('ww+1=', lower, '|'), st('shw+1=', shape, '|'));
    info.capsId = id('capsw=', lower); info.firstId = id('first|w=', lower);
    info.full = true;
  }

  private sumRows(out: Int32Array, off: number, ids: Int32Array): void {
    const { W, S } = this;
    for (const r of ids) for (let t = 0; t < S; t++) out[off + t] += W[r * S + t]!;
  }
}

/** Packs the layers' int16 emission weights side by side: row r holds layer 0's T values, then layer 1's, ... */
export function packLayers(layers: ReadonlyArray<{ W: ArrayLike<number> }>, rows: number, T: number): Int16Array {
  const L = layers.length;
  const out = new Int16Array(rows * L * T);
  layers.forEach(({ W }, l) => {
    if (!(W instanceof Int16Array)) throw new TypeError('packLayers needs quantised (int16) weights');
    for (let r = 0; r < rows; r++) for (let t = 0; t < T; t++) out[(r * L + l) * T + t] = W[r * T + t]!;
  });
  return out;
}
