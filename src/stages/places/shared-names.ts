/**
 * A name several countries share ("Congo") takes the sense the article last named unambiguously
 * before it: after "the Republic of Congo" it is that country, after "Zaire" DR Congo. In the
 * sentence that names one sense, though, the shared name is another item ("Zaire, Uganda and
 * Congo"), unless written as its other name ("Zaire/Congo", "Zaire (Congo)"). Where nothing
 * is named, context and the listed order decide (resolve.ts).
 */
import type { Doc } from '../../types.js';
import type { GeoCandidate } from '../../knowledge/gazetteer.js';
import type { Choice } from './resolve.js';
import type { Toponym } from './toponym.js';
import { inDateline } from '../../util/dateline.js';

interface Named {
  at: number;
  sent: number;
  end: number;
}

/** Only a slash or an opening bracket between the two names: one name given as the other. */
const restated = (doc: Doc, prev: Named, t: Toponym) => /^\s*[/(]\s*$/.test(doc.text.slice(prev.end, t.start));

export function settleSharedNames(doc: Doc, toponyms: Toponym[], choices: Map<Toponym, Choice>): void {
  // where each country was last named unambiguously
  const last = new Map<string, Named>();
  for (const t of toponyms) {
    const c = choices.get(t);
    if (!c || c.candidate.kind !== 'country') continue;
    const sent = doc.tokens[t.t0]!.sent;
    const senses = t.candidates.filter((x) => x.kind === 'country');
    if (senses.length < 2) {
      last.set(c.candidate.country!, { at: t.start, sent, end: t.end });
      continue;
    }
    let named: GeoCandidate | null = null;
    let sibling: GeoCandidate | null = null;
    for (const s of senses) {
      const n = last.get(s.country!);
      if (!n) continue;
      // (a dateline shares its sentence with the story's first words, but lists nothing: "GOMA, Democratic Republic of Congo - … in eastern Congo")
      if (n.sent === sent && !restated(doc, n, t) && !inDateline(doc, n.at)) sibling = s;
      else if (!named || n.at > last.get(named.country!)!.at) named = s;
    }
    const other = sibling && !named ? senses.find((s) => s !== sibling) : null;
    const pick = named ?? other;
    if (pick && pick !== c.candidate) choices.set(t, { candidate: pick, why: 'named' });
  }
}
