/**
 * A linear-chain tagger over hashed features: emission weights W[bucket * T + tag] plus a
 * first-order transition matrix, decoded with Viterbi under IOB2 constraints
 * (I-X only after B-X or I-X). Trained as an averaged structured perceptron (train.ts).
 */

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export const T = TAGS.length;

/** allowed[(prev + 1) * T + cur]: prev = -1 is the sentence start. */
export const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array((T + 1) * T);
  for (let p = -1; p < T; p++) {
    for (let c = 0; c < T; c++) {
      const cur = TAGS[c]!;
      const prev = p < 0 ? 'O' : TAGS[p]!;
      const ok = !cur.startsWith('I-') || (prev !== 'O' && prev.slice(2) === cur.slice(2));
      a[(p + 1) * T + c] = ok ? 1 : 0;
    }
  }
  return a;
})();

/** For each tag, the tags allowed after it inside a sentence, ascending. */
const NEXT: Int8Array[] = TAGS.map((_, p) => Int8Array.from(TAGS.keys()).filter((c) => ALLOWED[(p + 1) * T + c]));

export interface Decoded {
  tags: Int8Array;
  /** per token: marginal probability of the chosen entity type (B or I), given the temperature */
  confidence: Float32Array;
}

/** Emission weights: float while training, int16 times a scale when loaded from a file. */
export type Weights = Float32Array | Float64Array | Int16Array;

/** One layer of the tagger: emission weights (times `scale`) and transitions. */
export interface Layer {
  W: Weights;
  trans: Float32Array | Float64Array;
  scale?: number;
}

/** Emission scores for one sentence: out[i * T + t]. */
export function emissions(W: Weights, feats: readonly Int32Array[], scale = 1, extra?: readonly Int32Array[]): Float64Array {
  const out = new Float64Array(feats.length * T);
  for (let i = 0; i < feats.length; i++) {
    let ids = feats[i]!;
    // nine running sums in locals: T is 9 (see TAGS); much faster than indexing `out`
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
    for (let pass = 0; pass < 2; pass++) {
      for (let k = 0; k < ids.length; k++) {
        const w = ids[k]! * 9;
        s0 += W[w]!; s1 += W[w + 1]!; s2 += W[w + 2]!; s3 += W[w + 3]!; s4 += W[w + 4]!;
        s5 += W[w + 5]!; s6 += W[w + 6]!; s7 += W[w + 7]!; s8 += W[w + 8]!;
      }
      if (!extra) break;
      ids = extra[i]!;
    }
    const b = i * 9;
    out[b] = s0 * scale; out[b + 1] = s1 * scale; out[b + 2] = s2 * scale; out[b + 3] = s3 * scale; out[b + 4] = s4 * scale;
    out[b + 5] = s5 * scale; out[b + 6] = s6 * scale; out[b + 7] = s7 * scale; out[b + 8] = s8 * scale;
  }
  return out;
}

/**
 * Where a run of tokens sits in its sentence: `from` is the tag before it (-1 for the sentence
 * start, 0 when a token pinned to O precedes it) and `toO` says a token pinned to O follows it.
 */
export interface Bounds {
  from: number;
  toO: boolean;
}
const SENTENCE: Bounds = { from: -1, toO: false };

/** Best IOB2-consistent tag sequence under emissions + transitions. */
export function viterbi(em: Float64Array, trans: Float32Array | Float64Array, n: number): Int8Array {
  const tags = new Int8Array(n);
  viterbiInto(em, 0, n, trans, SENTENCE, tags, 0);
  return tags;
}

/**
 * Viterbi over the n tokens whose emissions start at em[at * T], written to out[outAt, outAt + n).
 * O and B-X may follow any tag, I-X only B-X or I-X (see ALLOWED); ties go to the lowest tag.
 */
