import { addDefiniteMentions } from './definite.js';
import { dropCredits } from './credits.js';
import { locateStateBodies } from './located.js';
import { assignKnownPeople } from './known-people.js';
import type { Stage } from '../../pipeline.js';
import type { Actor, Doc, Entity } from '../../types.js';
import { actorCode, lexMatches, nameCues } from '../../knowledge/index.js';
import { describe } from './modifiers.js';
import { addGroupActors } from './groups.js';
import { describeFromContext } from './descriptions.js';
import { docIndex, nearCountries, sentenceCountries } from './spans.js';
import { facts } from '../../util/facts.js';
import { namedAsNeighbour } from '../../util/neighbour.js';

/** Country named inside an organisation's own name ("Bank of Russia", "Afghan Interior Ministry"). */
function countryInside(doc: Doc, e: Entity): string | null {
  for (let k = e.t0; k < e.t1; k++) {
    const list = lexMatches(doc)[k]!;
    for (let j = 0; j < list.length; j++) {
      const m = list[j]!;
      if (m.t1 > e.t1) continue;
      const h = m.hits.find((x) => x.kind === 'country' || x.kind === 'demonym');
      if (h) return h.id;
    }
  }
  return null;
}

/** Fills country, sector, roles and code of one actor from its mentions' knowledge and context. */
function enrich(doc: Doc, actor: Actor, mentions: Entity[]): void {
  const rules = new Set<string>(actor.rule ? [actor.rule] : []);
  const known = mentions.find((e) => {
    if (!e.info) return false;
    const f = facts(e);
    return f.country || f.sector || f.code;
  });
  if (known && actor.kind !== 'person') {
    const i = facts(known);
    actor.country = actor.kind === 'igo' ? null : i.country ?? null;
    actor.sector = actor.kind === 'country' ? null : i.sector ?? null;
    actor.code = actor.kind === 'igo' || actor.kind === 'group' ? i.code ?? null : null;
    rules.add(i.ref ? `knowledge.${i.ref.split(':')[0]}` : `entity.${known.rule}`);
  }
  for (const e of mentions) {
    if (actor.kind !== 'person' && actor.kind !== 'organization') break;
    const d = describe(doc, e);
    const f = facts(e);
    if (!d.rules.length && f.role) { d.roles.push(f.role); d.sector = f.sector ?? null; d.rules.push(e.rule); }
    for (const r of d.roles) if (!actor.roles.includes(r)) actor.roles.push(r);
    // an explicit modifier beats knowledge for an organisation ("Pakistan's National Security Council")
    if (d.country && (!actor.country || (actor.kind === 'organization' && d.rules.includes('actors.org-modifier')))) actor.country = d.country;
    if (!actor.sector && d.sector) actor.sector = d.sector;
    d.rules.forEach((r) => rules.add(r));
  }
  if (actor.kind === 'organization' && !actor.country) {
    for (const e of mentions) { actor.country = countryInside(doc, e); if (actor.country) { rules.add('actors.name-country'); break; } }
  }
  if (actor.kind === 'organization' && !actor.sector) {
    // the last organisation head word over all mentions' tokens
    const heads = nameCues().orgHeads;
    for (let m = mentions.length - 1; m >= 0 && !actor.sector; m--) {
      const e = mentions[m]!;
      for (let k = e.t1 - 1; k >= e.t0 && !actor.sector; k--) actor.sector = heads.get(doc.tokens[k]!.text)?.sector ?? null;
    }
  }
  if (!actor.code) actor.code = actorCode(actor.country, actor.sector);
  if (actor.kind === 'country') actor.code = actor.country;
  actor.rule = [...rules].join('+');
}

/** Sectors of people who belong to no particular country by default (a UN spokesperson, a journalist). */
const STATELESS_SECTORS = new Set(['IGO', 'NGO', 'MED', 'BUS', 'EDU', 'HRI', 'HLH', 'REL', 'REF']);

/**
 * The country a document is mostly about: the most mentioned country (country names, capitals,
 * and state bodies named by metonym or as organisations), named at least twice and at least
 * twice as often as any other; null when none is (several countries mentioned comparably).
 */
function documentCountry(doc: Doc): string | null {
  const count = new Map<string, number>();
  for (const e of doc.entities) {
    const f = facts(e);
    const c = f.country;
    // (state bodies named by metonym or as organisations count too: "the White House", "the Pentagon")
    if (!c || (f.kind !== 'country' && !f.ref?.startsWith('capital:') && !f.metonym && !f.ref?.startsWith('org:')) || namedAsNeighbour(doc.text, e.start)) continue;
    count.set(c, (count.get(c) ?? 0) + 1);
  }
  let best: string | null = null;
  let second = 0;
  for (const [c, n] of count) {
    if (!best || n > count.get(best)!) { if (best) second = count.get(best)!; best = c; } else if (n > second) second = n;
  }
  return best && count.get(best)! >= 2 && count.get(best)! >= 2 * second ? best : null;
}

