import type { Entity } from '../../types.js';
import { placeKey } from '../../knowledge/geo-util.js';
import { lookupPlace, placeFirstWord, type GeoCandidate } from '../../knowledge/gazetteer.js';

/** A span of text that names a place, with every gazetteer entry it could denote. */
export interface Toponym {
  start: number;
  end: number;
  t0: number;
  t1: number;
  text: string;
  key: string;
  candidates: GeoCandidate[];
  entity?: Entity;
  /** the country an earlier stage already knows this name to be in (ISO3) */
  hint?: string;
  /** a part of its only candidate, whose own point is unknown (counties.ts): placed at that candidate */
  within?: boolean;
}

/**
 * A new toponym with every field present, in one order: toponyms made in several files then share
 * one hidden class, so the loops over them stay monomorphic (no "wrong map" deoptimisations).
 */
export function toponym(start: number, end: number, t0: number, t1: number, text: string, key: string,
  candidates: GeoCandidate[], entity?: Entity, within?: boolean): Toponym {
  return { start, end, t0, t1, text, key, candidates, entity, hint: undefined, within };
}

const SUFFIX = / (province|state|region|prefecture|governorate|oblast|district|territory|county|parish)$/;
const PREFIX = /^(north|south|east|west|northern|southern|eastern|western|central|upper|lower|greater) /;

/** Lookup keys to try for a name, most literal first: as written, without "the", a possessive, a suffix or a direction. */
export function keyVariants(text: string): string[] {
  let key = placeKey(text).replace(/['’]s$/, '');
  if (key.startsWith('the ')) key = key.slice(4);
  const out = [key];
  if (key.endsWith('.') && !/\..*\.$/.test(key)) out.push(key.slice(0, -1));
  const bare = key.replace(SUFFIX, '');
  if (bare !== key) out.push(bare);
  const undirected = bare.replace(PREFIX, '');
  if (undirected !== bare) out.push(undirected);
  return out;
}

/** Words a key variant may drop from a name's head ("the", a direction): the next word then opens it. */
const DROPPED_HEADS = new Set(['the', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'greater']);
const opens = new Map<string, boolean>();

/**
 * False when no name whose first word (text up to the first white space) is `word` can
 * resolve, so resolveName would answer null for it: a cheap test before slicing and resolving
 * longer spans (bounded cache by word).
 */
export function mayOpen(word: string): boolean {
  let r = opens.get(word);
  if (r !== undefined) return r;
  if (opens.size >= LIMIT) opens.clear();
  opens.set(word, (r = mayOpenUncached(word)));
  return r;
}

function mayOpenUncached(word: string): boolean {
  const raw = placeKey(word);
  const key = raw.replace(/['’]s$/, '');
  const sp = key.indexOf(' ');
  const w = sp < 0 ? key : key.slice(0, sp);
  // "St." may be read otherwise before a digit, a leading mark may vanish: answer only for plain words
  if (w === 'saint' || !/^\p{L}[\p{L}.']*$/u.test(w)) return true;
  // a possessive may open a longer name as written ("People's Republic of China")
  if (raw !== key && sp < 0 && placeFirstWord(raw)) return true;
  return DROPPED_HEADS.has(w) || placeFirstWord(w) || (w.endsWith('.') && placeFirstWord(w.slice(0, -1)));
}

export type Resolved = { key: string; candidates: GeoCandidate[] } | null;

/** Answers by name text, kept across documents (bounded; answers are never mutated). */
const LIMIT = 20_000;
const resolved = new Map<string, Resolved>();

/** The first variant of a name that the gazetteer knows, with its candidates. */
export function resolveName(text: string): Resolved {
  let r = resolved.get(text);
  if (r !== undefined) return r;
  if (resolved.size >= LIMIT) resolved.clear();
  resolved.set(text, (r = resolveUncached(text)));
  return r;
}

function resolveUncached(text: string): Resolved {
  for (const key of keyVariants(text)) {
    // most names asked about are no place at all: a key whose first word opens no place name is none
    const sp = key.indexOf(' ');
    if (!placeFirstWord(sp < 0 ? key : key.slice(0, sp))) continue;
    const candidates = lookupPlace(key);
    if (candidates.length) return { key, candidates };
  }
  return null;
}
