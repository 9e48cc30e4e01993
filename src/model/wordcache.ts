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
 * stamp is the current document's or pass's (see nextStamp): occurrences and casing (docWords)
 * and first-pass type votes (stacked layer), kept here so a document needs no map of its own.
 */
export interface LowerSlot {
  /** votable occurrences in the document of stamp nStamp */
  nStamp: number;
  n: number;
  /** casing counts, present in the document of stamp cStamp */
  cStamp: number;
  cap: number;
  low: number;
  /** first-pass votes per type (O, PER, ORG, LOC, MISC) of the m occurrences counted in pass vStamp */
  vStamp: number;
  votes: number[];
  m: number;
  /** longest gazetteer name the word may start, and its own single-word label codes */
  head: number;
  gaz: readonly number[] | undefined;
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
  /** whether shape, the neighbour part of data and the FNV states are filled in (WordCache.full) */
  full: boolean;
  /** whether the own part of data, capsId and firstId are filled in too (WordCache.own) */
  own: boolean;
  /**
   * [0, S): weight sums of the word's own features; [S(1+k), S(2+k)): sums of the word seen as
   * neighbour slot k (0: -1, 1: +1, 2: -2, 3: +2); then 2 ids per slot; then 5 FNV states of the
   * pair features it starts (FNV_AT); then the own ids (OWN_AT). FNV states are int32, kept
   * here rather than as fields so that every WordInfo keeps one hidden class.
   */
  data: Int32Array;
  capsId: number;
  firstId: number;
  /** longest gazetteer name this word may start, and its own single-word label codes */
  head: number;
  gaz: readonly number[] | undefined;
  /** the generation (unique over all caches) whose map holds the word (see WordCache.known) */
  gen: number;
}

/** Something that can carry a word's info between documents: a token record (util/words.ts). */
export interface InfoHolder {
  ner: unknown;
}

let generations = 0;

/**
 * Offsets into WordInfo.data from FNV_AT(S): the FNV states of "w-1w=" + lower + "|",
 * "w-1sh=" + lower + "|", "sh3=" + shape + "|", "ww+1=" + lower + "|", "shw+1=" + shape + "|".
 */
export const FNV_PREV_W = 0, FNV_PREV_SH = 1, FNV_PREV_SH3 = 2, FNV_NEXT_W = 3, FNV_NEXT_SH = 4;
/** where WordInfo.data holds the FNV states (after the sums and the neighbour ids), and the own ids */
export const FNV_AT = (S: number): number => 5 * S + 8;
export const OWN_AT = (S: number): number => 5 * S + 13;

export const PADS = ['<s>', '<s2>', '</s>', '</s2>'];
const MAX_WORDS = 20_000;
const EMPTY = new Int32Array(0);

/** Word infos of one model (weights packed as rows of S = layers * T int16 values). */
export class WordCache {
  /** the current and the old generation of words and of lower-case slots (see startDocument) */
  private map = new Map<string, WordInfo>();
  private old = new Map<string, WordInfo>();
  private slots = new Map<string, LowerSlot>();
  private oldSlots = new Map<string, LowerSlot>();
  /** the current generation's number */
  private gen = ++generations;
  /** sentence padding: index -1, -2, n, n + 1 */
  readonly pads: WordInfo[];
  constructor(
    readonly W: Int16Array,
    readonly S: number,
    readonly mask: number,
    readonly gaz: Gazetteer,
    /** words per generation (at most twice as many are kept) */
    private readonly limit = MAX_WORDS,
  ) {
    // one (empty) rotation at once, so the optimised startDocument has seen that path
    this.startDocument(true);
    this.pads = PADS.map((p) => {
      const info = this.basic(p, p);
      this.fill(info, p);
      return info;
    });
  }

  /** The word's info; its features (data and FNV states) may not be filled in yet: see full. */
  get(word: string): WordInfo {
    let info = this.map.get(word);
    if (info) return info;
    info = this.old.get(word);
    if (info) this.slots.set(info.lower, info.slot); // keep its slot findable with it
    else info = this.basic(word);
    info.gen = this.gen;
    this.map.set(word, info);
    return info;
  }

