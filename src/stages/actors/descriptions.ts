import type { Actor, Doc } from '../../types.js';
import { actorCode, lexMatches, roles } from '../../knowledge/index.js';
import { facts } from '../../util/facts.js';
import { docIndex, entityEndingAt, entityStartingAt, isPossessive } from './spans.js';

const PRONOUN_POSSESSIVE = new Set(['his', 'her']);

function setCountry(a: Actor, country: string, rule: string): void {
  a.country = country;
  a.code = actorCode(country, a.sector);
  a.rule += `+${rule}`;
}

/**
 * Countries for people the text names without one, from descriptions elsewhere in the article:
 *
 * - `actors.role-description`: "the Belarusian president", "Iran's foreign minister" (a role
 *   with a country and no name after it) is the one person of that role still without a country.
 * - `actors.possessive-role`: "her spokesman Steffen Seibert" takes the country of the owner of "her":
 *   the first person of the sentence (its usual subject), else of the sentence before.
 */
export function describeFromContext(doc: Doc): void {
  const rd = roles();
  const people = doc.actors.filter((a) => a.kind === 'person');
  if (!people.some((a) => !a.country)) return;
  const ownerOf = new Map<string, Actor>();
  for (const a of people) for (const m of a.mentions) ownerOf.set(m, a);
  for (const list of lexMatches(doc)) {
    for (const m of list) {
      const hit = m.hits.find((h) => h.kind === 'role' && rd.byId.get(h.id)?.kind === 'person');
      if (!hit) continue;
      const named = entityStartingAt(doc, m.t1);
      const before = m.t0 - 1;
      if (named?.type === 'PERSON') {
        // "her spokesman Steffen Seibert"
        const who = ownerOf.get(named.id);
        if (!who || who.country || !PRONOUN_POSSESSIVE.has(doc.tokens[before]?.lower ?? '')) continue;
        const owner = ownerBefore(doc, before, ownerOf, who);
        if (owner?.country) setCountry(who, owner.country, 'actors.possessive-role');
        continue;
      }
      // "the Belarusian president", "Iran's foreign minister"
      const k = isPossessive(doc.tokens[before]?.text) ? before - 1 : before;
      const mod = entityEndingAt(doc, k);
      const country = facts(mod).country;
      if (!country || mod!.type === 'PERSON') continue;
      const open = people.filter((a) => !a.country && a.roles.includes(hit.id));
      if (open.length === 1) setCountry(open[0]!, country, 'actors.role-description');
    }
  }
}

/**
 * The owner of "his"/"her" at token k: the first person (other than `not`) of its sentence, the
 * usual subject ("Merkel phoned Lukashenko, her spokesman said"), else of the sentence before.
 */
function ownerBefore(doc: Doc, k: number, ownerOf: Map<string, Actor>, not: Actor): Actor | null {
  const at = docIndex(doc).entityAt;
  const sent = doc.tokens[k]!.sent;
  for (const si of [sent, sent - 1]) {
    const s = doc.sentences[si];
    if (!s) continue;
    for (let j = s.t0; j < Math.min(s.t1, si === sent ? k : s.t1); j++) {
      const e = at[j];
      const a = e ? ownerOf.get(e.id) : undefined;
      if (a && a !== not) return a;
    }
  }
  return null;
}
