import type { Doc } from '../types.js';
import { countries } from './countries.js';
import { organisations } from './organisations.js';
import { metonyms } from './metonyms.js';
import { roles } from './roles.js';
import { foldKey, isExactAlias, rawKey, startsUpper } from './normalize.js';
import { docWords } from '../util/words.js';


/** What a matched phrase is in the knowledge base. */
export type LexKind = 'country' | 'demonym' | 'capital' | 'org' | 'metonym' | 'role' | 'honorific' | 'bloc' | 'blocAdj' | 'people';

export interface LexHit {
  kind: LexKind;
  /** id in its source: ISO3 for country/demonym/capital, organisation/metonym/role/honorific/bloc id */
  id: string;
  /** the alias starts with a capital letter: only capitalised text matches it */
  upper: boolean;
  /** plural demonym ("Afghans") */
  plural: boolean | undefined;
  /** only after "the" ("the West") */
  requireThe: boolean | undefined;
  /** a country name that is also a common name or word ("Jordan", "Chad") */
  ambiguous: boolean | undefined;
}

export interface Lexicon {
  fold: Map<string, LexHit[]>;
  exact: Map<string, LexHit[]>;
  /** every key and every prefix of a key that ends at a word or punctuation boundary */
  foldPrefixes: Set<string>;
  exactPrefixes: Set<string>;
  maxTokens: number;
}

const SEPARATOR = /[^\p{L}\p{N}]/u;

/** key[i] is not a letter or digit (SEPARATOR), with an ASCII fast path. */
function separatorAt(key: string, i: number): boolean {
  const c = key.charCodeAt(i);
  if (c < 128) return !((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57));
  return SEPARATOR.test(key[i]!);
}

/** Adds the key and its prefixes at separator boundaries ("al", "al-" for "al-qaeda"). */
function addPrefixes(set: Set<string>, key: string): void {
  set.add(key);
  for (let i = 1; i < key.length; i++) {
    if (separatorAt(key, i)) set.add(key.slice(0, i));
    if (separatorAt(key, i - 1)) set.add(key.slice(0, i));
  }
}

let cache: Lexicon | null = null;

function pluralOf(d: string): string | null {
  if (/(s|sh|ch|ese|ss|x|i)$/i.test(d) || isExactAlias(d) || d.includes(' ')) return /i$/.test(d) ? `${d}s` : null;
  return `${d}s`;
}

/** One index over every alias in the knowledge base, built once on first use. */
export function lexicon(): Lexicon {
  if (cache) return cache;
  const lex: Lexicon = { fold: new Map(), exact: new Map(), foldPrefixes: new Set(), exactPrefixes: new Set(), maxTokens: 1 };
  const add = (alias: string, hit: Partial<LexHit> & Pick<LexHit, 'kind' | 'id'>) => {
    const exact = isExactAlias(alias);
    const key = exact ? rawKey(alias) : foldKey(alias);
    if (!key) return;
    const map = exact ? lex.exact : lex.fold;
    const list = map.get(key) ?? [];
    if (list.some((h) => h.kind === hit.kind && h.id === hit.id)) return;
    // every hit has every field (one object shape for the many readers of hits)
    list.push({ kind: hit.kind, id: hit.id, upper: startsUpper(alias), plural: hit.plural, requireThe: hit.requireThe, ambiguous: hit.ambiguous });
    map.set(key, list);
    addPrefixes(exact ? lex.exactPrefixes : lex.foldPrefixes, key);
    const pieces = alias.split(/[\s\-']+/).length + (alias.match(/[-']/g)?.length ?? 0) + (alias.match(/,/g)?.length ?? 0);
    lex.maxTokens = Math.max(lex.maxTokens, Math.min(pieces, 10));
  };
  const cd = countries();
  for (const c of cd.list) {
    for (const a of c.aliases) add(a, { kind: 'country', id: c.iso3, ambiguous: cd.ambiguousNames.has(a) || undefined });
    for (const d of c.demonyms) {
      add(d, { kind: 'demonym', id: c.iso3 });
      const p = pluralOf(d);
      if (p) add(p, { kind: 'demonym', id: c.iso3, plural: true });
    }
    for (const cap of c.capitals) add(cap, { kind: 'capital', id: c.iso3 });
  }
  for (const b of cd.extra.blocs) {
    const adjectives = new Set(b.adjectives);
    const requireThe = new Set(b.requireThe ?? []);
    for (const a of b.aliases) add(a, { kind: adjectives.has(a) ? 'blocAdj' : 'bloc', id: b.id, requireThe: requireThe.has(a) || undefined });
    for (const a of b.adjectives) add(a, { kind: 'blocAdj', id: b.id });
  }
  for (const p of cd.extra.peoples) for (const a of p.aliases) add(a, { kind: 'people', id: p.id });
  for (const o of organisations().values()) for (const a of [o.name, ...o.aliases]) add(a, { kind: 'org', id: o.id });
  for (const m of metonyms().byId.values()) for (const a of m.aliases) add(a, { kind: 'metonym', id: m.id });
  const rd = roles();
  for (const r of rd.byId.values()) for (const a of r.aliases) add(a, { kind: 'role', id: r.id });
  for (const h of rd.honorifics.values()) for (const a of h.aliases) add(a, { kind: 'honorific', id: h.id });
  cache = lex;
  return lex;
}