  /**
   * get(word) through a holder that carries the info across documents (a token record of the
   * tokens stage, whose text is `word`): the carried info is taken only while the current
   * generation holds it, where get would return that very object.
   */
  known(word: string, holder: InfoHolder): WordInfo {
    const info = holder.ner as WordInfo | null | undefined;
    if (info && info.gen === this.gen && info.w === word) return info;
    const got = this.get(word);
    holder.ner = got;
    return got;
  }

  /**
   * Called before each document (never inside one, whose words share slots): when the current
   * generation is full it becomes the old one and the older one is forgotten. Words met again
   * move back to the current generation with their filled-in features, so frequent words are
   * not recomputed (clearing everything refilled 139k words over 19k Reuters articles).
   */
  startDocument(force = false): void {
    if (this.map.size < this.limit && !force) return;
    this.old = this.map;
    this.oldSlots = this.slots;
    this.map = new Map();
    this.slots = new Map();
    this.gen = ++generations;
  }

  /** The info with its features filled in (done once per word, when the tagger first scores near it). */
  full(info: WordInfo): WordInfo {
    if (!info.full) this.fill(info);
    return info;
  }

  /** The info with its own features filled in as well (for a word the tagger scores). */
  own(info: WordInfo): WordInfo {
    if (!info.full) this.fill(info);
    if (!info.own) this.fillOwn(info);
    return info;
  }

  /** Fills the five words around a scored token: the token's own features, its neighbours' full ones. */
  window(pp: WordInfo, p: WordInfo, w: WordInfo, q: WordInfo, qq: WordInfo): void {
    if (!pp.full) this.fill(pp);
    if (!p.full) this.fill(p);
    this.own(w);
    if (!q.full) this.fill(q);
    if (!qq.full) this.fill(qq);
  }

  id(h: number): number {
    return (h >>> 0) & this.mask;
  }

  private basic(w: string, lower = w.toLowerCase()): WordInfo {
    const slot = this.slot(lower);
    return {
      w, lower, slot, shape: '', full: false, own: false, data: EMPTY,
      cls: CLASS_INDEX.get(caseClass(w))!,
      votable: w.length >= 2 && LETTER.test(w),
      capsId: 0, firstId: 0,
      head: slot.head, gaz: slot.gaz, gen: 0,
    };
  }

  private slot(lower: string): LowerSlot {
    let k = this.slots.get(lower);
    if (k) return k;
    k = this.oldSlots.get(lower);
    if (!k) {
      k = { nStamp: 0, n: 0, cStamp: 0, cap: 0, low: 0, vStamp: 0, votes: [0, 0, 0, 0, 0], m: 0, head: this.gaz.span(lower), gaz: this.gaz.codes(lower) };
    }
    this.slots.set(lower, k);
    return k;
  }

  /** The word seen as a neighbour: shape, neighbour-slot ids and sums, FNV states. */
  private fill(info: WordInfo, shape = fineShape(info.w)): void {
    const { S } = this;
    const { lower } = info;
    info.shape = shape;
    const data = new Int32Array(OWN_AT(S) + 5 + 2 * Math.min(4, lower.length));
    const nb = 5 * S;
    for (let k = 0; k < 4; k++) {
      const a = (data[nb + 2 * k] = this.id(fnvRange(NB_W[k]!, lower, 0, lower.length)));
      const b = (data[nb + 2 * k + 1] = this.id(fnvRange(NB_SH[k]!, shape, 0, shape.length)));
      this.addRow(data, S * (1 + k), a);
      this.addRow(data, S * (1 + k), b);
    }
    const f = FNV_AT(S);
    data[f + FNV_PREV_W] = fnvRange(PREV_W, lower, 0, lower.length, PIPE);
    data[f + FNV_PREV_SH] = fnvRange(PREV_SH, lower, 0, lower.length, PIPE);
    data[f + FNV_PREV_SH3] = fnvRange(SH3, shape, 0, shape.length, PIPE);
    data[f + FNV_NEXT_W] = fnvRange(NEXT_W, lower, 0, lower.length, PIPE);
    data[f + FNV_NEXT_SH] = fnvRange(NEXT_SH, shape, 0, shape.length, PIPE);
    info.data = data;
    info.full = true;
  }

