/**
 * Finds toponyms the entity stages missed: capitalised token runs (up to six tokens, hyphens included) that
 * name a country, region, division or a sizeable city. Linear in tokens: a few map lookups
 * per capitalised token, never a scan of the gazetteer.
 */
import type { Doc, Token } from '../../types.js';
import { placeKey } from '../../knowledge/geo-util.js';
import { peekPlace } from '../../knowledge/gazetteer.js';
import { keyVariants, resolveName, type Toponym } from './toponym.js';

/** Smallest city a bare capitalised name may denote, and after a locative preposition. */
export const CITY_MIN_POPULATION = 50_000;
export const CITY_MIN_POPULATION_AFTER_PREP = 5_000;
const MAX_TOKENS = 6;

const LOCATIVE = new Set(['in', 'at', 'from', 'near', 'to', 'outside', 'towards', 'toward', 'across', 'around', 'via', 'into', 'across', 'throughout']);
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'president', 'minister', 'general', 'gen', 'sen', 'senator', 'judge', 'saint', 'st', 'sir', 'lord', 'king', 'queen', 'prince', 'pope']);
/** Capitalised words that are far more often something else than a town of that name. */
const NOT_PLACES = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'god', 'police', 'university', 'union',
  'mobile', 'reading', 'nice', 'split', 'bath', 'surprise', 'independence', 'mission', 'temple', 'orange', 'deal', 'sale',
  'normal', 'paradise', 'enterprise', 'concord', 'federal', 'liberty', 'victory', 'progress', 'republic', 'national',
  'media', 'of', 'the', 'a', 'he', 'she', 'it', 'we', 'they', 'i', 'we', 'but', 'and', 'or', 'in', 'at', 'on',
]);

const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'greater', 'new']);

const capitalised = (t: Token | undefined) => !!t && (t.shape === 'Xx' || t.shape === 'X');

/** Marks the token indices covered by existing entities. */
function coveredTokens(doc: Doc): Uint8Array {
  const covered = new Uint8Array(doc.tokens.length);
  for (const e of doc.entities) for (let i = e.t0; i < e.t1; i++) covered[i] = 1;
  return covered;
}

export function scanToponyms(doc: Doc): Toponym[] {
  const tokens = doc.tokens;
  const covered = coveredTokens(doc);
  const found: Toponym[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    if (covered[i] || !capitalised(first)) continue;
    const prev = tokens[i - 1];
    const sameSentencePrev = prev && prev.sent === first.sent ? prev : undefined;
    if (sameSentencePrev && TITLES.has(sameSentencePrev.lower.replace(/\.$/, ''))) continue;
    const sentEnd = doc.sentences[first.sent]?.t1 ?? tokens.length;
    const afterPrep = !!sameSentencePrev && LOCATIVE.has(sameSentencePrev.lower);
    for (let j = Math.min(i + MAX_TOKENS, sentEnd); j > i; j--) {
      const last = tokens[j - 1]!;
      if (!capitalised(last) && !(j - 1 > i && last.shape === 'p' && last.text === '.')) continue;
      let blocked = false;
      for (let k = i; k < j; k++) if (covered[k]) blocked = true;
      if (blocked) continue;
      const text = doc.text.slice(first.start, last.end);
      if (j === i + 1 && NOT_PLACES.has(placeKey(text))) break;
      // a final full stop belongs to the name only when the name is written with it ("U.S.")
      if (last.text === '.' && !peekPlace(placeKey(text)).named) continue;
      const minPop = afterPrep ? CITY_MIN_POPULATION_AFTER_PREP : CITY_MIN_POPULATION;
      let peek = { named: false, cityPopulation: 0 };
      let cityOk = false;
      for (const key of keyVariants(text)) {
        peek = peekPlace(key);
        cityOk = peek.cityPopulation >= minPop && (j > i + 1 || first.pos === 'PROPN');
        if (peek.named || cityOk) break;
      }
      if (!peek.named && !cityOk) continue;
      // a place name inside a longer capitalised name ("Paris Hilton", "Washington Post") is not a place
      const next = tokens[j];
      if (next && next.sent === first.sent && capitalised(next) && !peekPlace(placeKey(next.text)).named) break;
      if (sameSentencePrev && !sameSentencePrev.first && capitalised(sameSentencePrev) && !DIRECTIONS.has(sameSentencePrev.lower)) break;
      // a lone sentence-initial word is only a place when it names more than a town
      if (first.first && j === i + 1 && !peek.named && peek.cityPopulation < 1_000_000) break;
      const resolved = resolveName(text);
      if (!resolved) continue;
      found.push({ start: first.start, end: last.end, t0: i, t1: j, text, key: resolved.key, candidates: resolved.candidates });
      for (let k = i; k < j; k++) covered[k] = 1;
      i = j - 1;
      break;
    }
  }
  return found;
}
