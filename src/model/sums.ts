/**
 * The first layer's feature weights summed straight into a document's score rows: the same ids
 * as firstLayer (featurise.ts, which tests compare with the feature strings), without an Acc
 * per token. Word-local and closed-set templates come as pre-summed groups, added in one loop.
 */
import { gazetteerCodes, type DocWords } from './featurise.js';
import { T, typeOf } from './perceptron.js';
import type { ContextTables, StackTables } from './tables.js';
import { FNV_AT, FNV_NEXT_SH, FNV_NEXT_W, FNV_PREV_SH, FNV_PREV_SH3, FNV_PREV_W, nextStamp, type WordCache, type WordInfo } from './wordcache.js';

const C = 0, L = 2; // CLASSES indices
const PRIME = 0x01000193;
const PIPE = 124;

/** FNV-1a state h continued over b */
const more = (h: number, b: string): number => {
  for (let i = 0; i < b.length; i++) h = Math.imul(h ^ b.charCodeAt(i), PRIME);
  return h;
};

/**
 * Word i of a sentence or, past its end, the padding (n, n + 1); one access site for both, so
 * short sentences do not meet a branch the optimised code has never seen.
 */
const wordAt = (ws: readonly WordInfo[], pads: readonly WordInfo[], i: number): WordInfo => (i < ws.length ? ws[i]! : pads[i + 2 - ws.length]!);

/** out[o, o + S) += W's row `id` (S values per row) */
const addRow = (out: Int32Array, o: number, W: Int16Array, S: number, id: number): void => {
  const r = id * S;
  for (let t = 0; t < S; t++) out[o + t] += W[r + t]!;
};

/**
 * Adds the first-layer weight sums (all layers, S values) of every live token of the document to
 * out[g * S, (g + 1) * S), g being the token's index in the document; dead tokens are skipped.
 */
export function firstLayerSums(doc: DocWords, cache: WordCache, tb: ContextTables, out: Int32Array, live: Uint8Array): void {
  const { words, caps, allLower, stamp } = doc;
  const { pads, S, W, mask } = cache;
  const F = FNV_AT(S);
  const tok = tb.token.data;
  const gzd = tb.gazCls.data;
  const { gPrev, gNext } = tb;
  let g = 0;
  for (let s = 0; s < words.length; s++) {
    const ws = words[s]!;
    const n = ws.length;
    const capsSent = caps[s]!;
    const mode = capsSent ? 0 : allLower ? 1 : 2;
    const gz = gazetteerCodes(ws, cache, live, g);
    // the words at -2, -1, 0, +1 as the window moves
    let pp = pads[1]!, p = pads[0]!, w = wordAt(ws, pads, 0), q = wordAt(ws, pads, 1);
    for (let i = 0; i < n; i++, g++) {
      const qq = wordAt(ws, pads, i + 2);
      if (live[g]) {
        cache.window(pp, p, w, q, qq);
        const c = w.cls;
        const first = i === 0 ? 1 : 0;
        let d = 0; // dc=: none, or whether the word is capitalised / lower case elsewhere
        const dc = w.slot;
        if (dc.cStamp === stamp) {
          const own = !capsSent && i > 0 && c === C ? 1 : 0;
          const ownLow = !capsSent && c === L ? 1 : 0;
          d = 1 + (dc.cap - own > 0 ? 2 : 0) + (dc.low - ownLow > 0 ? 1 : 0);
        }
        const kt = (((d * 6 + c) * 3 + mode) * 2 + first) * S;
        const wd = w.data, pd = p.data, qd = q.data, ppd = pp.data, qqd = qq.data;
        // the pair templates (w-1w=, ww+1=, sh3=, w-1sh=, shw+1=)
        const r1 = ((more(pd[F + FNV_PREV_W]!, w.lower) >>> 0) & mask) * S;
        const r2 = ((more(wd[F + FNV_NEXT_W]!, q.lower) >>> 0) & mask) * S;
        const r3 = ((more(Math.imul(more(pd[F + FNV_PREV_SH3]!, w.shape) ^ PIPE, PRIME), q.shape) >>> 0) & mask) * S;
        const r4 = ((more(pd[F + FNV_PREV_SH]!, w.shape) >>> 0) & mask) * S;
        const r5 = ((more(wd[F + FNV_NEXT_SH]!, q.lower) >>> 0) & mask) * S;
        const o = g * S;
        for (let t = 0; t < S; t++) {
          out[o + t] += wd[t]! + pd[S + t]! + qd[2 * S + t]! + ppd[3 * S + t]! + qqd[4 * S + t]! + tok[kt + t]!
            + W[r1 + t]! + W[r2 + t]! + W[r3 + t]! + W[r4 + t]! + W[r5 + t]!;
        }
        if (capsSent) addRow(out, o, W, S, w.capsId);
        if (first) addRow(out, o, W, S, w.firstId);
        if (gz) {
          const here = gz[i];
          if (here) {
            for (let j = 0; j < here.length; j++) {
              const kg = (here[j]! * 6 + c) * S;
              for (let t = 0; t < S; t++) out[o + t] += gzd[kg + t]!;
            }
          }
          const before = i > 0 ? gz[i - 1] : undefined;
          if (before) for (let j = 0; j < before.length; j++) addRow(out, o, W, S, gPrev[before[j]!]!);
          const after = i + 1 < n ? gz[i + 1] : undefined;
          if (after) for (let j = 0; j < after.length; j++) addRow(out, o, W, S, gNext[after[j]!]!);
        }
      }
      pp = p; p = w; w = q; q = qq;
    }
  }
}

