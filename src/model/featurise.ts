/**
 * The inference featuriser: the same feature ids as features.ts (first layer) and stack.ts
 * (stacked layers), without building strings. Word-local features come from the WordCache,
 * closed-set templates from tables, pair features by continuing cached FNV-1a states. Ids go to
 * an Acc: at run time one that sums weight rows, in tests one that lists the ids.
 */
import { typeOf } from './perceptron.js';
import type { ContextTables, StackTables } from './tables.js';
import { FNV_AT, OWN_AT, FNV_NEXT_SH, FNV_NEXT_W, FNV_PREV_SH, FNV_PREV_SH3, FNV_PREV_W, nextStamp, type InfoHolder, type WordCache, type WordInfo } from './wordcache.js';

export interface Acc {
  /** one feature id */
  row(id: number): void;
  /** a cached group: ids data[idFrom, idTo), whose weight rows sum to data[sumAt, sumAt + S) */
  group(data: Int32Array, sumAt: number, idFrom: number, idTo: number): void;
  /** closes the current token */
  next(): void;
}

const C = 0, A = 1, L = 2, D = 3, P = 4; // CLASSES indices
const PIPE = 124;

/** fnvMore(h, "|" + b) */
const pipeThen = (h: number, b: string): number => {
  h = Math.imul(h ^ PIPE, 0x01000193);
  for (let i = 0; i < b.length; i++) h = Math.imul(h ^ b.charCodeAt(i), 0x01000193);
  return h;
};
const more = (h: number, b: string): number => {
  for (let i = 0; i < b.length; i++) h = Math.imul(h ^ b.charCodeAt(i), 0x01000193);
  return h;
};

export interface DocWords {
  words: WordInfo[][];
  /** per sentence: written in capitals (a headline) */
  caps: boolean[];
  /** no word of the document has a capital letter (the "lowdoc" mode of the features) */
  allLower: boolean;
  /** the stamp of the document's counts in the words' slots (LowerSlot) */
  stamp: number;
}

/**
 * The words' infos and per-document counts. `holders` (optional, one per word of the document in
 * order, null where there is none) carry each word's info across documents (WordCache.known).
 */
export function docWords(sentences: readonly string[][], cache: WordCache, holders?: ReadonlyArray<InfoHolder | null>): DocWords {
  cache.startDocument();
  const stamp = nextStamp();
  let allLower = true;
  const S = sentences.length;
  const caps = new Array<boolean>(S);
  const words = new Array<WordInfo[]>(S);
  let g = 0;
  for (let s = 0; s < S; s++) {
    const sentence = sentences[s]!;
    const n = sentence.length;
    const ws = new Array<WordInfo>(n);
    // per lower-cased word (in its slot, valid for this document's stamp): how often it occurs
    // (votable words); a sentence is in capitals (isCapsSentence) when most letter words are
    let letters = 0;
    let upper = 0;
    for (let i = 0; i < n; i++, g++) {
      const h = holders ? holders[g] : null;
      const w = (ws[i] = h ? cache.known(sentence[i]!, h) : cache.get(sentence[i]!));
      const c = w.cls;
      if (c !== D && c !== P) {
        letters++;
        if (c === A) upper++;
        if (c !== L) allLower = false;
      }
      if (w.votable) {
        const k = w.slot;
        if (k.nStamp !== stamp) { k.nStamp = stamp; k.n = 0; }
        k.n++;
      }
    }
    words[s] = ws;
    const capsSent = (caps[s] = letters >= 2 && upper / letters > 0.6);
    if (capsSent) continue;
    // how often capitalised (not sentence-initial) or lower case in normal-case sentences
    for (let i = 0; i < n; i++) {
      const w = ws[i]!;
      const c = w.cls;
      if (c !== L && (c !== C || i === 0)) continue;
      const k = w.slot;
      if (k.cStamp !== stamp) { k.cStamp = stamp; k.cap = 0; k.low = 0; }
      if (c === C) k.cap++;
      else k.low++;
    }
  }
  return { words, caps, allLower, stamp };
}

/**
 * First-layer feature ids of every token of a document; make(s) gives sentence s's Acc. With
 * `live` (one flag per token of the document, in order), tokens whose flag is 0 get no ids
 * (only acc.next()).
 */
