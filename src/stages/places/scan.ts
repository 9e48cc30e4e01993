/**
 * Finds toponyms the entity stages missed: capitalised token runs (up to six tokens, hyphens
 * included) that name a country, region, division or a sizeable city; then, in a second pass,
 * smaller towns of the countries the article is about. Linear in tokens: a few map lookups
 * per capitalised token, never a scan of the gazetteer.
 */
import type { Doc, Entity, Token } from '../../types.js';
import { weak } from './entity-toponyms.js';
import { placeKey } from '../../knowledge/geo-util.js';
import { isDemonym } from '../../knowledge/countries-geo.js';
import { peekPlace, placeFirstWord, placePrefix, type Peek } from '../../knowledge/gazetteer.js';
import { DIRECTIONS, DIVISION_WORDS, LOCATIVE, NOT_PLACES, PARTICLES, PLACE_NOUNS, TITLES } from './words.js';
import { keyVariants, resolveName, toponym, type Toponym } from './toponym.js';
import { allLetters } from './letters.js';

/** Smallest city a bare capitalised name may denote; after a locative preposition; in a country the article names. */
export const CITY_MIN_POPULATION = 50_000;
export const CITY_MIN_POPULATION_AFTER_PREP = 5_000;
export const TOWN_MIN_POPULATION_IN_CONTEXT = 1_000;
const MAX_TOKENS = 6;