/**
 * Sole-country fallback for a state official with no country evidence of its own ("President
 * Nicolas Maduro"). Explicit evidence (pre-modifier, appositive, "of COUNTRY", knowledge) was
 * read before and is never overridden: the fallback only fills an empty country. Looking at the
 * person's first mention: the one country named next to it (no verb or clause break between,
 * "In Peru, President Ana Roe said") is its country. Else a sentence naming one country further
 * away gives that country unless another one dominates the article; a sentence naming several
 * gives none ("Chile and Peru accused President Ana Roe": unclear). A sentence naming no country
 * gives the document's main country, only when one clearly dominates (documentCountry).
 */
function fallbackCountry(doc: Doc, mentions: Entity[], home: string | null): string | null {
  const first = mentions[0];
  if (!first) return null;
  const near = nearCountries(doc, first);
  if (near.size === 1) return [...near][0]!;
  if (near.size > 1) return null;
  const named = sentenceCountries(doc, first.t0);
  if (named.size === 0) return home;
  const only = named.size === 1 ? [...named][0]! : null;
  // "Senator X called for action against Beijing": a country only in the person's own predicate is whom they act on
  if (only && onlyInPredicate(doc, first, only)) return home;
  return only && (!home || only === home) ? only : null;
}

const TARGET_PREPOSITIONS = new Set(['against', 'on', 'with', 'to', 'toward', 'towards', 'into', 'from', 'over']);

/** Every mention of the country in the sentence comes after the person and a verb, after a preposition of a target. */
function onlyInPredicate(doc: Doc, person: Entity, country: string): boolean {
  const toks = doc.tokens;
  const s = doc.sentences[toks[person.t0]!.sent]!;
  let verb = false;
  let found = false;
  for (let k = s.t0; k < s.t1; k++) {
    const e = docIndex(doc).entityAt[k];
    if (k >= person.t1 && toks[k]!.pos === 'VERB') verb = true;
    if (!e || e.t0 !== k || facts(e).country !== country) continue;
    // only after a preposition of a target ("action against Beijing", "talks with Tokyo"); a direct
    // object may be the person's own country ("President Reagan warned the U.S. Congress")
    let p = k - 1;
    if (toks[p]?.lower === 'the') p--;
    if (k < person.t1 || !verb || !TARGET_PREPOSITIONS.has(toks[p]?.lower ?? '')) return false;
    found = true;
  }
  return found;
}

/**
 * Actors: country, sector, roles and a CAMEO-style code for every actor coref created (from
 * knowledge info, pre-modifiers and appositives), then group actors ("US troops", "Afghan
 * refugees", "militants") with doc.mentions for their phrases.
 */
export const actorsStage: Stage = {
  name: 'actors',
  needs: ['tokens', 'entities', 'actors'],
  provides: ['actors', 'mentions'],
  run(doc) {
    dropCredits(doc);
    const byId = new Map<string, Entity>();
    for (const e of doc.entities) byId.set(e.id, e);
    // lists pushed into literals (Array.map's empty results have another elements kind)
    const mentionsOf: Entity[][] = [];
    for (const a of doc.actors) {
      const list: Entity[] = [];
      for (const id of a.mentions) { const e = byId.get(id); if (e) list.push(e); }
      mentionsOf.push(list);
    }
    for (let i = 0; i < doc.actors.length; i++) enrich(doc, doc.actors[i]!, mentionsOf[i]!);
    describeFromContext(doc);
    locateStateBodies(doc, doc.actors, mentionsOf);
    // known political figures in office on the publication date, where the text said nothing
    assignKnownPeople(doc, doc.actors, mentionsOf);
    // "President Nicolas Maduro" with no country word: see fallbackCountry
    const home = doc.actors.length ? documentCountry(doc) : null;
    for (let i = 0; i < doc.actors.length; i++) {
      const a = doc.actors[i]!;
      if (a.kind === 'person' && !a.country && a.sector && !STATELESS_SECTORS.has(a.sector)) {
        const country = fallbackCountry(doc, mentionsOf[i]!, home);
        if (!country) continue;
        a.country = country;
        a.code = actorCode(a.country, a.sector);
        a.rule += '+actors.document-country';
      }
    }
    addGroupActors(doc, home);
    addDefiniteMentions(doc);
  },
};

export { describe } from './modifiers.js';
export { findGroupPhrases } from './groups.js';
export { actorAt } from './lookup.js';
