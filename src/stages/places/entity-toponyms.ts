/**
 * Toponyms from the entity stages. Every LOCATION entity and every metonym naming a place (a
 * capital standing for its government) is resolved; so is a weakly tagged PERSON or ORG
 * (model or capitalisation rules) that is wholly a country, region or division ("Darfur",
 * "Alabama") or, for a model ORG, a city ("Geneva" in a dateline). A name the entity span cuts
 * ("Inner" + "Mongolia", "Toru" + "ń", "Republic" + "of Congo") is re-joined; a place leading or closing a longer
 * entity ("US Army", "Benghazi hospital", "SOS Children's Villages Sudan") is found inside it.
 * Buildings that stand for a government (the White House, the Kremlin) are not geocoded.
 */
import type { Doc, Entity } from '../../types.js';
import { metonyms } from '../../knowledge/index.js';
import { placeKey } from '../../knowledge/geo-util.js';
import type { GeoCandidate } from '../../knowledge/gazetteer.js';
import { mayOpen, resolveName, toponym, type Toponym } from './toponym.js';
import { afterNameAndComma, CITY_MIN_POPULATION } from './scan.js';
import { allLetters, upperFirst } from './letters.js';

let buildings: Set<string> | null = null;

function buildingKeys(): Set<string> {
  if (buildings) return buildings;
  buildings = new Set<string>();
  for (const m of metonyms().byId.values()) for (const a of m.aliases) buildings.add(placeKey(a));
  return buildings;
}

/** Smallest city a model ORG, or a single-word PERSON without a role, may be read as. */
const MIN_ORG_CITY = 100_000;
const MIN_PERSON_CITY = 200_000;
const MAX_EXTEND = 3;

const isArea = (c: GeoCandidate) => c.kind !== 'city';
/** Tagged by the model or capitalisation rules only, with nothing else known about it. */
export const weak = (e: Entity) => (e.rule.startsWith('model.') || e.rule.startsWith('caps.')) && !e.info?.ref && !e.info?.code && !e.info?.role;

/**
 * Words after a place that make the organisation it opens that place's public body, when the
 * organisation has no sector ("Ohio Department of Agriculture", "Westminster City Council").
 */
const PUBLIC_BODY = new Set([
  'department', 'dept', 'police', 'council', 'board', 'ministry', 'minister', 'government', 'governor', 'legislature',
  'assembly', 'parliament', 'senate', 'court', 'attorney', 'sheriff', 'regional', 'provincial', 'state', 'city', 'county',
  'municipal', 'metropolitan', 'district',
]);

/** Sectors of public bodies (government, police, judiciary, legislature). */
const PUBLIC_SECTORS = new Set(['GOV', 'COP', 'JUD', 'LEG']);

/** The organisation is a public body: by its sector, or (no sector known) by the word after the place. */
function publicBody(doc: Doc, e: Entity, t1: number): boolean {
  const sector = e.info?.sector;
  return sector ? PUBLIC_SECTORS.has(sector) : PUBLIC_BODY.has(doc.tokens[t1]?.lower ?? '');
}

/** What a candidate list must hold for the entity's tokens [t0, t1) to be a place. */
function fits(doc: Doc, e: Entity, cands: GeoCandidate[], t0: number, t1: number): boolean {
  // the entity's whole name, or that name re-joined with a head the entity cut off ("New" + "South Wales")
  const whole = t0 <= e.t0 && t1 >= e.t1;
  if (e.type === 'LOCATION' || e.info?.metonym) return whole || cands.some((c) => isArea(c) || c.population >= MIN_ORG_CITY);
  if (!weak(e)) return false;
  // a place opening its own public body's name is that place: a division, or a city the scan
  // would take by its bare name (not an acronym: "WA Health" is not Wa in Ghana)
  if (!whole && e.type === 'ORG' && t0 === e.t0 && publicBody(doc, e, t1)) {
    const acronym = t1 === t0 + 1 && doc.tokens[t0]!.shape === 'X';
    return cands.some((c) => isArea(c) || (!acronym && c.population >= CITY_MIN_POPULATION));
  }
  // otherwise inside an organisation's name only a country or region counts ("US Army"; not "New York Times")
  if (cands.some((c) => isArea(c) && (whole || e.type !== 'ORG' || c.kind !== 'admin'))) return true;
  if (!whole) return false;
  const min = e.type === 'ORG' ? MIN_ORG_CITY : e.t1 - e.t0 === 1 ? MIN_PERSON_CITY : Infinity;
  return cands.some((c) => c.population >= min);
}