/** A phrase of the document found in the lexicon: tokens [t0, t1) and what it is. */
export interface LexMatch {
  t0: number;
  t1: number;
  hits: LexHit[];
}

const docCache = new WeakMap<Doc, LexMatch[][]>();
const startsCache = new WeakMap<LexMatch[][], number[]>();
const PLAIN = /^[\p{L}\p{N}]+$/u;
const NONE: LexMatch[] = Object.freeze([]) as unknown as LexMatch[];

/** The lexicon keys of one token text, computed once per distinct text (bounded cache). */
interface WordKeys {
  raw: string;
  fold: string;
  /** the text alone is a key or a key prefix (fold or exact): only then can a phrase start here */
  prefix: boolean;
  /** the text starts with a capital letter */
  upper: boolean;
}

const wordKeys = new Map<string, WordKeys>();
const WORD_LIMIT = 30_000;

function keysOf(lex: Lexicon, text: string): WordKeys {
  let w = wordKeys.get(text);
  if (w) return w;
  if (wordKeys.size >= WORD_LIMIT) wordKeys.clear();
  w = computeKeys(lex, text);
  wordKeys.set(text, w);
  return w;
}

function computeKeys(lex: Lexicon, text: string): WordKeys {
  const raw = PLAIN.test(text) ? text : rawKey(text);
  const fold = raw.toLowerCase();
  return { raw, fold, prefix: lex.foldPrefixes.has(fold) || lex.exactPrefixes.has(raw), upper: startsUpper(text) };
}

/**
 * One key string a phrase walk reached (fold or exact), with the lexicon's answers for it and
 * its transitions memoised: the next token's key appended directly or after a space. So a walk
 * builds and hashes each multi-token key once per process, not once per occurrence.
 */
interface WalkState {
  key: string;
  /** the key is a lexicon key or key prefix */
  prefix: boolean;
  hits: LexHit[] | undefined;
  join: Map<string, WalkState> | null;
  space: Map<string, WalkState> | null;
  /** the words that may follow the key after a space and keep it a prefix (undefined: not looked up yet) */
  next: Set<string> | null | undefined;
  /** the filtered hits of a match ending here, per exact-walk state and context flags (see matchHits) */
  memo: Map<WalkState, Array<LexHit[] | undefined>> | undefined;
}

let afterSpace: Map<string, Set<string>> | null = null;

/** For each fold prefix with a space: what precedes the space -> what may follow it. Built once. */
function spaceContinuations(lex: Lexicon): Map<string, Set<string>> {
  if (afterSpace) return afterSpace;
  afterSpace = new Map();
  for (const p of lex.foldPrefixes) {
    for (let s = p.indexOf(' '); s >= 0; s = p.indexOf(' ', s + 1)) {
      const head = p.slice(0, s);
      let set = afterSpace.get(head);
      if (!set) afterSpace.set(head, (set = new Set()));
      set.add(p.slice(s + 1));
    }
  }
  return afterSpace;
}

const STATE_LIMIT = 60_000;
let states = 0;
let foldRoot: WalkState | null = null;
let exactRoot: WalkState | null = null;
// every state has every field from the start (one object shape)
const root = (): WalkState => ({ key: '', prefix: true, hits: undefined, join: null, space: null, next: undefined, memo: undefined });
/** Exact keys never hold a space (isExactAlias): an exact walk that crosses a space is over. */
const DEAD: WalkState = { key: ' ', prefix: false, hits: undefined, join: null, space: null, next: undefined, memo: undefined };

function step(state: WalkState, gap: boolean, piece: string, prefixes: Set<string>, keys: Map<string, LexHit[]>): WalkState {
  let m = gap ? state.space : state.join;
  if (!m) {
    m = new Map();
    if (gap) state.space = m; else state.join = m;
  }
  let next = m.get(piece);
  if (next) return next;
  const key = state.key + (gap ? ' ' : '') + piece;
  next = { key, prefix: prefixes.has(key), hits: keys.get(key), join: null, space: null, next: undefined, memo: undefined };
  m.set(piece, next);
  states++;
  return next;
}

/** Demonyms that are also common lower-case words: never matched in lower case. */
const LOWER_WORDS = new Set(['polish', 'danish', 'swiss', 'scotch', 'dutch', 'english']);

/**
 * A lower-case context: no token after the sentence's first starts with a capital ("russian
 * troops crossed into ukraine"). There a capitalised demonym alias also matches in lower case.
 */
function lowerCaseSentence(keys: WordKeys[], t0: number, t1: number): boolean {
  for (let k = t0 + 1; k < t1; k++) if (keys[k]!.upper) return false;
  return true;
}

/** Context flags of a phrase that decide which of its hits count (see matchHits). */
const FIRST_UPPER = 1;
const LOWER_CASE = 2;
const AFTER_THE = 4;

