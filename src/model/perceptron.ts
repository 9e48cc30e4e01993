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
  /** per token: marginal probability of the chosen entity type (B or I), given the temperature */
  confidence: Float32Array;
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

/** Decodes one sentence; with a temperature, also how sure the model is of each token's type. */
export function decode(W: Float32Array, trans: Float32Array, feats: readonly Int32Array[], temperature = 0): Decoded {
  const n = feats.length;
  const confidence = new Float32Array(n);
  if (n === 0) return { tags: new Int8Array(0), confidence };
  const em = emissions(W, feats);
  const tags = viterbi(em, trans, n);
  if (temperature > 0) {
    const m = marginals(em, trans, n, temperature);
    for (let i = 0; i < n; i++) {
      const type = typeOf(tags[i]!);
      for (let t = 0; t < T; t++) if (typeOf(t) === type) confidence[i] += m[i * T + t]!;
    }
  }
  return { tags, confidence };
}

/** 0 for O, else 1 + entity type index (PER, ORG, LOC, MISC). */
export const typeOf = (t: number): number => (t === 0 ? 0 : 1 + ((t - 1) >> 1));

/**
 * Tag marginals p(tag_i = t) by forward-backward over scores / temperature (IOB2-constrained),
 * as a confidence for decoded spans. Returns out[i * T + t].
 */
export function marginals(em: Float64Array, trans: Float32Array | Float64Array, n: number, temperature: number): Float64Array {
  const k = 1 / temperature;
  const alpha = new Float64Array(n * T).fill(-Infinity);
  const beta = new Float64Array(n * T).fill(-Infinity);
  for (let c = 0; c < T; c++) if (ALLOWED[c]) alpha[c] = (em[c]! + trans[c]!) * k;
  for (let i = 1; i < n; i++) {
    for (let c = 0; c < T; c++) {
      let acc = -Infinity;
      for (let p = 0; p < T; p++) {
        if (ALLOWED[(p + 1) * T + c]) acc = logAdd(acc, alpha[(i - 1) * T + p]! + trans[(p + 1) * T + c]! * k);
      }
      alpha[i * T + c] = acc + em[i * T + c]! * k;
    }
  }
  for (let c = 0; c < T; c++) beta[(n - 1) * T + c] = 0;
  for (let i = n - 2; i >= 0; i--) {
    for (let p = 0; p < T; p++) {
      let acc = -Infinity;
      for (let c = 0; c < T; c++) {
        if (ALLOWED[(p + 1) * T + c]) acc = logAdd(acc, trans[(p + 1) * T + c]! * k + em[(i + 1) * T + c]! * k + beta[(i + 1) * T + c]!);
      }
      beta[i * T + p] = acc;
    }
  }
  let z = -Infinity;
  for (let c = 0; c < T; c++) z = logAdd(z, alpha[(n - 1) * T + c]!);
  const out = new Float64Array(n * T);
  for (let j = 0; j < n * T; j++) out[j] = Math.exp(alpha[j]! + beta[j]! - z);
  return out;
}

function logAdd(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
}
