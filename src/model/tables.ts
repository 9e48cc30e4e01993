/**
 * Feature ids of the templates whose values come from small closed sets (case class, sentence
 * mode, document casing, gazetteer labels, first-pass tags, document votes), hashed once per
 * model from the same strings features.ts and stack.ts write.
 */
import { fnv1a } from './hash.js';
import type { Gazetteer } from './gazetteer.js';
import { TAGS } from './perceptron.js';
import { CLASSES } from './wordcache.js';

/** sentence modes in index order */
export const MODES = ['caps', 'lowdoc', 'norm'];
const BOOL = ['false', 'true'];
export const TYPE_NAMES = ['O', 'PER', 'ORG', 'LOC', 'MISC'];
/** first-pass tags and the sentence boundaries: index 9 is "<s>", 10 is "</s>" */
const TAGX = [...TAGS, '<s>', '</s>'];
const CAPS = ['caps', 'norm'];

const grid = (dims: number[], f: (...ix: number[]) => string, mask: number): Int32Array => {
  const size = dims.reduce((a, b) => a * b, 1);
  const out = new Int32Array(size);
  for (let k = 0; k < size; k++) {
    const ix: number[] = [];
    let r = k;
    for (let d = dims.length - 1; d >= 0; d--) { ix[d] = r % dims[d]!; r = Math.floor(r / dims[d]!); }
    out[k] = fnv1a(f(...ix)) & mask;
  }
  return out;
};

/**
 * Ids of several templates per combination k, with their weight rows summed: data[k * S, (k + 1) * S)
 * holds the sums (S = 0 without weights) and data[at + k * m, at + (k + 1) * m) the m ids.
 */
export interface Combined {
  data: Int32Array;
  at: number;
  m: number;
}

/** columns [from, from + width) of rows of S values of W (all S by default) */
function combine(ids: Int32Array[], W: Int16Array | undefined, S: number, from = 0, width = S): Combined {
  const K = ids[0]!.length;
  const m = ids.length;
  const at = K * width;
  const data = new Int32Array(at + K * m);
  for (let k = 0; k < K; k++) {
    for (let j = 0; j < m; j++) {
      const id = ids[j]![k]!;
      data[at + k * m + j] = id;
      if (W) for (let t = 0; t < width; t++) data[k * width + t] += W[id * S + from + t]!;
    }
  }
  return { data, at, m };
}

/** First-layer ids: index order is the order of the arguments (row-major). */
export class ContextTables {
  readonly cMode: Int32Array; // [cls][mode]
  readonly cFirst: Int32Array; // [cls][first]
  readonly dc: Int32Array; // [cap][low][cls][mode][first]
  readonly dcNone: Int32Array; // [cls][mode][first]
  readonly g: Int32Array; // [code]
  readonly gc: Int32Array; // [code][cls]
  readonly gPrev: Int32Array; // [code]
  readonly gNext: Int32Array; // [code]
  /**
   * c= with mode, c= with first, and dc= in one: k = ((d * 6 + cls) * 3 + mode) * 2 + first, where
   * d is 0 for dc=none, else 1 + cap * 2 + low
   */
  readonly token: Combined;
  /** g= and g= with the case class: k = code * 6 + cls */
  readonly gazCls: Combined;
  /** with W (packed rows of S values, see packLayers), the combined tables carry their weight sums */
  constructor(gaz: Gazetteer, mask: number, W?: Int16Array, S = 0) {
    const C = CLASSES.length;
    const codes = gaz.categories.length * 2;
    const lab = (code: number) => gaz.labelOf(code);
    this.cMode = grid([C, 3], (c, m) => `c=${CLASSES[c]}|${MODES[m]}`, mask);
    this.cFirst = grid([C, 2], (c, f) => `c=${CLASSES[c]}|first=${BOOL[f]}`, mask);
    this.dc = grid([2, 2, C, 3, 2], (a, b, c, m, f) => `dc=${BOOL[a]}|${BOOL[b]}|${CLASSES[c]}|${MODES[m]}|${BOOL[f]}`, mask);
    this.dcNone = grid([C, 3, 2], (c, m, f) => `dc=none|${CLASSES[c]}|${MODES[m]}|${BOOL[f]}`, mask);
    this.g = grid([codes], (k) => `g=${lab(k)}`, mask);
    this.gc = grid([codes, C], (k, c) => `g=${lab(k)}|${CLASSES[c]}`, mask);
    this.gPrev = grid([codes], (k) => `g-1=${lab(k)}`, mask);
    this.gNext = grid([codes], (k) => `g+1=${lab(k)}`, mask);
    const K = 5 * C * 3 * 2;
    const cols: Int32Array[] = [new Int32Array(K), new Int32Array(K), new Int32Array(K)];
    for (let k = 0; k < K; k++) {
      const first = k % 2, mode = ((k - first) / 2) % 3, c = Math.floor(k / 6) % C, d = Math.floor(k / (6 * C));
      cols[0]![k] = this.cMode[c * 3 + mode]!;
      cols[1]![k] = this.cFirst[c * 2 + first]!;
      cols[2]![k] = d === 0 ? this.dcNone[(c * 3 + mode) * 2 + first]! : this.dc[((d - 1) * C + c) * 6 + mode * 2 + first]!;
    }
    this.token = combine(cols, W, S);
    this.gazCls = combine([Int32Array.from(this.gc, (_, k) => this.g[Math.floor(k / C)]!), this.gc], W, S);
  }
}

