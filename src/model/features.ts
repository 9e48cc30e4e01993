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

/** Where feature templates write (strings; featurise.ts computes the same ids without strings). */
interface Sink {
  add(a: string, b?: string, c?: string, d?: string, e?: string, f?: string): void;
  /** closes the current token's feature list */
  next(): void;
}

class StringSink implements Sink {
  readonly out: string[][] = [];
  private cur: string[] = [];
  add(a: string, b = '', c = '', d = '', e = '', f = ''): void { this.cur.push(a + b + c + d + e + f); }
  next(): void { this.out.push(this.cur); this.cur = []; }
}

/** Feature strings for every token of one document: result[s][i] is the list for token i of sentence s. */
export function documentFeatures(sentences: readonly string[][], gaz: Gazetteer): string[][][] {
  return eachSentence(sentences, gaz, () => new StringSink()).map((sink) => sink.out);
}

function eachSentence<S extends Sink>(sentences: readonly string[][], gaz: Gazetteer, make: () => S): S[] {
  const caps = sentences.map(isCapsSentence);
  const casing = docCasing(sentences, caps);
  const allLower = sentences.every((ws) => ws.every((w) => { const c = caseClass(w); return c !== 'C' && c !== 'A' && c !== 'M'; }));
  return sentences.map((words, s) => {
    const sink = make();
    sentenceFeatures(words, caps[s]!, casing, gaz, allLower, sink);
    return sink;
  });
}

const bool = (b: boolean) => (b ? 'true' : 'false');

function sentenceFeatures(words: readonly string[], capsSent: boolean, casing: Map<string, DocCase>, gaz: Gazetteer, allLower: boolean, f: Sink): void {
  const n = words.length;
  const lower = words.map((w) => w.toLowerCase());
  const shapes = words.map(fineShape);
  const cls = words.map(caseClass);
  const gazF = gaz.annotate(lower);
  const lw = (i: number) => (i < 0 ? PAD[-i - 1]! : i >= n ? PAD_END[i - n]! : lower[i]!);
  const sh = (i: number) => (i < 0 ? PAD[-i - 1]! : i >= n ? PAD_END[i - n]! : shapes[i]!);
  const mode = capsSent ? 'caps' : allLower ? 'lowdoc' : 'norm';
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    const l = lower[i]!;
    const c = cls[i]!;
    const shape = shapes[i]!;
    const first = bool(i === 0);
    f.add('b');
    f.add('w=', l);
    f.add('W=', w);
    f.add('sh=', shape);
    f.add('c=', c, '|', mode);
    f.add('c=', c, '|first=', first);
    f.add('w-1=', lw(i - 1)); f.add('w+1=', lw(i + 1)); f.add('w-2=', lw(i - 2)); f.add('w+2=', lw(i + 2));
    f.add('sh-1=', sh(i - 1)); f.add('sh+1=', sh(i + 1)); f.add('sh-2=', sh(i - 2)); f.add('sh+2=', sh(i + 2));
    f.add('w-1w=', lw(i - 1), '|', l); f.add('ww+1=', l, '|', lw(i + 1));
    f.add('sh3=', sh(i - 1), '|', shape, '|', sh(i + 1));
    f.add('w-1sh=', lw(i - 1), '|', shape); f.add('shw+1=', shape, '|', lw(i + 1));
    f.add('len=', String(Math.min(w.length, 8)));
    for (let k = 1; k <= 4 && k <= l.length; k++) {
      f.add(PREFIX[k]!, l.slice(0, k));
      f.add(SUFFIX[k]!, l.slice(-k));
    }
    if (capsSent) f.add('capsw=', l);
    if (i === 0) f.add('first|w=', l);
    const dc = casing.get(l);
    if (dc) {
      const own = !capsSent && i > 0 && c === 'C' ? 1 : 0;
      const ownLow = !capsSent && c === 'L' ? 1 : 0;
      f.add('dc=', bool(dc.cap - own > 0), '|', bool(dc.low - ownLow > 0), '|', `${c}|${mode}|${first}`);
    } else {
      f.add('dc=none|', c, '|', mode, '|', first);
    }
    for (const g of gazF[i]!) { f.add('g=', g); f.add('g=', g, '|', c); }
    if (i > 0) for (const g of gazF[i - 1]!) f.add('g-1=', g);
    if (i + 1 < n) for (const g of gazF[i + 1]!) f.add('g+1=', g);
    f.next();
  }
}

const PREFIX = ['', 'p1=', 'p2=', 'p3=', 'p4='];
const SUFFIX = ['', 's1=', 's2=', 's3=', 's4='];

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