  /** The word's own features: ids into data from OWN_AT(S), their sums into [0, S), capsId, firstId. */
  private fillOwn(info: WordInfo): void {
    const { w, lower, shape, data } = info;
    let o = OWN_AT(this.S);
    data[o++] = this.id(OWN_B);
    data[o++] = this.id(fnvRange(OWN_W, lower, 0, lower.length));
    data[o++] = this.id(fnvRange(OWN_WW, w, 0, w.length));
    data[o++] = this.id(fnvRange(OWN_SH, shape, 0, shape.length));
    data[o++] = this.id(LEN[Math.min(w.length, 8)]!);
    const L = Math.min(4, lower.length);
    for (let k = 1; k <= L; k++) {
      data[o++] = this.id(fnvRange(PRE[k]!, lower, 0, k));
      data[o++] = this.id(fnvRange(SUF[k]!, lower, lower.length - k, lower.length));
    }
    for (let r = OWN_AT(this.S); r < o; r++) this.addRow(data, 0, data[r]!);
    info.capsId = this.id(fnvRange(CAPS_W, lower, 0, lower.length));
    info.firstId = this.id(fnvRange(FIRST_W, lower, 0, lower.length));
    info.own = true;
  }

  private addRow(out: Int32Array, off: number, row: number): void {
    const { W, S } = this;
    const r = row * S;
    for (let t = 0; t < S; t++) out[off + t] += W[r + t]!;
  }
}

/** FNV-1a state `h` continued over text[from, to), then over the char code `tail` when given. */
function fnvRange(h: number, text: string, from: number, to: number, tail = -1): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return tail < 0 ? h : Math.imul(h ^ tail, 0x01000193);
}

/** FNV states of the feature templates' fixed prefixes (features.ts writes the same strings) */
const st = (text: string) => fnvMore(FNV_OFFSET, text);
const PIPE = '|'.charCodeAt(0);
const NB_W = ['w-1=', 'w+1=', 'w-2=', 'w+2='].map(st);
const NB_SH = ['sh-1=', 'sh+1=', 'sh-2=', 'sh+2='].map(st);
const PREV_W = st('w-1w='), PREV_SH = st('w-1sh='), SH3 = st('sh3='), NEXT_W = st('ww+1='), NEXT_SH = st('shw+1=');
const OWN_B = st('b'), OWN_W = st('w='), OWN_WW = st('W='), OWN_SH = st('sh=');
const LEN = Array.from({ length: 9 }, (_, k) => st(`len=${k}`));
const PRE = Array.from({ length: 5 }, (_, k) => st(`p${k}=`));
const SUF = Array.from({ length: 5 }, (_, k) => st(`s${k}=`));
const CAPS_W = st('capsw='), FIRST_W = st('first|w=');

/** Packs the layers' int16 emission weights side by side: row r holds layer 0's T values, then layer 1's, ... */
export function packLayers(layers: ReadonlyArray<{ W: ArrayLike<number> }>, rows: number, T: number): Int16Array {
  const L = layers.length;
  const out = new Int16Array(rows * L * T);
  for (let l = 0; l < L; l++) {
    const W = layers[l]!.W;
    if (!(W instanceof Int16Array)) throw new TypeError('packLayers needs quantised (int16) weights');
    for (let r = 0, src = 0, dst = l * T; r < rows; r++, src += T, dst += L * T) {
      for (let t = 0; t < T; t++) out[dst + t] = W[src + t]!;
    }
  }
  return out;
}

/** Layer l's weights (rows × T) out of packLayers' output for L layers: its inverse, one layer at a time. */
export function unpackLayer(packed: Int16Array, l: number, L: number, T: number): Int16Array {
  const rows = packed.length / (L * T);
  const W = new Int16Array(rows * T);
  for (let r = 0, dst = 0, src = l * T; r < rows; r++, dst += T, src += L * T) {
    for (let t = 0; t < T; t++) W[dst + t] = packed[src + t]!;
  }
  return W;
}
