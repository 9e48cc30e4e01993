/**
 * Shared heads: "Central and South America", "North and South Korea", "East and West Africa".
 * A lone direction word before "and"/"or" and a place opening with another direction word
 * names the place with its own direction ("Central America"), not a town called "Central".
 */
import type { Doc } from '../../types.js';
import { resolveName, toponym, type Toponym } from './toponym.js';
import { DIRECTIONS } from './words.js';

const JOINS = new Set(['and', 'or', '&']);

/** The toponyms with each elided head resolved (a new toponym, or one replacing a lone direction word). */
export function sharedHeads(doc: Doc, toponyms: Toponym[]): Toponym[] {
  const tokens = doc.tokens;
  let out: Toponym[] | null = null;
  for (const u of toponyms) {
    const i = u.t0 - 2;
    const head = tokens[i];
    if (!head || u.t1 - u.t0 < 2 || !JOINS.has(tokens[i + 1]!.lower) || !DIRECTIONS.has(head.lower) || head.lower === 'new') continue;
    if (!DIRECTIONS.has(tokens[u.t0]!.lower) || !/^\p{Lu}/u.test(head.text) || head.sent !== tokens[u.t0]!.sent) continue;
    const covering = toponyms.find((t) => t.t0 <= i && t.t1 > i);
    if (covering && (covering.t0 !== i || covering.t1 !== i + 1)) continue;
    const rest = doc.text.slice(tokens[u.t0 + 1]!.start, u.end);
    const r = resolveName(`${head.text} ${rest}`);
    if (!r?.candidates.some((c) => c.kind !== 'city')) continue;
    const t = toponym(head.start, head.end, i, i + 1, head.text, r.key, r.candidates, covering?.entity);
    out ??= [...toponyms];
    if (covering) out[out.indexOf(covering)] = t;
    else out.push(t);
  }
  return out ? out.sort((a, b) => a.start - b.start) : toponyms;
}