export function viterbiInto(em: Float64Array, at: number, n: number, trans: Float32Array | Float64Array, b: Bounds, out: Int8Array, outAt: number): void {
  const score = scratch(3, n * T);
  const back = scratchBack(n * T);
  const row = (b.from + 1) * T;
  const e0 = at * T;
  for (let c = 0; c < T; c++) score[c] = ALLOWED[row + c] ? em[e0 + c]! + trans[row + c]! : -Infinity;
  for (let i = 1; i < n; i++) {
    const sp = (i - 1) * T;
    const so = i * T;
    const eo = e0 + so;
    for (let c = 0; c < T; c += c === 0 ? 1 : 2) {
      // O (c = 0) and B-X (c odd): any previous tag
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        const s = score[sp + p]! + trans[(p + 1) * T + c]!;
        if (s > best) { best = s; arg = p; }
      }
      score[so + c] = best + em[eo + c]!;
      back[so + c] = arg;
    }
    for (let c = 2; c < T; c += 2) {
      // I-X: after B-X (c - 1) or I-X (c)
      let best = -Infinity;
      let arg = 0;
      const s1 = score[sp + c - 1]! + trans[c * T + c]!;
      if (s1 > best) { best = s1; arg = c - 1; }
      const s2 = score[sp + c]! + trans[(c + 1) * T + c]!;
      if (s2 > best) { best = s2; arg = c; }
      score[so + c] = best + em[eo + c]!;
      back[so + c] = arg;
    }
  }
  let best = -Infinity;
  let last = 0;
  for (let c = 0; c < T; c++) {
    const s = score[(n - 1) * T + c]! + (b.toO ? trans[(c + 1) * T]! : 0);
    if (s > best) { best = s; last = c; }
  }
  out[outAt + n - 1] = last;
  for (let i = n - 1; i > 0; i--) out[outAt + i - 1] = back[i * T + out[outAt + i]!]!;
}

/**
 * Decodes one sentence (features `feats`, plus `extra` per token for a stacked layer); with a
 * temperature, also how sure the model is of each token's type.
 */
export function decode(layer: Layer, feats: readonly Int32Array[], temperature = 0, extra?: readonly Int32Array[]): Decoded {
  if (feats.length === 0) return { tags: new Int8Array(0), confidence: new Float32Array(0) };
  return decodeEmissions(emissions(layer.W, feats, layer.scale, extra), layer.trans, feats.length, temperature);
}

/** Viterbi tags of `n` tokens' emission scores and, with a temperature, their type confidences. */
export function decodeEmissions(em: Float64Array, trans: Float32Array | Float64Array, n: number, temperature: number): Decoded {
  const out = { tags: new Int8Array(n), confidence: new Float32Array(n) };
  decodeInto(em, 0, n, trans, SENTENCE, temperature, out, 0);
  return out;
}

/**
 * decodeEmissions for the n tokens whose emissions start at em[at * T], within bounds b,
 * written to out.tags and out.confidence at [outAt, outAt + n); confidences are computed only
 * when some tag is not O (they stay as they were otherwise).
 */
export function decodeInto(em: Float64Array, at: number, n: number, trans: Float32Array | Float64Array, b: Bounds, temperature: number, out: Decoded, outAt: number): void {
  const { tags, confidence } = out;
  viterbiInto(em, at, n, trans, b, tags, outAt);
  if (!(temperature > 0)) return;
  let named = false;
  for (let i = 0; i < n && !named; i++) named = tags[outAt + i] !== 0;
  if (!named) return;
  const m = marginalsAt(em, at, n, trans, b, temperature);
  for (let i = 0; i < n; i++) {
    const type = typeOf(tags[outAt + i]!);
    let p = 0;
    for (let t = 0; t < T; t++) if (typeOf(t) === type) p += m[i * T + t]!;
    confidence[outAt + i] = p;
  }
}

/** 0 for O, else 1 + entity type index (PER, ORG, LOC, MISC). */
export const typeOf = (t: number): number => (t === 0 ? 0 : 1 + ((t - 1) >> 1));

/**
 * Tag marginals p(tag_i = t) by scaled forward-backward over exp(scores / temperature)
 * (IOB2-constrained), as a confidence for decoded spans. Returns out[i * T + t].
 */
export function marginals(em: Float64Array, trans: Float32Array | Float64Array, n: number, temperature: number): Float64Array {
  return marginalsAt(em, 0, n, trans, SENTENCE, temperature).slice(0, n * T);
}

/**
 * Marginals of the n tokens whose emissions start at em[at * T], within bounds b; the result
 * (out[i * T + t]) is a work array, valid until the next call.
 */
