/** The POS tagger: a greedy averaged perceptron over hashed numeric features (weights in models/). */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { bucket } from './features.js';
import { WordCache, type WordEntry } from './words.js';
import { UPOS, type Upos } from './upos.js';

export interface PosModel {
  bits: number;
  /** int16 weights: bucket * nTags + tag */
  weights: Int16Array;
  /** frequent unambiguous words → tag index */
  tagdict: Map<string, number>;
  header: Record<string, unknown>;
}

const NT = UPOS.length;
const PROPN = UPOS.indexOf('PROPN');
const ADJ = UPOS.indexOf('ADJ');
const START = 101;
const START2 = 103;

const caches = new WeakMap<PosModel, WordCache>();
const NONE = 0x5bd1e995 | 0;

/** The word cache of a model (one per model, kept across documents). */
export function wordCache(model: PosModel): WordCache {
  let cache = caches.get(model);
  if (!cache) caches.set(model, (cache = new WordCache(model, NT, PROPN, ADJ)));
  return cache;
}

/** Tags one document's words; sentences are given as [start, end) word ranges. */
export function tagWords(model: PosModel, words: readonly string[], sentences: ReadonlyArray<readonly [number, number]>): Upos[] {
  const cache = wordCache(model);
  const entries = words.map((w) => cache.entry(w));
  const tags = tagEntries(model, entries, sentences);
  return Array.from(tags, (t) => UPOS[t]!);
}

/**
 * Tag indices (into UPOS) of one document's word entries. Computes exactly the scores of
 * features.ts: word-only templates and the word-as-neighbour templates come summed from the word
 * cache, the previous-tag templates from a per-pair table, and only the templates over word
 * pairs and previous tags are hashed per token.
 */
export function tagEntries(model: PosModel, entries: readonly WordEntry[], sentences: ReadonlyArray<readonly [number, number]>): Uint8Array {
  return tagEntryRanges(model, entries, sentences.flat());
}

/** tagEntries with the sentences as a flat list of bounds: s0, s1, s0, s1, ... */
export function tagEntryRanges(model: PosModel, entries: readonly WordEntry[], bounds: ArrayLike<number>): Uint8Array {
  const cache = wordCache(model);
  const mask = (1 << model.bits) - 1;
  const out = new Uint8Array(entries.length);
  const W = model.weights;
  const pairs = cache.pairScores;
  const edges = cache.edges;
  const shapes = cache.shapeRows;
  for (let b = 0; b + 1 < bounds.length; b += 2) {
    const s0 = bounds[b]!;
    const s1 = bounds[b + 1]!;
    let prev = START;
    let prev2 = START2;
    for (let i = s0; i < s1; i++) {
      const e = entries[i]!;
      let best = e.fixed;
      if (best < 0) {
        const first = i === s0 ? 1 : 0;
        const d = e.data;
        const bo = e.at + first * NT;
        // pairOffset and shapeOffset of words.ts, inline
        const po = ((prev < NT ? prev : NT) * (NT + 2) + (prev2 < NT ? prev2 : prev2 === START ? NT : NT + 1)) * NT;
        const left = i - 1 >= s0 ? entries[i - 1]! : null;
        const right = i + 1 < s1 ? entries[i + 1]! : null;
        const l1 = left ? left.data : edges;
        const l1o = left ? left.at + 2 * NT : 0;
        const r1 = right ? right.data : edges;
        const r1o = right ? right.at + 3 * NT : NT;
        const left2 = i - 2 >= s0 ? entries[i - 2]! : null;
        const right2 = i + 2 < s1 ? entries[i + 2]! : null;
        const l2 = left2 ? left2.data : edges;
        const l2o = left2 ? left2.at + 4 * NT : 2 * NT;
        const r2 = right2 ? right2.data : edges;
        const r2o = right2 ? right2.at + 5 * NT : 3 * NT;
        const wi = e.word;
        const wm1 = left ? left.word : NONE + 1;
        const wp1 = right ? right.word : NONE - 1;
        const sp1 = right ? right.suf3 : NONE;
        const sh = e.shape;
        const o7 = bucket(7, Math.imul(wi, 31) + prev, mask) * NT;
        const o15 = (sh * 64 + first * 32 + (right ? right.shape : 0)) * NT;
        const o16 = bucket(16, Math.imul(wi, 17) ^ wp1, mask) * NT;
        const o17 = bucket(17, Math.imul(wm1, 13) ^ wi, mask) * NT;
        const o19 = bucket(19, Math.imul(sp1, 11) ^ (sh * 2 + first), mask) * NT;
        let top = -Infinity;
        best = 0;
        for (let t = 0; t < NT; t++) {
          const s = d[bo + t]! + pairs[po + t]! + l1[l1o + t]! + r1[r1o + t]! + l2[l2o + t]! + r2[r2o + t]!
            + W[o7 + t]! + shapes[o15 + t]! + W[o16 + t]! + W[o17 + t]! + W[o19 + t]!;
          if (s > top) { top = s; best = t; }
        }
      }
      out[i] = best;
      prev2 = prev;
      prev = best;
    }
  }
  return out;
}

/** Reads a model file: 4-byte header length, JSON header, int16 weights; gzip-compressed. */
export function readPosModel(path: string): PosModel {
  const buf = gunzipSync(readFileSync(path));
  const headerLength = buf.readUInt32LE(0);
  const header = JSON.parse(buf.subarray(4, 4 + headerLength).toString('utf8')) as { bits: number; tagdict: Record<string, number> };
  const start = 4 + headerLength;
  const bytes = buf.subarray(start);
  const weights = new Int16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  return { bits: header.bits, weights, tagdict: new Map(Object.entries(header.tagdict)), header };
}