/** Parts of speech a sentence-initial place name may have (a capitalised "The" or "He" never is one). */
const NAME_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'X', 'NUM', 'SYM', 'INTJ']);
/** Closed-class tags: never a place, even capitalised mid-sentence (the tagger may call "Shanghai" a verb). */
const CLOSED_POS = new Set(['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'PUNCT']);

const capitalised = (t: Token | undefined) => !!t && (t.shape === 'Xx' || t.shape === 'X');
/** A name may end on a capitalised word, a mixed one ("d'Ivoire") or letters glued to the word before ("Toru" + "ń"). */
const nameEnd = (t: Token, before: Token | undefined) =>
  capitalised(t) || (t.shape === 'm' && /\p{Lu}/u.test(t.text)) || (!!before && before.end === t.start && allLetters(t.text));

/** A person or organisation only the model or capitalisation guessed: the scan may still read it as a town. */
export const guessedName = (e: Entity) => (e.type === 'PERSON' || e.type === 'ORG') && weak(e);

/** Token indices covered by existing entities, except guessed names (guessedName). */
export function coveredTokens(doc: Doc): Uint8Array {
  const covered = new Uint8Array(doc.tokens.length);
  for (const e of doc.entities) if (!guessedName(e)) covered.fill(1, e.t0, e.t1);
  return covered;
}

/** For each token, 1 + the index in doc.entities of the guessed name covering it (0: none). */
function guessedTokens(doc: Doc): Int32Array {
  const out = new Int32Array(doc.tokens.length);
  doc.entities.forEach((e, k) => {
    if (guessedName(e)) out.fill(k + 1, e.t0, e.t1);
  });
  return out;
}

/** The preceding token in the same sentence. */
const prevOf = (doc: Doc, i: number) => {
  const p = doc.tokens[i - 1];
  return p && p.sent === doc.tokens[i]!.sent ? p : undefined;
};

/** Opening quotes and brackets: a word right after one that opens its sentence opens it too. */
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[']);

/** The token opens its sentence, perhaps after an opening quote or bracket ("Most of …" in a quote). */
const initial = (doc: Doc, i: number) => {
  if (doc.tokens[i]!.first) return true;
  const p = prevOf(doc, i);
  return !!p && p.first && OPENERS.has(p.text);
};

/** Per-document memo of gazetteer answers: the town passes ask again about the same names. */
export class ScanMemo {
  private readonly peeks = new Map<string, Peek>();
  private readonly names = new Map<string, ReturnType<typeof resolveName>>();
  peek(text: string): Peek {
    let p = this.peeks.get(text);
    if (!p) this.peeks.set(text, (p = peekVariants(text)));
    return p;
  }
  resolve(text: string): ReturnType<typeof resolveName> {
    if (!this.names.has(text)) this.names.set(text, resolveName(text));
    return this.names.get(text)!;
  }
  /** span ends known to pass the prefix test, by span start (the later passes ask again) */
  private readonly grown = new Map<number, number>();
  /** Some place name starts with the text of tokens [i, j), given that [i, j - 1) passed. */
  grows(doc: Doc, i: number, j: number): boolean {
    if ((this.grown.get(i) ?? i) >= j) return true;
    const tokens = doc.tokens;
    const key = placeKey(doc.text.slice(tokens[i]!.start, tokens[j - 1]!.end));
    // one word: a hash lookup, unless the next token is glued to it ("Toru" + "ń")
    const glued = tokens[j] && tokens[j]!.start === tokens[j - 1]!.end;
    if (!this.opens(key, j === i + 1 && !glued)) return false;
    this.grown.set(i, j);
    return true;
  }
  private guessed: Int32Array | null = null;
  /** Tokens of guessed names (guessedTokens), computed on first use. */
  guessedNames(doc: Doc): Int32Array {
    return (this.guessed ??= guessedTokens(doc));
  }
  private nameStarts: Int32Array | null = null;
  /** The document's possible name starts (nameStarts), computed on first use. */
  starts(doc: Doc): Int32Array {
    return (this.nameStarts ??= nameStarts(doc, this.guessedNames(doc)));
  }
  /** Some name starts with this key (`word`: test the first word only; both answers are hash lookups). */
  opens(key: string, word: boolean): boolean {
    return word ? placeFirstWord(key) : placePrefix(key);
  }
}

function peekVariants(text: string): Peek {
  let peek: Peek = { area: false, division: false, alias: false, cityPopulation: 0 };
  for (const key of keyVariants(text)) {
    const p = peekPlace(key);
    if (p.area || p.division || p.alias || p.cityPopulation) return p;
    peek = p;
  }
  return peek;
}

/** The text right after a span is ", " and a country, region or division ("Krasnodar, Russia"). */
function qualified(doc: Doc, j: number): boolean {
  const comma = doc.tokens[j];
  const next = doc.tokens[j + 1];
  if (!comma || comma.text !== ',' || !next || !capitalised(next)) return false;
  for (let k = j + 1; k < Math.min(j + 5, doc.tokens.length); k++) {
    const p = peekPlace(placeKey(doc.text.slice(next.start, doc.tokens[k]!.end)));
    if (p.area || p.division) return true;
  }
  return false;
}

const LIST = new Set([',', 'and', '&', ';']);
/** Prepositions that put what follows in a place (a subset of LOCATIVE). */
const IN_PLACE = new Set(['in', 'near', 'outside', 'around', 'throughout']);
/** Words before "in" that make what follows a company ("a stake in Warner"). */
const HOLDINGS = new Set(['stake', 'stakes', 'interest', 'interests', 'investment', 'investments', 'shares', 'holding', 'holdings', 'position', 'invest', 'invested', 'investing']);

/** The span [i, j) stands in a list next to a known place ("Migori, Homa Bay, Kisumu"). */
function listed(doc: Doc, i: number, j: number, places: Uint8Array): boolean {
  const t = doc.tokens;
  if (i >= 2 && LIST.has(t[i - 1]!.lower) && places[i - 2]) return true;
  return j + 1 < t.length && LIST.has(t[j]!.lower) && !!places[j + 1];
}

/** Token i follows a capitalised word and a comma ("Tampa, " + i). */
export function afterNameAndComma(doc: Doc, i: number): boolean {
  const comma = prevOf(doc, i);
  return !!comma && comma.text === ',' && capitalised(prevOf(doc, i - 1));
}

/** A name written with a final full stop at token i: a country's ("U.S."), or a division's after "Name," ("Tampa, Fla."). */
const dottedName = (doc: Doc, i: number, p: Peek) => p.area || (p.division && afterNameAndComma(doc, i));

/** The span opens a paragraph and is followed by a comma, dash or parenthesis: a dateline ("GENEVA, 4 March"). */
function dateline(doc: Doc, i: number, j: number): boolean {
  const first = doc.tokens[i]!;
  const para = doc.paragraphs[doc.sentences[first.sent]?.para ?? -1];
  const next = doc.tokens[j];
  return !!para && para.start === first.start && !!next && /^[,(—–-]$/.test(next.text);
}

/** The span [i, j) overlaps a guessed person or organisation without being the whole of it ("Church" of "Church of Scientology"). */
function partOfGuess(doc: Doc, memo: ScanMemo, i: number, j: number): boolean {
  const guessed = memo.guessedNames(doc);
  const k = guessed[i] || guessed[j - 1];
  if (!k) return false;
  const e = doc.entities[k - 1]!;
  return e.t0 !== i || e.t1 !== j;
}

/** Whether the span [i, j) may be a place; `places` given: accept small towns of the context countries. */
function accept(doc: Doc, i: number, j: number, peek: Peek, memo: ScanMemo, places?: Uint8Array): boolean {
  const tokens = doc.tokens;
  const first = tokens[i]!;
  const prev = prevOf(doc, i);
  const before = prev && prevOf(doc, i - 1);
  // "in Kabul", "the town of Isiolo"
  const afterPrep = !!prev && (LOCATIVE.has(prev.lower) || (prev.lower === 'of' && !!before && PLACE_NOUNS.has(before.lower)));
  const minPop = places ? TOWN_MIN_POPULATION_IN_CONTEXT : afterPrep ? CITY_MIN_POPULATION_AFTER_PREP : CITY_MIN_POPULATION;
  const isDateline = dateline(doc, i, j);
  // all-capital words (acronyms) name towns only through an alias, or in a dateline
  const opens = initial(doc, i);
  const cityShape = j > i + 1 || (first.shape === 'Xx' && (first.pos === 'PROPN' || !opens)) || isDateline;
  const city = peek.alias || (peek.cityPopulation >= minPop && cityShape);
  const area = peek.area || peek.division;
  if (!area && !city) return false;
  let q: boolean | undefined;
  const isQualified = () => (q ??= qualified(doc, j));
  // a guessed person or organisation (the whole of it: partOfGuess) is a town only where the text
  // says it is a place: "in", "near", "the town of", a qualifier (not "to", "from", a list, a
  // paragraph's first word or "a stake in", which take companies and people as often)
  if (memo.guessedNames(doc)[i]) {
    const placeCue = !!prev && afterPrep && (prev.lower === 'of' || (IN_PLACE.has(prev.lower) && !(before && HOLDINGS.has(before.lower))));
    if (!placeCue && !isQualified()) return false;
  }
  // small towns of the article's countries: only where the text says it is a place
  if (places && !area && !afterPrep && !listed(doc, i, j, places) && !isQualified()) return false;
  // a name inside a longer capitalised name ("Paris Hilton", "Washington Post") is not a place;
  // a country or region may still lead one ("Kenya Red Cross")
  const possessive = tokens[j] && /^['’]s$/.test(tokens[j]!.text);
  const next = possessive ? tokens[j + 1] : tokens[j];
  const after = tokens[j + 1];
  if (next && after && next.text === '-' && next.start === tokens[j - 1]!.end && capitalised(after)) return false;
  const leads = peek.area || (peek.division && !peek.alias);
  if (!leads && next && next.sent === first.sent && capitalised(next) && !NOT_PLACES.has(next.lower) && !peekPlace(placeKey(next.text)).area) return false;
  // a nationality word may stand before a division of its country ("the Sudanese Warab state")
  if (prev && !prev.first && capitalised(prev) && !DIRECTIONS.has(prev.lower) && !peek.area && !(peek.division && isDemonym(prev.lower))) return false;
  // the tail of a longer name joined by a particle ("Ceamurlia de Jos")
  if (!area && prev && before && PARTICLES.has(prev.text) && capitalised(before)) return false;
  // a lone sentence-initial word is only a place when it names more than a town or is qualified
  if (opens && j === i + 1 && !area && peek.cityPopulation < 1_000_000 && !isDateline && !isQualified()) return false;
  return true;
}

/** For the town pass: the article's countries and the tokens already known to be places. */
export interface TownContext {
  countries: Set<string>;
  places: Uint8Array;
}

/**
 * One pass over the tokens. `town` given: only towns of its countries are looked for (the
 * later passes); `known` given: only further mentions of names already found; otherwise
 * countries, regions, divisions and sizeable cities.
 */
/**
 * The tokens a place name may start at: capitalised, not a closed-class word, not a
 * sentence-initial word that cannot be a name, not right after a title ("Senator Lincoln").
 * Computed once per document; every pass visits only these.
 */
export function nameStarts(doc: Doc, guessed: Int32Array): Int32Array {
  const tokens = doc.tokens;
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    if (!capitalised(first) || CLOSED_POS.has(first.pos) || (initial(doc, i) && !NAME_POS.has(first.pos))) continue;
    const prev = prevOf(doc, i);
    if (prev && TITLES.has(prev.lower.endsWith('.') ? prev.lower.slice(0, -1) : prev.lower)) continue;
    // a guessed name is only ever taken whole, after a preposition or before a comma (accept)
    if (guessed[i]) {
      const e = doc.entities[guessed[i]! - 1]!;
      if (e.t0 !== i || !((prev && (LOCATIVE.has(prev.lower) || prev.lower === 'of')) || tokens[e.t1]?.text === ',')) continue;
    }
    out.push(i);
  }
  return Int32Array.from(out);
}

export function scanToponyms(doc: Doc, covered: Uint8Array, memo: ScanMemo, town?: TownContext, known?: Set<string>): Toponym[] {
  const countries = town?.countries;
  const tokens = doc.tokens;
  const found: Toponym[] = [];
  const starts = memo.starts(doc);
  // `next`: the first token a later name may start at (a found name's end)
  for (let s = 0, next = 0; s < starts.length; s++) {
    const i = starts[s]!;
    if (i < next || covered[i]) continue;
    const first = tokens[i]!;
    const sentEnd = Math.min(i + MAX_TOKENS, doc.sentences[first.sent]?.t1 ?? tokens.length);
    // grow the span while some place name starts with it: one or two lookups per token
    const ends: number[] = [];
    for (let j = i + 1; j <= sentEnd && !covered[j - 1]; j++) {
      if (!memo.grows(doc, i, j)) break;
      ends.push(j);
    }
    // "Dallas County", "Nyanza Province": a division word after a name ends a longer span
    const tail = ends.length ? ends[ends.length - 1]! : 0;
    const suffix = tokens[tail];
    if (tail && suffix && DIVISION_WORDS.has(suffix.lower) && suffix.sent === first.sent && !covered[tail] && !capitalised(tokens[tail + 1])) ends.push(tail + 1);
    for (let n = ends.length - 1; n >= 0; n--) {
      const j = ends[n]!;
      const last = tokens[j - 1]!;
      const dotted = j - 1 > i && last.text === '.';
      if (!nameEnd(last, j - 2 >= i ? tokens[j - 2] : undefined) && !dotted) continue;
      const text = doc.text.slice(first.start, last.end);
      if (j === i + 1) {
        const key = placeKey(text);
        if (NOT_PLACES.has(key) || DIRECTIONS.has(key) || isDemonym(key)) break;
      }
      // a final full stop belongs to the name only when the name is written with it ("U.S."), or
      // to a division's abbreviation right after a name and a comma ("Tampa, Fla.")
      if (dotted && !dottedName(doc, i, peekPlace(placeKey(text)))) continue;
      // further mentions are taken by name alone: never a guessed person or organisation
      if (known ? memo.guessedNames(doc)[i] || memo.guessedNames(doc)[j - 1] : partOfGuess(doc, memo, i, j)) continue;
      const peek = memo.peek(text);
      if (!known && !accept(doc, i, j, peek, memo, town?.places)) continue;
      const resolved = memo.resolve(text);
      if (!resolved || (known && !known.has(resolved.key))) continue;
      if (countries && !resolved.candidates.some((c) => c.kind === 'city' && c.country && countries.has(c.country) && c.population >= TOWN_MIN_POPULATION_IN_CONTEXT)) continue;
      found.push(toponym(first.start, last.end, i, j, text, resolved.key, resolved.candidates));
      covered.fill(1, i, j);
      if (town) town.places.fill(1, i, j);
      next = j;
      break;
    }
  }
  return found;
}