/** White space as placeKey's \s sees it (no per-character strings or regex runs). */
const space = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/**
 * The span [t0, end) of text opens with a word that opens no place name, so resolveName
 * would answer null (mayOpen). `memo` keeps the answer per token when the token is a whole word.
 */
function closed(doc: Doc, memo: Int8Array, t0: number, end: number): boolean {
  const tok = doc.tokens[t0]!;
  const text = doc.text;
  const whole = tok.end <= end && (tok.end === text.length || space(text.charCodeAt(tok.end)));
  if (whole && memo[t0]) return memo[t0] === 2;
  let k = tok.start;
  while (k < end && !space(text.charCodeAt(k))) k++;
  const shut = !mayOpen(k === tok.end ? tok.text : text.slice(tok.start, k));
  if (whole) memo[t0] = shut ? 2 : 1;
  return shut;
}

/** The entity is a political bloc and the name is the bloc's own ("the West" → "west"). */
function isBloc(e: Entity, key: string): boolean {
  if (!e.info?.ref?.startsWith('bloc:')) return false;
  const own = e.info.canonical ? placeKey(e.info.canonical).replace(/^the /, '') : null;
  return own === null || own === key;
}

function make(doc: Doc, e: Entity, t0: number, t1: number, memo: Int8Array): Toponym | null {
  const start = doc.tokens[t0]!.start;
  const end = doc.tokens[t1 - 1]!.end;
  if (closed(doc, memo, t0, end)) return null;
  const text = doc.text.slice(start, end);
  const r = resolveName(text);
  if (!r || buildingKeys().has(r.key)) return null;
  // a political bloc ("the West") is at most a region, never a town of the same name (West, Texas);
  // a longer name that merely holds the bloc's word ("West Midlands") is not the bloc
  const candidates = isBloc(e, r.key) ? r.candidates.filter((c) => c.kind === 'region') : r.candidates;
  if (!candidates.length || !fits(doc, e, candidates, t0, t1)) return null;
  const t = toponym(start, end, t0, t1, text, r.key, candidates, e);
  if (e.info?.country) t.hint = e.info.country;
  return t;
}

/** The entity's name, re-joined with a cut-off head ("Inner") or glued letters ("ń"). */
function extended(doc: Doc, e: Entity, memo: Int8Array): Toponym | null {
  const tokens = doc.tokens;
  // a division's abbreviation with its full stop after "Name," ("Dothan, Ala.")
  const dot = tokens[e.t1];
  if (dot?.text === '.' && dot.start === tokens[e.t1 - 1]!.end && afterNameAndComma(doc, e.t0)) {
    const t = make(doc, e, e.t0, e.t1 + 1, memo);
    if (t?.key.endsWith('.') && t.candidates[0]!.kind === 'admin') return t;
  }
  let t1 = e.t1;
  while (tokens[t1] && tokens[t1]!.start === tokens[t1 - 1]!.end && allLetters(tokens[t1]!.text)) t1++;
  for (let t0 = Math.max(0, e.t0 - MAX_EXTEND); t0 < e.t0; t0++) {
    const head = tokens[t0]!;
    if (head.sent !== tokens[e.t0]!.sent || !upperFirst(head.text) || head.lower === 'the') continue;
    const t = make(doc, e, t0, t1, memo);
    if (t && t.candidates.some(isArea)) return t;
  }
  return t1 > e.t1 ? make(doc, e, e.t0, t1, memo) : ofTail(doc, e, memo);
}

