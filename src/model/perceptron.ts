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

export interface Decoded {
  tags: Int8Array;
  /** per token: score of the chosen entity type minus the best other type (emissions only) */
  margins: Float32Array;
}

/** Emission scores for one sentence: out[i * T + t]. */
export function emissions(W: Float32Array | Float64Array, feats: readonly Int32Array[]): Float64Array {
  const out = new Float64Array(feats.length * T);
  for (let i = 0; i < feats.length; i++) {
    const ids = feats[i]!;
    const base = i * T;
    for (let k = 0; k < ids.length; k++) {
      const w = ids[k]! * T;
      for (let t = 0; t < T; t++) out[base + t] += W[w + t]!;
    }
  }
  return out;
}

/** Best IOB2-consistent tag sequence under emissions + transitions. */
export function viterbi(em: Float64Array, trans: Float32Array | Float64Array, n: number): Int8Array {
  const score = new Float64Array(n * T);
  const back = new Int8Array(n * T);
  for (let c = 0; c < T; c++) score[c] = ALLOWED[c] ? em[c]! + trans[c]! : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let c = 0; c < T; c++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        if (!ALLOWED[(p + 1) * T + c]) continue;
        const s = score[(i - 1) * T + p]! + trans[(p + 1) * T + c]!;
        if (s > best) { best = s; arg = p; }
      }
      score[i * T + c] = best + em[i * T + c]!;
      back[i * T + c] = arg;
    }
  }
  const tags = new Int8Array(n);
  let best = -Infinity;
  for (let c = 0; c < T; c++) {
    const s = score[(n - 1) * T + c]!;
    if (s > best) { best = s; tags[n - 1] = c; }
  }
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * T + tags[i]!]!;
  return tags;
}

/** Decodes one sentence and measures how clearly each token's entity type won. */
export function decode(W: Float32Array, trans: Float32Array, feats: readonly Int32Array[]): Decoded {
  const n = feats.length;
  if (n === 0) return { tags: new Int8Array(0), margins: new Float32Array(0) };
  const em = emissions(W, feats);
  const tags = viterbi(em, trans, n);
  const margins = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const type = typeOf(tags[i]!);
    let own = -Infinity;
    let other = -Infinity;
    for (let t = 0; t < T; t++) {
      const s = em[i * T + t]!;
      if (typeOf(t) === type) own = Math.max(own, s);
      else other = Math.max(other, s);
    }
    margins[i] = own - other;
  }
  return { tags, margins };
}

/** 0 for O, else 1 + entity type index (PER, ORG, LOC, MISC). */
export const typeOf = (t: number): number => (t === 0 ? 0 : 1 + ((t - 1) >> 1));
