/**
 * Counties and parishes the gazetteer does not hold, placed at the division the text puts them
 * in: "Alder County, Montana", "Queen Mary's Parish in Louisiana", "Birch County located in
 * Ohio". The county's own point is unknown, so its place is the division's (why "container").
 */
import type { Doc } from '../../types.js';
import { placeKey } from '../../knowledge/geo-util.js';
import { toponym, type Toponym } from './toponym.js';

const UNIT = new Set(['county', 'parish']);
const MAX_NAME = 4;
const UNIT_WORD = /county|parish/i;

/** The toponym that puts tokens ending at `k` in a division: ", X", "in X" or "located in X". */
function divisionAfter(doc: Doc, k: number, byT0: Map<number, Toponym>): Toponym | null {
  const tokens = doc.tokens;
  const next = tokens[k]?.lower;
  const at = next === ',' || next === 'in' ? k + 1 : next === 'located' && tokens[k + 1]?.lower === 'in' ? k + 2 : -1;
  const t = at > 0 ? byT0.get(at) : undefined;
  return t && t.candidates.some((c) => c.kind === 'admin') ? t : null;
}

/** Unknown counties before a division, as toponyms whose only candidates are that division's. */
export function unknownCounties(doc: Doc, toponyms: Toponym[]): Toponym[] {
  // a unit word's lower case is "county" or "parish", so the text holds one of them in some case
  if (!UNIT_WORD.test(doc.text)) return [];
  const tokens = doc.tokens;
  const byT0 = new Map(toponyms.map((t) => [t.t0, t]));
  const taken = new Uint8Array(tokens.length);
  for (const t of toponyms) taken.fill(1, t.t0, t.t1);
  const out: Toponym[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const unit = tokens[k]!;
    if (!UNIT.has(unit.lower) || unit.text[0] !== unit.text[0]!.toUpperCase() || taken[k]) continue;
    // the name: capitalised words (and a possessive "'s") right before the unit word
    let i = k;
    while (i > 0 && k - i < MAX_NAME && !taken[i - 1] && tokens[i - 1]!.sent === unit.sent) {
      const w = tokens[i - 1]!;
      if (!/^\p{Lu}/u.test(w.text) && !/^['’]s$/.test(w.text)) break;
      i--;
    }
    while (i < k && tokens[i]!.lower === 'the') i++;
    if (i === k || !/^\p{Lu}/u.test(tokens[i]!.text)) continue;
    const division = divisionAfter(doc, k + 1, byT0);
    if (!division) continue;
    const start = tokens[i]!.start;
    const text = doc.text.slice(start, unit.end);
    const candidates = division.candidates.filter((c) => c.kind === 'admin');
    out.push(toponym(start, unit.end, i, k + 1, text, placeKey(text), candidates, undefined, true));
  }
  return out;
}
