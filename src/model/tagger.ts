/** Tags a document (sentences of words) with a loaded model. */
import { docWords } from './featurise.js';
import { firstLayerSums, stackedSums } from './sums.js';
import { Gazetteer } from './gazetteer.js';
import type { ModelHeader, ModelWeights } from './io.js';
import { liveTokens } from './live.js';
import { decodeInto, T, TAGS, typeOf, type Decoded, type Layer } from './perceptron.js';
import { ContextTables, StackTables, TYPE_NAMES } from './tables.js';
import { packLayers, unpackLayer, WordCache, type InfoHolder } from './wordcache.js';

export interface NerSpan {
  /** PER, ORG, LOC or MISC */
  type: string;
  /** token range [t0, t1) within the sentence */
  t0: number;
  t1: number;
  /** confidence in (0, 1]: the smallest marginal probability of the span's type over its tokens */
  score: number;
}

export interface TaggedSentence {
  tags: string[];
  spans: NerSpan[];
}

export class NerModel {
  readonly gazetteer: Gazetteer;
  /** per-word features and weight sums (see wordcache.ts) */
  readonly words: WordCache;
  readonly context: ContextTables;
  /** stacked-layer ids, and per layer l > 0 the tables summing that layer's columns (stacks[l]) */
  readonly stack: StackTables;
  private readonly stacks: StackTables[] = [];
  readonly header: ModelHeader;
  /** each layer's scale and transitions; its emission weights live in W only (one copy per process) */
  private readonly layers: Array<Omit<Layer, 'W'>>;
  /** all layers' weights side by side, S = layers * T per row */
  private readonly W: Int16Array;
  private readonly S: number;
  /** emission scores of the sentence being decoded (reused) */
  private em = new Float64Array(1024);
  /** per-document feature sums (reused) */
  private readonly buffers: Int32Array[] = [];
  constructor(weights: ModelWeights) {
    this.header = weights.header;
    this.layers = weights.layers.map(({ scale, trans }) => ({ scale, trans }));
    this.gazetteer = new Gazetteer(weights.header.gazetteer);
    const { bits } = weights.header;
    const mask = (1 << bits) - 1;
    this.S = weights.layers.length * T;
    this.W = packLayers(weights.layers, 1 << bits, T);
    this.words = new WordCache(this.W, this.S, mask, this.gazetteer);
    this.context = new ContextTables(this.gazetteer, mask, this.W, this.S);
    for (let l = 1; l < weights.layers.length; l++) this.stacks[l] = new StackTables(mask, this.W, this.S, l * T, T);
    this.stack = this.stacks[1] ?? new StackTables(mask);
  }

  /** The weights as read: each layer's W is unpacked again from the packed rows (a copy, for tests and tools). */
  get weights(): ModelWeights {
    const L = this.layers.length;
    return { header: this.header, layers: this.layers.map((l, k) => ({ ...l, W: unpackLayer(this.W, k, L, T) })) };
  }

  /**
   * Tags every sentence of one document; sentences are lists of words. Only live tokens (see
   * live.ts) are scored; the others are O. `options.allLive` scores every token (the exact
   * chain, for tests and comparisons). `options.holders` (one per word of the document, or null)
   * carry word infos across documents, saving a lookup per word (see WordCache.known).
   * `options.nameable(g)` says whether lower-case word g of the document may continue a name
   * (see live.ts).
   */
  tagDocument(sentences: readonly string[][], options: { allLive?: boolean; holders?: ReadonlyArray<InfoHolder | null>; nameable?: (g: number) => boolean } = {}): TaggedSentence[] {
    const { layers, header } = this;
    const { S } = this;
    const doc = docWords(sentences, this.words, options.holders);
    const live = liveTokens(doc, options.nameable);
    if (options.allLive) live.fill(1);
    const N = live.length;
    const base = this.work(0, N * S);
    // first-layer features summed for every layer at once (stacked layers reuse them)
    firstLayerSums(doc, this.words, this.context, base, live);
    const temperature = header.temperature ?? 1;
    const last = layers.length - 1;
    const out: Decoded = { tags: new Int8Array(N), confidence: new Float32Array(N) };
    const extra = layers.length > 1 ? this.work(1, N * T) : null;
    const bounds = { from: -1, toO: false };
    for (let l = 0; l <= last; l++) {
      const { scale = 1, trans } = layers[l]!;
      if (l > 0) {
        extra!.fill(0, 0, N * T);
        stackedSums(doc, out.tags, this.stacks[l]!, extra!, live);
        out.tags.fill(0);
      }
      const em = this.emissions(base, l > 0 ? extra : null, l, scale, live);
      let g = 0;
      for (const ws of sentences) {
        const n = ws.length;
        for (let i = 0; i < n; ) {
          if (!live[g + i]) { i++; continue; }
          let j = i + 1;
          while (j < n && live[g + j]) j++;
          bounds.from = i === 0 ? -1 : 0;
          bounds.toO = j < n;
          decodeInto(em, g + i, j - i, trans, bounds, l === last ? temperature : 0, out, g + i);
          i = j;
        }
        g += n;
      }
    }
    const tagged = new Array<TaggedSentence>(sentences.length);
    for (let s = 0, g = 0; s < sentences.length; g += sentences[s]!.length, s++) tagged[s] = new Tagged(out.tags, out.confidence, g, sentences[s]!.length);
    return tagged;
  }

  /** Emission scores of layer l for the document's live tokens, em[g * T + t] (a reused array). */
  private emissions(base: Int32Array, extra: Int32Array | null, l: number, scale: number, live: Uint8Array): Float64Array {
    const { S } = this;
    const N = live.length;
    if (this.em.length < N * T) this.em = new Float64Array(N * T * 2);
    const em = this.em;
    for (let g = 0; g < N; g++) {
      if (!live[g]) continue;
      const b = g * S + l * T;
      const x = g * T;
      if (extra) for (let t = 0; t < T; t++) em[x + t] = (base[b + t]! + extra[x + t]!) * scale;
      else for (let t = 0; t < T; t++) em[x + t] = (base[b + t]! + 0) * scale;
    }
    return em;
  }

  /** Work array k holding at least `size` zeros. */
  private work(k: number, size: number): Int32Array {
    let a = this.buffers[k];
    if (!a || a.length < size) this.buffers[k] = a = new Int32Array(Math.max(size * 2, 4096));
    else a.fill(0, 0, size);
    return a;
  }
}

/** A tagged sentence: spans built at once, tag names only when asked for. */
class Tagged implements TaggedSentence {
  readonly spans: NerSpan[] = [];
  /** the sentence's tags and confidences are codes[g0, g0 + n) and confidence[g0, g0 + n) */
  constructor(private readonly codes: Int8Array, confidence: Float32Array, private readonly g0: number, private readonly n: number) {
    for (let i = 0; i < n; ) {
      const t = codes[g0 + i]!;
      if (t === 0) { i++; continue; }
      // a span: B-X or a stray I-X, then I-X of the same type
      const type = typeOf(t);
      let j = i + 1;
      while (j < n) {
        const c = codes[g0 + j]!;
        if (c === 0 || (c & 1) !== 0 || typeOf(c) !== type) break;
        j++;
      }
      let min = 1;
      for (let k = i; k < j; k++) min = Math.min(min, confidence[g0 + k]!);
      this.spans.push({ type: TYPE_NAMES[type]!, t0: i, t1: j, score: min });
      i = j;
    }
  }

  get tags(): string[] {
    return Array.from(this.codes.subarray(this.g0, this.g0 + this.n), (t) => TAGS[t]!);
  }
}