/**
 * Adds the stacked layer's weights (T columns of the layer, see StackTables) of every live token
 * to out[g * T, (g + 1) * T), from the previous layer's tags of the whole document (`tags`, flat,
 * dead tokens O); the same ids as stackedLayer in featurise.ts.
 */
export function stackedSums(doc: DocWords, tags: Int8Array, tb: StackTables, out: Int32Array, live: Uint8Array): void {
  const { words } = doc;
  // per lower-cased word: first-pass types of its live occurrences, in the word's slot
  const stamp = nextStamp();
  let g = 0;
  for (let s = 0; s < words.length; s++) {
    const ws = words[s]!;
    for (let i = 0; i < ws.length; i++, g++) {
      const w = ws[i]!;
      if (!w.votable || !live[g]) continue;
      const k = w.slot;
      if (k.vStamp !== stamp) { k.vStamp = stamp; k.m = 0; const v = k.votes; v[0] = 0; v[1] = 0; v[2] = 0; v[3] = 0; v[4] = 0; }
      k.votes[typeOf(tags[g]!)]++;
      k.m++;
    }
  }
  const tri = tb.tri.data, da = tb.daBoth.data, dm = tb.dmAll.data;
  const dmO = tb.dmO;
  const { W, S, from } = tb;
  if (!W) throw new TypeError('stackedSums needs StackTables built with weights');
  g = 0;
  for (let s = 0; s < words.length; s++) {
    const ws = words[s]!;
    const n = ws.length;
    const caps = doc.caps[s] ? 0 : 1;
    for (let i = 0; i < n; i++, g++) {
      if (!live[g]) continue;
      const o = g * T;
      const b = tags[g]!;
      const own = typeOf(b);
      const kt = (((i > 0 ? tags[g - 1]! : 9) * 11 + b) * 11 + (i + 1 < n ? tags[g + 1]! : 10)) * T;
      for (let t = 0; t < T; t++) out[o + t] += tri[kt + t]!;
      const slot = ws[i]!.slot;
      if (slot.nStamp !== doc.stamp || slot.n <= 0) continue;
      // votes of the word's other occurrences: dead ones and unscored words count as O
      const counted = slot.vStamp === stamp;
      const votes = slot.votes;
      let best = -1, bestN = 0, others = 0;
      for (let k = 1; k < 5; k++) {
        const m = (counted ? votes[k]! : 0) - (k === own ? 1 : 0);
        others += m;
        if (m > 0) { const kd = (k * 2 + caps) * T; for (let t = 0; t < T; t++) out[o + t] += da[kd + t]!; }
        if (m > bestN) { bestN = m; best = k; }
      }
      const oN = (counted ? votes[0]! - slot.m : 0) + slot.n - (own === 0 ? 1 : 0);
      if (best > 0) {
        const km = (((best * 2 + (oN > others ? 1 : 0)) * 5 + own) * 2 + caps) * T;
        for (let t = 0; t < T; t++) out[o + t] += dm[km + t]!;
      } else if (oN > 0) {
        const r = dmO * S + from;
        for (let t = 0; t < T; t++) out[o + t] += W[r + t]!;
      }
    }
  }
}
