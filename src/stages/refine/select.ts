import { hasKnowledge, mergeInfo, type Option } from './merge.js';

/** Options at or above this score (knowledge, confident model tags) are strong. */
const STRONG = 0.7;

/**
 * Greedy selection of non-overlapping options: strong options first, longest first ("Central
 * Asian" over a model's "Asian", a model's "Washington Post" over the capital "Washington"),
 * then weak ones (capitalisation chains) by score with a small length bonus; ties to the
 * earlier span. When a chosen option
 * without knowledge covers a dropped knowledge option of the same type (a model span around
 * a gazetteer name), the knowledge info and sources move to the chosen one.
 */
export function selectOptions(options: Option[], tokenCount: number): Option[] {
  const strong = (o: Option) => (o.score >= STRONG ? 1 : 0);
  const ranked = [...options].sort((a, b) =>
    strong(b) - strong(a)
    || (strong(a) ? (b.t1 - b.t0) - (a.t1 - a.t0) : 0)
    || (b.score + 0.03 * (b.t1 - b.t0)) - (a.score + 0.03 * (a.t1 - a.t0))
    || a.t0 - b.t0);
  const owner: Array<Option | null> = new Array(tokenCount).fill(null);
  const chosen: Option[] = [];
  for (const o of ranked) {
    let free = true;
    for (let k = o.t0; k < o.t1; k++) if (owner[k]) { free = false; break; }
    if (free) {
      for (let k = o.t0; k < o.t1; k++) owner[k] = o;
      chosen.push(o);
      continue;
    }
    if (!hasKnowledge(o) || o.score < 0.8) continue; // only sure knowledge moves into a covering span
    const host = owner[o.t0];
    if (host && host === owner[o.t1 - 1] && host.type === o.type && !hasKnowledge(host)) {
      host.info = mergeInfo(host.info, o.info);
      for (const s of o.sources) if (!host.sources.includes(s)) host.sources.push(s);
    }
  }
  return chosen.sort((a, b) => a.t0 - b.t0);
}