/** The entity's name, continued by "of (the) X" into a country or region ("Republic" + "of Congo"). */
function ofTail(doc: Doc, e: Entity, memo: Int8Array): Toponym | null {
  const tokens = doc.tokens;
  if (tokens[e.t1]?.lower !== 'of') return null;
  for (let t1 = Math.min(e.t1 + 1 + MAX_EXTEND, tokens.length); t1 > e.t1 + 1; t1--) {
    const last = tokens[t1 - 1]!;
    if (last.sent !== tokens[e.t0]!.sent || !upperFirst(last.text)) continue;
    const t = make(doc, e, e.t0, t1, memo);
    if (t && t.candidates.some((c) => c.kind === 'country' || c.kind === 'region')) return t;
  }
  return null;
}

/** Tokens [t0, t1) are, as written, a name the gazetteer knows ("Mexico City", not "Orange" + "County"), whether or not it fits the entity. */
function known(doc: Doc, t0: number, t1: number, memo: Int8Array): boolean {
  const end = doc.tokens[t1 - 1]!.end;
  if (closed(doc, memo, t0, end)) return false;
  const text = doc.text.slice(doc.tokens[t0]!.start, end);
  return resolveName(text)?.key === placeKey(text);
}

/**
 * A place leading or closing the entity, longest first. A longer known name that does not fit
 * keeps the shorter ones inside it from being read ("Mexico City Health" is not Mexico).
 */
function inside(doc: Doc, e: Entity, memo: Int8Array): Toponym | null {
  let head = true;
  let tail = true;
  for (let len = e.t1 - e.t0 - 1; len > 0 && (head || tail); len--) {
    const t = (head ? make(doc, e, e.t0, e.t0 + len, memo) : null) ?? (tail ? make(doc, e, e.t1 - len, e.t1, memo) : null);
    if (t) return t;
    if (head && len > 1 && known(doc, e.t0, e.t0 + len, memo)) head = false;
    if (tail && len > 1 && known(doc, e.t1 - len, e.t1, memo)) tail = false;
  }
  return null;
}

/** A nationality word opening a longer place name ("British" + "Columbia", "Irish" + "Sea"). */
function norpHead(doc: Doc, e: Entity, memo: Int8Array): Toponym | null {
  for (let t1 = Math.min(e.t1 + MAX_EXTEND, doc.tokens.length); t1 > e.t1; t1--) {
    const last = doc.tokens[t1 - 1]!;
    if (last.sent !== doc.tokens[e.t0]!.sent || !upperFirst(last.text) || closed(doc, memo, e.t0, last.end)) continue;
    const r = resolveName(doc.text.slice(doc.tokens[e.t0]!.start, last.end));
    if (!r?.candidates.some(isArea)) continue;
    return toponym(doc.tokens[e.t0]!.start, last.end, e.t0, t1, doc.text.slice(doc.tokens[e.t0]!.start, last.end), r.key, r.candidates, e);
  }
  return null;
}

export function entityToponyms(doc: Doc): Toponym[] {
  const out: Toponym[] = [];
  const memo = new Int8Array(doc.tokens.length);
  for (const e of doc.entities) {
    if (e.type === 'NORP') {
      const t = norpHead(doc, e, memo);
      if (t) out.push(t);
      continue;
    }
    if (e.type !== 'LOCATION' && !e.info?.metonym && !weak(e)) continue;
    const t = extended(doc, e, memo) ?? make(doc, e, e.t0, e.t1, memo) ?? (e.type === 'LOCATION' || weak(e) ? inside(doc, e, memo) : null);
    if (t) out.push(t);
  }
  return out;
}