export function marginalsAt(em: Float64Array, at: number, n: number, trans: Float32Array | Float64Array, b: Bounds, temperature: number): Float64Array {
  const k = 1 / temperature;
  const tr = expTransitions(trans, k);
  // emissions relative to each token's best score keep exp() in range
  const e = scratch(0, n * T);
  for (let i = 0; i < n; i++) {
    const o = (at + i) * T;
    let max = -Infinity;
    for (let c = 0; c < T; c++) max = Math.max(max, em[o + c]!);
    for (let c = 0; c < T; c++) e[i * T + c] = Math.exp((em[o + c]! - max) * k);
  }
  const alpha = scratch(1, n * T);
  const beta = scratch(2, n * T);
  const row = (b.from + 1) * T;
  for (let c = 0; c < T; c++) alpha[c] = tr[row + c]! * e[c]!;
  normalise(alpha, 0);
  for (let i = 1; i < n; i++) {
    const ap = (i - 1) * T;
    const ai = i * T;
    // O and B-X follow any tag; disallowed transitions (I-X after others) add exact zeros, so
    // summing only the allowed ones, in the same order, changes nothing
    for (let c = 0; c < T; c += c === 0 ? 1 : 2) {
      let acc = 0;
      for (let p = 0; p < T; p++) acc += alpha[ap + p]! * tr[(p + 1) * T + c]!;
      alpha[ai + c] = acc * e[ai + c]!;
    }
    for (let c = 2; c < T; c += 2) {
      let acc = 0;
      acc += alpha[ap + c - 1]! * tr[c * T + c]!;
      acc += alpha[ap + c]! * tr[(c + 1) * T + c]!;
      alpha[ai + c] = acc * e[ai + c]!;
    }
    normalise(alpha, ai);
  }
  for (let c = 0; c < T; c++) beta[(n - 1) * T + c] = b.toO ? tr[(c + 1) * T]! : 1;
  for (let i = n - 2; i >= 0; i--) {
    const bi = i * T;
    const bn = (i + 1) * T;
    for (let p = 0; p < T; p++) {
      let acc = 0;
      const next = NEXT[p]!;
      for (let j = 0; j < next.length; j++) {
        const c = next[j]!;
        acc += tr[(p + 1) * T + c]! * e[bn + c]! * beta[bn + c]!;
      }
      beta[bi + p] = acc;
    }
    normalise(beta, bi);
  }
  const out = scratch(4, n * T);
  for (let i = 0; i < n; i++) {
    const o = i * T;
    let z = 0;
    for (let c = 0; c < T; c++) z += (out[o + c] = alpha[o + c]! * beta[o + c]!);
    if (z > 0) for (let c = 0; c < T; c++) out[o + c] /= z;
  }
  return out;
}

/** a[base, base + T) divided by its sum, when positive */
function normalise(a: Float64Array, base: number): void {
  let z = 0;
  for (let c = 0; c < T; c++) z += a[base + c]!;
  if (z > 0) for (let c = 0; c < T; c++) a[base + c] /= z;
}

/** exp(trans * k) where allowed, else 0; the last result is kept (inference uses one layer and temperature). */
let lastExp: { trans: Float32Array | Float64Array; k: number; tr: Float64Array } | null = null;
function expTransitions(trans: Float32Array | Float64Array, k: number): Float64Array {
  if (lastExp && lastExp.trans === trans && lastExp.k === k) return lastExp.tr;
  const tr = new Float64Array((T + 1) * T);
  for (let j = 0; j < tr.length; j++) tr[j] = ALLOWED[j] ? Math.exp(trans[j]! * k) : 0;
  lastExp = { trans, k, tr };
  return tr;
}

/** Reusable work arrays (single-threaded; contents are fully overwritten before use). */
const work: Float64Array[] = [];
let backWork = new Int8Array(1024);
function scratchBack(size: number): Int8Array {
  if (backWork.length < size) backWork = new Int8Array(size * 2);
  return backWork;
}
function scratch(k: number, size: number): Float64Array {
  let a = work[k];
  if (!a || a.length < size) work[k] = a = new Float64Array(Math.max(size, 1024));
  return a;
}
