/**
 * The first layer's feature weights summed straight into a document's score rows: the same ids
 * as firstLayer (featurise.ts, which tests compare with the feature strings), without an Acc
 * per token. Word-local and closed-set templates come as pre-summed groups, added in one loop.
 */
import { gazetteerCodes, type DocWords } from './featurise.js';
import type { ContextTables } from './tables.js';
import { FNV_AT, FNV_NEXT_SH, FNV_NEXT_W, FNV_PREV_SH, FNV_PREV_SH3, FNV_PREV_W, type WordCache } from './wordcache.js';

const C = 0, L = 2; // CLASSES indices
const PRIME = 0x01000193;
const PIPE = 124;

/** FNV-1a state h continued over b */
const more = (h: number, b: string): number => {
  for (let i = 0; i < b.length; i++) h = Math.imul(h ^ b.charCodeAt(i), PRIME);
  return h;
};

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
    let pp = pads[1]!, p = pads[0]!, w = n > 0 ? ws[0]! : pads[2]!, q = n > 1 ? ws[1]! : pads[2]!;
    for (let i = 0; i < n; i++, g++) {
      const qq = i + 2 < n ? ws[i + 2]! : pads[i + 4 - n]!;
      if (live[g]) {
        if (!pp.full) cache.full(pp);
        if (!p.full) cache.full(p);
        if (!w.own) cache.own(w);
        if (!q.full) cache.full(q);
        if (!qq.full) cache.full(qq);
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
