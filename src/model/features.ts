/**
 * Feature templates of the NER tagger. A document is a list of sentences of words; features
 * depend only on the words (never on tags), so they are computed once per document and hashed.
 */
import { fnv1a } from './hash.js';
import { Gazetteer } from './gazetteer.js';
import { caseClass, fineShape, isCapsSentence } from './shape.js';

/** Per-document casing evidence for each lower-cased word (document-level consistency). */
interface DocCase {
  cap: number; // capitalised, not sentence-initial, in a normal-case sentence
  low: number; // lower case in a normal-case sentence
}

function docCasing(sentences: readonly string[][], caps: readonly boolean[]): Map<string, DocCase> {
  const map = new Map<string, DocCase>();
  sentences.forEach((words, s) => {
    if (caps[s]) return;
    words.forEach((w, i) => {
      const c = caseClass(w);
      if (c !== 'C' && c !== 'L') return;
      if (c === 'C' && i === 0) return;
      const key = w.toLowerCase();
      let e = map.get(key);
      if (!e) map.set(key, (e = { cap: 0, low: 0 }));
      if (c === 'C') e.cap++;
      else e.low++;
    });
  });
  return map;
}

const PAD = ['<s>', '<s2>'];
const PAD_END = ['</s>', '</s2>'];

/** Feature strings for every token of one document: result[s][i] is the list for token i of sentence s. */
export function documentFeatures(sentences: readonly string[][], gaz: Gazetteer): string[][][] {
  const caps = sentences.map(isCapsSentence);
  const casing = docCasing(sentences, caps);
  const allLower = sentences.every((ws) => ws.every((w) => { const c = caseClass(w); return c !== 'C' && c !== 'A' && c !== 'M'; }));
  return sentences.map((words, s) => sentenceFeatures(words, caps[s]!, casing, gaz, allLower));
}

function sentenceFeatures(words: readonly string[], capsSent: boolean, casing: Map<string, DocCase>, gaz: Gazetteer, allLower: boolean): string[][] {
  const n = words.length;
  const lower = words.map((w) => w.toLowerCase());
  const shapes = words.map(fineShape);
  const cls = words.map(caseClass);
  const gazF = gaz.annotate(lower);
  const lw = (i: number) => (i < 0 ? PAD[-i - 1]! : i >= n ? PAD_END[i - n]! : lower[i]!);
  const sh = (i: number) => (i < 0 ? PAD[-i - 1]! : i >= n ? PAD_END[i - n]! : shapes[i]!);
  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    const l = lower[i]!;
    const c = cls[i]!;
    const mode = capsSent ? 'caps' : allLower ? 'lowdoc' : 'norm';
    const f: string[] = [
      'b',
      `w=${l}`,
      `W=${w}`,
      `sh=${shapes[i]}`,
      `c=${c}|${mode}`,
      `c=${c}|first=${i === 0}`,
      `w-1=${lw(i - 1)}`, `w+1=${lw(i + 1)}`, `w-2=${lw(i - 2)}`, `w+2=${lw(i + 2)}`,
      `sh-1=${sh(i - 1)}`, `sh+1=${sh(i + 1)}`, `sh-2=${sh(i - 2)}`, `sh+2=${sh(i + 2)}`,
      `w-1w=${lw(i - 1)}|${l}`, `ww+1=${l}|${lw(i + 1)}`,
      `sh3=${sh(i - 1)}|${shapes[i]}|${sh(i + 1)}`,
      `w-1sh=${lw(i - 1)}|${shapes[i]}`, `shw+1=${shapes[i]}|${lw(i + 1)}`,
      `len=${Math.min(w.length, 8)}`,
    ];
    for (let k = 1; k <= 4 && k <= l.length; k++) {
      f.push(`p${k}=${l.slice(0, k)}`, `s${k}=${l.slice(-k)}`);
    }
    if (capsSent) f.push(`capsw=${l}`);
    if (i === 0) f.push(`first|w=${l}`);
    const dc = casing.get(l);
    if (dc) {
      const own = !capsSent && i > 0 && c === 'C' ? 1 : 0;
      const ownLow = !capsSent && c === 'L' ? 1 : 0;
      const cap = dc.cap - own > 0;
      const low = dc.low - ownLow > 0;
      f.push(`dc=${cap}|${low}|${c}|${mode}|${i === 0}`);
    } else {
      f.push(`dc=none|${c}|${mode}|${i === 0}`);
    }
    for (const g of gazF[i]!) f.push(`g=${g}`, `g=${g}|${c}`);
    if (i > 0) for (const g of gazF[i - 1]!) f.push(`g-1=${g}`);
    if (i + 1 < n) for (const g of gazF[i + 1]!) f.push(`g+1=${g}`);
    out.push(f);
  }
  return out;
}

/** Hashes feature strings into bucket indices in [0, 2^bits). */
export function hashFeatures(features: readonly string[], bits: number): Int32Array {
  const mask = (1 << bits) - 1;
  const ids = new Int32Array(features.length);
  for (let k = 0; k < features.length; k++) ids[k] = fnv1a(features[k]!) & mask;
  return ids;
}

/** Concatenates two id lists (first-pass and stacked features). */
export function concatIds(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
