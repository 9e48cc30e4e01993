/**
 * The scan's passes: first countries, regions, divisions and sizeable cities; then smaller
 * towns of the countries the article names (in lists, after prepositions, or qualified by a
 * region); last, further mentions of any name already found ("in Esperance" … "Esperance
 * residents"), also where the model guessed them organisations.
 */
import type { Doc } from '../../types.js';
import { onlyCountry } from './context.js';
import { guessedName, ScanMemo, scanToponyms } from './scan.js';
import { toponym, type Toponym } from './toponym.js';

const TOWN_PASSES = 3;

export function findToponyms(doc: Doc, fromEntities: Toponym[], covered: Uint8Array): Toponym[] {
  const memo = new ScanMemo();
  const found = scanToponyms(doc, covered, memo);
  const countries = new Set<string>();
  for (const a of doc.actors) if (a.country) countries.add(a.country);
  for (const t of [...fromEntities, ...found]) {
    const c = t.candidates[0]?.kind === 'country' ? t.candidates[0].country : onlyCountry(t.candidates);
    if (c) countries.add(c);
  }
  if (countries.size) {
    const places = new Uint8Array(doc.tokens.length);
    for (const t of [...fromEntities, ...found]) places.fill(1, t.t0, t.t1);
    // towns stand in lists: each pass may make a neighbour of the next one known
    for (let pass = 0; pass < TOWN_PASSES; pass++) {
      const towns = scanToponyms(doc, covered, memo, { countries, places });
      found.push(...towns);
      if (towns.length === 0) break;
    }
  }
  const known = new Set([...fromEntities, ...found].map((t) => t.key));
  // names placed on more than the model's word: the scan's finds and rule-made entities
  const vouched = new Set([...fromEntities.filter((t) => !t.entity?.rule.startsWith('model.')), ...found].map((t) => t.key));
  if (known.size) found.push(...scanToponyms(doc, covered, memo, undefined, known), ...guessedRepeats(doc, covered, memo, vouched));
  return found;
}

/**
 * Organisations only the model guessed whose whole name is a place the article already names
 * ("Esperance" tagged ORG in "Esperance residents" after "in Esperance"): further mentions of
 * that place, when something besides the model placed it (`vouched`: a model LOCATION may be
 * the company, "Firestone"). A guessed person is left alone ("Jordan" may be both in one story).
 */
function guessedRepeats(doc: Doc, covered: Uint8Array, memo: ScanMemo, known: Set<string>): Toponym[] {
  const out: Toponym[] = [];
  for (const e of doc.entities) {
    if (e.type !== 'ORG' || !guessedName(e) || covered[e.t0] || covered[e.t1 - 1]) continue;
    const r = memo.resolve(e.text);
    if (!r || !known.has(r.key)) continue;
    out.push(toponym(e.start, e.end, e.t0, e.t1, e.text, r.key, r.candidates));
    covered.fill(1, e.t0, e.t1);
  }
  return out;
}