/**
 * The hits of a phrase whose walks ended in fold state fs and exact state rs that hold in its
 * context: an upper-case alias only on capitalised text (or a demonym in a lower-case sentence),
 * a "the"-only alias only after "the". Memoised per state pair and flags, so documents share
 * the arrays (callers never change them).
 */
function matchHits(fs: WalkState, rs: WalkState, flags: number): LexHit[] {
  let byExact = fs.memo;
  if (!byExact) fs.memo = byExact = new Map();
  let slots = byExact.get(rs);
  if (!slots) byExact.set(rs, (slots = new Array<LexHit[] | undefined>(8)));
  let hits = slots[flags];
  if (!hits) {
    const firstUpper = (flags & FIRST_UPPER) !== 0;
    const lowerCase = (flags & LOWER_CASE) !== 0;
    const afterThe = (flags & AFTER_THE) !== 0;
    hits = [...(fs.hits ?? []), ...(rs.hits ?? [])]
      .filter((h) => (!h.upper || firstUpper || (lowerCase && h.kind === 'demonym' && !LOWER_WORDS.has(fs.key))) && (!h.requireThe || afterThe));
    slots[flags] = hits;
  }
  return hits;
}

/**
 * Every lexicon phrase starting at each token, longest first (one pass over the tokens,
 * at most maxTokens keys per token, never across a sentence end). Cached per document.
 * Only tokens whose own key is a lexicon prefix start the phrase walk.
 */
export function lexMatches(doc: Doc): LexMatch[][] {
  const cached = docCache.get(doc);
  if (cached) return cached;
  const lex = lexicon();
  if (!foldRoot || !exactRoot || states > STATE_LIMIT) {
    foldRoot = root();
    exactRoot = root();
    states = 0;
  }
  const continuations = spaceContinuations(lex);
  const toks = doc.tokens;
  const keys = new Array<WordKeys>(toks.length);
  // the tokens stage's per-word records, when they still match the tokens, hold the keys once per word
  const words = docWords(doc);
  if (words && words.length === toks.length) {
    for (let i = 0; i < toks.length; i++) {
      const w = words[i]!;
      const text = toks[i]!.text;
      // a record lives as long as its word stays in the tagger's cache: it is the cache here
      keys[i] = w.text === text ? ((w.lex as WordKeys | null) ?? (w.lex = computeKeys(lex, text))) : keysOf(lex, text);
    }
  } else {
    for (let i = 0; i < toks.length; i++) keys[i] = keysOf(lex, toks[i]!.text);
  }
  const out = new Array<LexMatch[]>(toks.length).fill(NONE);
  const starts: number[] = [];
  for (const s of doc.sentences) {
    let lowerCase = -1; // computed on the sentence's first match
    for (let i = s.t0; i < s.t1; i++) {
      if (!keys[i]!.prefix) continue;
      let fs = foldRoot;
      let rs = exactRoot;
      const found: LexMatch[] = [];
      const firstUpper = keys[i]!.upper;
      const afterThe = i > s.t0 && toks[i - 1]!.lower === 'the';
      for (let k = i; k < s.t1 && k - i < lex.maxTokens; k++) {
        const gap = k > i && toks[k]!.start > toks[k - 1]!.end;
        if (gap) {
          // after a space the exact walk is over, so the walk goes on only if the fold key stays a prefix
          if (fs.next === undefined) fs.next = continuations.get(fs.key) ?? null;
          if (!fs.next?.has(keys[k]!.fold)) break;
        }
        fs = step(fs, gap, keys[k]!.fold, lex.foldPrefixes, lex.fold);
        rs = gap || rs === DEAD ? DEAD : step(rs, false, keys[k]!.raw, lex.exactPrefixes, lex.exact);
        if (!fs.prefix && !rs.prefix) break;
        if (!keys[k]!.fold || (!fs.hits && !rs.hits)) continue;
        if (lowerCase < 0) lowerCase = lowerCaseSentence(keys, s.t0, s.t1) ? 1 : 0;
        const hits = matchHits(fs, rs, (firstUpper ? FIRST_UPPER : 0) | (lowerCase ? LOWER_CASE : 0) | (afterThe ? AFTER_THE : 0));
        if (hits.length) found.push({ t0: i, t1: k + 1, hits });
      }
      if (found.length) { out[i] = found.reverse(); starts.push(i); }
    }
  }
  docCache.set(doc, out);
  startsCache.set(out, starts);
  return out;
}

/** The lower-case words of a match, joined by single spaces ("foreign minister"). */
export function matchWords(doc: Doc, m: LexMatch): string {
  let s = doc.tokens[m.t0]!.lower;
  // words keep the text's own spacing: "secretary-general", not "secretary - general"
  for (let k = m.t0 + 1; k < m.t1; k++) s += (doc.tokens[k]!.start > doc.tokens[k - 1]!.end ? ' ' : '') + doc.tokens[k]!.lower;
  return s;
}

/**
 * The tokens where at least one lexicon phrase starts, in token order: for loops over every
 * match of a document, which so skip the many tokens with none.
 */
export function lexMatchStarts(doc: Doc): readonly number[] {
  return startsCache.get(lexMatches(doc))!;
}
