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
let wordArr = new Int32Array(1024);
let sufArr = new Int32Array(1024);
let shapeArr = new Int32Array(1024);

/**
 * Tags one document's words; sentences are given as [start, end) word ranges. Computes exactly
 * the scores of features.ts: word-only templates come summed from the word cache, the previous-tag
 * templates from a per-pair table, and only the neighbour templates are hashed per token.
 */
export function tagWords(model: PosModel, words: readonly string[], sentences: ReadonlyArray<readonly [number, number]>): Upos[] {
  let cache = caches.get(model);
  if (!cache) caches.set(model, (cache = new WordCache(model, NT, PROPN, ADJ)));
  const n = words.length;
  if (wordArr.length < n) {
    const size = Math.max(n, wordArr.length * 2);
    wordArr = new Int32Array(size); sufArr = new Int32Array(size); shapeArr = new Int32Array(size);
  }
  const word = wordArr, suf3 = sufArr, shape = shapeArr;
  const entries: WordEntry[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const e = cache.entry(words[i]!);
    entries[i] = e;
    word[i] = e.word;
    suf3[i] = e.suf3;
    shape[i] = e.shape;
  }
  const mask = (1 << model.bits) - 1;
  const scores = new Int32Array(NT);
  const out: Upos[] = new Array(n);
  const W = model.weights;
  const pairs = cache.pairScores;
  for (const [s0, s1] of sentences) {
    let prev = START;
    let prev2 = START2;
    for (let i = s0; i < s1; i++) {
      const e = entries[i]!;
      let best = e.fixed;
      if (best < 0) {
        const base = cache.base(e);
        const first = i === s0 ? 1 : 0;
        const bo = first * NT;
        const po = cache.pairOffset(prev, prev2);
        for (let t = 0; t < NT; t++) scores[t] = base[bo + t]! + pairs[po + t]!;
        const wi = word[i]!;
        const wm1 = i - 1 >= s0 ? word[i - 1]! : NONE - (i - 1) + i;
        const wp1 = i + 1 < s1 ? word[i + 1]! : NONE - (i + 1) + i;
        const wm2 = i - 2 >= s0 ? word[i - 2]! : NONE - (i - 2) + i;
        const wp2 = i + 2 < s1 ? word[i + 2]! : NONE - (i + 2) + i;
        const sm1 = i - 1 >= s0 ? suf3[i - 1]! : NONE;
        const sp1 = i + 1 < s1 ? suf3[i + 1]! : NONE;
        const sh = shape[i]!;
        add(scores, W, bucket(7, Math.imul(wi, 31) + prev, mask));
        add(scores, W, bucket(8, wm1, mask));
        add(scores, W, bucket(9, sm1, mask));
        add(scores, W, bucket(10, wp1, mask));
        add(scores, W, bucket(11, sp1, mask));
        add(scores, W, bucket(12, wm2, mask));
        add(scores, W, bucket(13, wp2, mask));
        add(scores, W, bucket(15, sh * 64 + first * 32 + (i + 1 < s1 ? shape[i + 1]! : 0), mask));
        add(scores, W, bucket(16, Math.imul(wi, 17) ^ wp1, mask));
        add(scores, W, bucket(17, Math.imul(wm1, 13) ^ wi, mask));
        add(scores, W, bucket(19, Math.imul(sp1, 11) ^ (sh * 2 + first), mask));
        best = 0;
        for (let t = 1; t < NT; t++) if (scores[t]! > scores[best]!) best = t;
      }
      out[i] = UPOS[best]!;
      prev2 = prev;
      prev = best;
    }
  }
  return out;
}

function add(scores: Int32Array, W: Int16Array, b: number): void {
  const o = b * NT;
  for (let t = 0; t < NT; t++) scores[t]! += W[o + t]!;
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