export function firstLayer<X extends Acc>(doc: DocWords, cache: WordCache, tb: ContextTables, make: (n: number) => X, live?: Uint8Array): X[] {
  const { words, caps, allLower, stamp } = doc;
  const { pads, S } = cache;
  const N0 = 5 * S; // start of the neighbour-slot ids
  const F = FNV_AT(S);
  const OWN = OWN_AT(S);
  const { token, gazCls } = tb;
  const out = new Array<X>(words.length);
  let g = 0; // document token index
  for (let s = 0; s < words.length; s++) {
    const ws = words[s]!;
    const n = ws.length;
    const acc = (out[s] = make(n));
    const capsSent = caps[s]!;
    const mode = capsSent ? 0 : allLower ? 1 : 2;
    const gz = gazetteerCodes(ws, cache, live, g);
    // the words at -2, -1, 0, +1 as the window moves (filled in when first scored near)
    let pp = pads[1]!, p = pads[0]!, w = n > 0 ? ws[0]! : pads[2]!, q = n > 1 ? ws[1]! : pads[2]!;
    for (let i = 0; i < n; i++, g++) {
      const qq = i + 2 < n ? ws[i + 2]! : pads[2 + i + 2 - n]!;
      if (live && !live[g]) { acc.next(); pp = p; p = w; w = q; q = qq; continue; }
      cache.window(pp, p, w, q, qq);
      const c = w.cls;
      const first = i === 0 ? 1 : 0;
      acc.group(w.data, 0, OWN, w.data.length);
      acc.group(p.data, S, N0, N0 + 2);
      acc.group(q.data, 2 * S, N0 + 2, N0 + 4);
      acc.group(pp.data, 3 * S, N0 + 4, N0 + 6);
      acc.group(qq.data, 4 * S, N0 + 6, N0 + 8);
      acc.row(cache.id(more(p.data[F + FNV_PREV_W]!, w.lower)));
      acc.row(cache.id(more(w.data[F + FNV_NEXT_W]!, q.lower)));
      acc.row(cache.id(pipeThen(more(p.data[F + FNV_PREV_SH3]!, w.shape), q.shape)));
      acc.row(cache.id(more(p.data[F + FNV_PREV_SH]!, w.shape)));
      acc.row(cache.id(more(w.data[F + FNV_NEXT_SH]!, q.lower)));
      if (capsSent) acc.row(w.capsId);
      if (first) acc.row(w.firstId);
      const dc = w.slot;
      let d = 0;
      if (dc.cStamp === stamp) {
        const own = !capsSent && i > 0 && c === C ? 1 : 0;
        const ownLow = !capsSent && c === L ? 1 : 0;
        d = 1 + (dc.cap - own > 0 ? 2 : 0) + (dc.low - ownLow > 0 ? 1 : 0);
      }
      const k = ((d * 6 + c) * 3 + mode) * 2 + first;
      acc.group(token.data, k * S, token.at + k * 3, token.at + k * 3 + 3);
      if (gz) {
        const here = gz[i];
        if (here) for (let j = 0; j < here.length; j++) { const x = here[j]! * 6 + c; acc.group(gazCls.data, x * S, gazCls.at + x * 2, gazCls.at + x * 2 + 2); }
        const before = i > 0 ? gz[i - 1] : undefined;
        if (before) for (let j = 0; j < before.length; j++) acc.row(tb.gPrev[before[j]!]!);
        const after = i + 1 < n ? gz[i + 1] : undefined;
        if (after) for (let j = 0; j < after.length; j++) acc.row(tb.gNext[after[j]!]!);
      }
      acc.next();
      pp = p; p = w; w = q; q = qq;
    }
  }
  return out;
}

/**
 * Gazetteer.annotate as label codes (B = even, I = odd); null when nothing matched. The longest
 * name starting at a word is found by extending the phrase while it is a prefix of some name.
 * With `live` (document flags, this sentence from g0), only names starting next to a live token
 * are looked for: the codes of other tokens are never read.
 */
