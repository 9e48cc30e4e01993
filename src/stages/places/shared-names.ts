/**
 * A name several countries share ("Congo") takes the sense the article last named unambiguously
 * before it: after "the Republic of Congo" it is that country, after "Zaire" DR Congo. Only
 * where no such name precedes do context and the listed order decide (resolve.ts).
 */
import type { Choice } from './resolve.js';
import type { Toponym } from './toponym.js';

const countriesOf = (t: Toponym) => t.candidates.filter((c) => c.kind === 'country');

export function settleSharedNames(toponyms: Toponym[], choices: Map<Toponym, Choice>): void {
  // where each country was last named unambiguously
  const lastAt = new Map<string, number>();
  for (const t of toponyms) {
    const c = choices.get(t);
    if (!c) continue;
    const senses = countriesOf(t);
    if (senses.length < 2) {
      if (c.candidate.kind === 'country' && c.candidate.country) lastAt.set(c.candidate.country, t.start);
      continue;
    }
    let named = null;
    for (const s of senses) if (lastAt.has(s.country!) && (!named || lastAt.get(s.country!)! > lastAt.get(named.country!)!)) named = s;
    if (named && c.candidate.kind === 'country' && named !== c.candidate) choices.set(t, { candidate: named, why: 'named' });
  }
}
