import type { Doc, Entity } from '../../types.js';
import { lexMatches, type LexMatch } from '../../knowledge/index.js';
import { lexMatchStarts } from '../../knowledge/lexicon.js';
import { facts } from '../../util/facts.js';
import { namedAsNeighbour } from '../../util/neighbour.js';

export interface DocIndex {
  /** entity covering each token, or null */
  entityAt: Array<Entity | null>;
  /** lexicon matches ending at each token (t1 - 1), longest first */
  endingAt: LexMatch[][];
}

const cache = new WeakMap<Doc, DocIndex>();
const NONE: LexMatch[] = Object.freeze([]) as unknown as LexMatch[];

/** Token-indexed views over entities and lexicon matches, built once per document (linear). */
export function docIndex(doc: Doc): DocIndex {
  const hit = cache.get(doc);
  if (hit && hit.entityAt.length === doc.tokens.length) return hit;
  const entityAt: Array<Entity | null> = new Array(doc.tokens.length).fill(null);
  for (const e of doc.entities) for (let k = e.t0; k < e.t1; k++) entityAt[k] = e;
  // one shared empty list for the many tokens where no match ends
  const endingAt = new Array<LexMatch[]>(doc.tokens.length).fill(NONE);
  const lex = lexMatches(doc);
  for (const i of lexMatchStarts(doc)) {
    const list = lex[i]!;
    for (let j = 0; j < list.length; j++) {
      const m = list[j]!;
      const l = endingAt[m.t1 - 1]!;
      if (l === NONE) endingAt[m.t1 - 1] = [m]; else l.push(m);
    }
  }
  for (const l of endingAt) if (l !== NONE && l.length > 1) l.sort((a, b) => a.t0 - b.t0);
  const idx = { entityAt, endingAt };
  cache.set(doc, idx);
  return idx;
}

/** The entity ending exactly at token k (not crossing into a different sentence), if any. */
export function entityEndingAt(doc: Doc, k: number): Entity | null {
  const e = k >= 0 ? docIndex(doc).entityAt[k] : null;
  return e && e.t1 - 1 === k ? e : null;
}

/** The entity starting exactly at token k, if any. */
export function entityStartingAt(doc: Doc, k: number): Entity | null {
  const e = k < doc.tokens.length ? docIndex(doc).entityAt[k] : null;
  return e && e.t0 === k ? e : null;
}

export const isPossessive = (text: string | undefined) => text === "'s" || text === '’s' || text === "'" || text === '’';

/** The one country named in the sentence of token t (country, demonym or capital), or null. */
export function sentenceCountry(doc: Doc, t: number): string | null {
  const found = sentenceCountries(doc, t);
  return found.size === 1 ? [...found][0]! : null;
}

/** The countries named in the sentence of token t (country names and capitals; not a neighbour across a border, nor in a quotation). */
export function sentenceCountries(doc: Doc, t: number): Set<string> {
  const sent = doc.tokens[t]!.sent;
  const found = new Set<string>();
  // (not inside a quotation: "“The United States is a hacker empire,” spokesman Wang said" names no country of Wang's)
  let quoted = false;
  for (let k = doc.sentences[sent]!.t0; k < doc.sentences[sent]!.t1; k++) {
    const tx = doc.tokens[k]!.text;
    if (tx === '"') quoted = !quoted;
    else if (tx === '“') quoted = true;
    else if (tx === '”') quoted = false;
    const e = docIndex(doc).entityAt[k];
    if (!e || e.t0 !== k || quoted) continue;
    const f = facts(e);
    const c = f.country;
    if (c && (f.kind === 'country' || f.ref?.startsWith('capital:')) && !namedAsNeighbour(doc.text, e.start)) found.add(c);
  }
  return found;
}

const CLAUSE_BREAK = new Set([';', ':', '(', ')']);
const isCountry = (e: Entity | null) => { const f = facts(e); return !!f.country && (f.kind === 'country' || !!f.ref?.startsWith('capital:')); };

/**
 * Countries named next to entity e in its sentence: reached from e without crossing a verb or a
 * clause break ("In Peru, President Ana Roe ..." yes; "Peru accused President Ana Roe" no).
 */
export function nearCountries(doc: Doc, e: Entity): Set<string> {
  const toks = doc.tokens;
  const sent = doc.sentences[toks[e.t0]!.sent]!;
  const at = docIndex(doc).entityAt;
  const found = new Set<string>();
  const stops = (k: number) => toks[k]!.pos === 'VERB' || toks[k]!.pos === 'AUX' || CLAUSE_BREAK.has(toks[k]!.text);
  for (let k = e.t0 - 1; k >= sent.t0 && !stops(k); k--) if (isCountry(at[k]!)) found.add(facts(at[k]).country!);
  for (let k = e.t1; k < sent.t1 && !stops(k); k++) if (isCountry(at[k]!)) found.add(facts(at[k]).country!);
  return found;
}