export function gazetteerCodes(ws: readonly WordInfo[], cache: WordCache, live: Uint8Array | undefined, g0: number): Array<number[] | undefined> | null {
  let out: Array<number[] | undefined> | null = null;
  const n = ws.length;
  const { gaz } = cache;
  for (let i = 0; i < n; ) {
    if (live && !live[g0 + i] && !(i > 0 && live[g0 + i - 1]) && !(i + 1 < n && live[g0 + i + 1])) { i++; continue; }
    const w = ws[i]!;
    let len = w.gaz ? 1 : 0;
    let codes = w.gaz;
    const limit = Math.min(w.head, n - i);
    // extend the phrase word by word while it is a prefix of some name (no phrase strings built)
    let node = limit > 1 ? gaz.phrase(w.lower) : undefined;
    for (let k = 2; k <= limit && node && node.next; k++) {
      node = node.next.get(ws[i + k - 1]!.lower);
      if (node && node.codes) { len = k; codes = node.codes; }
    }
    if (!codes) { i++; continue; }
    out ??= new Array<number[] | undefined>(n);
    for (const code of codes) {
      (out[i] ??= []).push(code);
      for (let k = i + 1; k < i + len; k++) (out[k] ??= []).push(code + 1);
    }
    i += len;
  }
  return out;
}

/** Stacked-layer feature ids from the previous layer's tags (see stack.ts); `live` as in firstLayer. */
export function stackedLayer<X extends Acc>(doc: DocWords, tags: readonly Int8Array[], tb: StackTables, make: (n: number) => X, live?: Uint8Array): X[] {
  // per lower-cased word: first-pass types of its scored (live) occurrences, in the word's slot;
  // the others are O (dead tokens are pinned to O)
  const stamp = nextStamp();
  let g = 0;
  doc.words.forEach((ws, s) => {
    for (let i = 0; i < ws.length; i++, g++) {
      const w = ws[i]!;
      if (!w.votable || (live && !live[g])) continue;
      const k = w.slot;
      if (k.vStamp !== stamp) { k.vStamp = stamp; k.m = 0; for (let t = 0; t < 5; t++) k.votes[t] = 0; }
      k.votes[typeOf(tags[s]![i]!)]++;
      k.m++;
    }
  });
  const v = [0, 0, 0, 0, 0];
  g = 0;
  return doc.words.map((ws, s) => {
    const n = ws.length;
    const t = tags[s]!;
    const acc = make(n);
    const caps = doc.caps[s] ? 0 : 1;
    const tag = (i: number) => (i < 0 ? 9 : i >= n ? 10 : t[i]!);
    for (let i = 0; i < n; i++, g++) {
      if (live && !live[g]) { acc.next(); continue; }
      const own = typeOf(t[i]!);
      const a = tag(i - 1), b = tag(i), c = tag(i + 1);
      acc.row(tb.p1[b]!); acc.row(tb.p1Prev[a]!); acc.row(tb.p1Next[c]!); acc.row(tb.ctx[(a * 11 + b) * 11 + c]!);
      const slot = ws[i]!.slot;
      if (slot.nStamp === doc.stamp && slot.n > 0) {
        const counted = slot.vStamp === stamp;
        for (let k = 1; k < 5; k++) v[k] = counted ? slot.votes[k]! : 0;
        v[0] = (counted ? slot.votes[0]! - slot.m : 0) + slot.n;
        let best = -1, bestN = 0, others = 0;
        for (let k = 1; k < 5; k++) {
          const m = v[k]! - (k === own ? 1 : 0);
          others += m;
          if (m > 0) { acc.row(tb.da[k]!); acc.row(tb.daCaps[k * 2 + caps]!); }
          if (m > bestN) { bestN = m; best = k; }
        }
        const oN = v[0]! - (own === 0 ? 1 : 0);
        if (best > 0) {
          acc.row(tb.dm[best * 2 + (oN > others ? 1 : 0)]!);
          acc.row(tb.dmOwn[best * 5 + own]!);
          acc.row(tb.dmOwnCaps[(best * 5 + own) * 2 + caps]!);
        } else if (oN > 0) acc.row(tb.dmO);
      }
      acc.next();
    }
    return acc;
  });
}
