import type { Actor, Doc } from '../../types.js';
import { actorCode, lexMatches, roles, type LexHit } from '../../knowledge/index.js';
import { lexMatchStarts } from '../../knowledge/lexicon.js';
import { facts } from '../../util/facts.js';
import { docIndex, entityEndingAt, entityStartingAt, isPossessive } from './spans.js';

const PRONOUN_POSSESSIVE = new Set(['his', 'her']);

function setCountry(a: Actor, country: string, rule: string): void {
  a.country = country;
  a.code = actorCode(country, a.sector);
  a.rule += `+${rule}`;
}

/** The first hit that is a role of a person ("president", "spokesman"), if any. */
function personRoleHit(rd: ReturnType<typeof roles>, hits: readonly LexHit[]): LexHit | undefined {
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k]!;
    if (h.kind === 'role' && rd.byId.get(h.id)?.kind === 'person') return h;
  }
  return undefined;
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
  const lex = lexMatches(doc);
  // only the tokens where matches start, in token order (the other lists are empty)
  for (const i of lexMatchStarts(doc)) {
    const list = lex[i]!;
    for (let j = 0; j < list.length; j++) {
      const m = list[j]!;
      const hit = personRoleHit(rd, m.hits);
      if (!hit) continue;
      const named = entityStartingAt(doc, m.t1);
      const before = m.t0 - 1;
      if (named?.type === 'PERSON') {
        // "her spokesman Steffen Seibert"
        const who = ownerOf.get(named.id);
        if (!who || who.country) continue;
        // "China's foreign ministry rejected it. … spokesman Wang Wenbin said": a spokesman speaks for the body just named
        if (hit.id === 'spokesperson' && !PRONOUN_POSSESSIVE.has(doc.tokens[before]?.lower ?? '')) {
          const body = bodyBefore(doc, m.t0);
          if (body) setCountry(who, body, 'actors.spokesman-of');
          continue;
        }
        if (!PRONOUN_POSSESSIVE.has(doc.tokens[before]?.lower ?? '')) continue;
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

/**
 * The country of the state body named last before token t, in its sentence or the one before:
 * an organisation actor with a country ("the Chinese Foreign Ministry") or a country's possessive
 * before a body word ("Peru's foreign ministry"); null when a person is named in between.
 */
function bodyBefore(doc: Doc, t: number): string | null {
  const sent = doc.tokens[t]!.sent;
  const from = doc.sentences[Math.max(0, sent - 1)]!.t0;
  const byId = new Map(doc.actors.map((a) => [a.id, a]));
  for (let k = t - 1; k >= from; k--) {
    const e = docIndex(doc).entityAt[k];
    if (!e || e.t1 - 1 !== k || !e.actor) continue;
    const a = byId.get(e.actor);
    if (!a || a.kind === 'person') return null;
    if (a.kind === 'organization' && a.country) return a.country;
    if (a.kind === 'country' && a.country && isPossessive(doc.tokens[k + 1]?.text) && bodyWordAfter(doc, k + 2)) return a.country;
  }
  return null;
}

const BODY_WORDS = new Set(['ministry', 'government', 'army', 'military', 'office', 'embassy', 'presidency', 'cabinet', 'police']);

/** A body word at k, after at most two adjectives or nouns ("foreign ministry", "defence ministry"). */
function bodyWordAfter(doc: Doc, k: number): boolean {
  for (let j = k; j < k + 3 && j < doc.tokens.length; j++) {
    if (BODY_WORDS.has(doc.tokens[j]!.lower)) return true;
    if (doc.tokens[j]!.pos !== 'ADJ' && doc.tokens[j]!.pos !== 'NOUN' && doc.tokens[j]!.pos !== 'PROPN') return false;
  }
  return false;
}
