/** The POS tagger: a greedy averaged perceptron over hashed numeric features (weights in models/). */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { features, MAX_FEATURES, tokenInfo } from './features.js';
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

/** Tags one document's words; sentences are given as [start, end) word ranges. */
export function tagWords(model: PosModel, words: readonly string[], sentences: ReadonlyArray<readonly [number, number]>): Upos[] {
  const info = tokenInfo(words);
  const mask = (1 << model.bits) - 1;
  const feats = new Int32Array(MAX_FEATURES);
  const scores = new Int32Array(NT);
  const out: Upos[] = new Array(words.length);
  const W = model.weights;
  for (const [s0, s1] of sentences) {
    let prev = START;
    let prev2 = START2;
    for (let i = s0; i < s1; i++) {
      let best = model.tagdict.get(info.lower[i]!);
      // a capitalised country or capital name is a proper noun, a demonym an adjective
      if (best === undefined && info.name[i] && info.shape[i] === 2) best = info.name[i] === 1 ? PROPN : ADJ;
      if (best === undefined) {
        const n = features(info, i, s0, s1, prev, prev2, mask, feats);
        scores.fill(0);
        for (let f = 0; f < n; f++) {
          const base = feats[f]! * NT;
          for (let t = 0; t < NT; t++) scores[t]! += W[base + t]!;
        }
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