/** Stacked-layer ids (see stack.ts). */
export class StackTables {
  readonly p1: Int32Array; // [tag]
  readonly p1Prev: Int32Array; // [tag]
  readonly p1Next: Int32Array; // [tag]
  readonly ctx: Int32Array; // [tag-1][tag][tag+1]
  readonly da: Int32Array; // [type]
  readonly daCaps: Int32Array; // [type][caps]
  readonly dm: Int32Array; // [type][minor]
  readonly dmOwn: Int32Array; // [type][own]
  readonly dmOwnCaps: Int32Array; // [type][own][caps]
  readonly dmO: number;
  /** p1=, p1-1=, p1+1= and p1ctx= in one: k = (tag-1 * 11 + tag) * 11 + tag+1 */
  readonly tri: Combined;
  /** da= and da= with caps: k = type * 2 + caps */
  readonly daBoth: Combined;
  /** dm= (minor/major), dm= with own, and with own and caps: k = ((type * 2 + minor) * 5 + own) * 2 + caps */
  readonly dmAll: Combined;
  /** with W, the combined tables carry the weight sums of columns [from, from + width) of its rows of S values */
  constructor(mask: number, readonly W?: Int16Array, readonly S = 0, readonly from = 0, width = 0) {
    const X = TAGX.length;
    this.p1 = grid([X], (a) => `p1=${TAGX[a]}`, mask);
    this.p1Prev = grid([X], (a) => `p1-1=${TAGX[a]}`, mask);
    this.p1Next = grid([X], (a) => `p1+1=${TAGX[a]}`, mask);
    this.ctx = grid([X, X, X], (a, b, c) => `p1ctx=${TAGX[a]}|${TAGX[b]}|${TAGX[c]}`, mask);
    this.da = grid([5], (k) => `da=${TYPE_NAMES[k]}`, mask);
    this.daCaps = grid([5, 2], (k, c) => `da=${TYPE_NAMES[k]}|${CAPS[c]}`, mask);
    this.dm = grid([5, 2], (k, m) => `dm=${TYPE_NAMES[k]}|${m ? 'minor' : 'major'}`, mask);
    this.dmOwn = grid([5, 5], (k, o) => `dm=${TYPE_NAMES[k]}|own=${TYPE_NAMES[o]}`, mask);
    this.dmOwnCaps = grid([5, 5, 2], (k, o, c) => `dm=${TYPE_NAMES[k]}|own=${TYPE_NAMES[o]}|${CAPS[c]}`, mask);
    this.dmO = fnv1a('dm=O') & mask;
    const X2 = X * X;
    const tri = Array.from({ length: 4 }, () => new Int32Array(X2 * X));
    for (let k = 0; k < X2 * X; k++) {
      tri[0]![k] = this.p1[Math.floor(k / X) % X]!;
      tri[1]![k] = this.p1Prev[Math.floor(k / X2)]!;
      tri[2]![k] = this.p1Next[k % X]!;
      tri[3]![k] = this.ctx[k]!;
    }
    this.tri = combine(tri, W, S, from, width);
    this.daBoth = combine([Int32Array.from(this.daCaps, (_, k) => this.da[k >> 1]!), this.daCaps], W, S, from, width);
    const dm = Array.from({ length: 3 }, () => new Int32Array(100));
    for (let k = 0; k < 100; k++) {
      const caps = k % 2, own = Math.floor(k / 2) % 5, minor = Math.floor(k / 10) % 2, type = Math.floor(k / 20);
      dm[0]![k] = this.dm[type * 2 + minor]!;
      dm[1]![k] = this.dmOwn[type * 5 + own]!;
      dm[2]![k] = this.dmOwnCaps[(type * 5 + own) * 2 + caps]!;
    }
    this.dmAll = combine(dm, W, S, from, width);
  }
}
