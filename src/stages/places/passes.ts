/**
 * The scan's passes: first countries, regions, divisions and sizeable cities; then smaller
 * towns of the countries the article names (in lists, after prepositions, or qualified by a
 * region); last, further mentions of any name already found ("in Esperance" … "Esperance
 * residents").
 */
import type { Doc } from '../../types.js';
import { onlyCountry } from './context.js';
import { ScanMemo, scanToponyms } from './scan.js';
import type { Toponym } from './toponym.js';

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
  if (known.size) found.push(...scanToponyms(doc, covered, memo, undefined, known));
  return found;
}
