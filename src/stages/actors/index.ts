import type { Stage } from '../../pipeline.js';
import type { Actor, Doc, Entity } from '../../types.js';
import { actorCode, lexMatches, nameCues } from '../../knowledge/index.js';
import { describe } from './modifiers.js';
import { addGroupActors } from './groups.js';
import { sentenceCountry } from './spans.js';

/** Country named inside an organisation's own name ("Bank of Russia", "Afghan Interior Ministry"). */
function countryInside(doc: Doc, e: Entity): string | null {
  for (let k = e.t0; k < e.t1; k++) {
    for (const m of lexMatches(doc)[k]!) {
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
  const known = mentions.find((e) => e.info && (e.info.country || e.info.sector || e.info.code));
  if (known && actor.kind !== 'person') {
    const i = known.info!;
    actor.country = actor.kind === 'igo' ? null : i.country ?? null;
    actor.sector = actor.kind === 'country' ? null : i.sector ?? null;
    actor.code = actor.kind === 'igo' || actor.kind === 'group' ? i.code ?? null : null;
    rules.add(i.ref ? `knowledge.${i.ref.split(':')[0]}` : `entity.${known.rule}`);
  }
  for (const e of mentions) {
    if (actor.kind !== 'person' && actor.kind !== 'organization') break;
    const d = describe(doc, e);
    if (!d.rules.length && e.info?.role) { d.roles.push(e.info.role); d.sector = e.info.sector ?? null; d.rules.push(e.rule); }
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
 * The country a document is mostly about: the most mentioned country (country names,
 * demonyms and capitals), ties to the first mentioned; null when none is named twice.
 */
function documentCountry(doc: Doc): string | null {
  const count = new Map<string, number>();
  for (const e of doc.entities) {
    const c = e.info?.country;
    if (!c || (e.info?.kind !== 'country' && !e.info?.ref?.startsWith('capital:'))) continue;
    count.set(c, (count.get(c) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [c, n] of count) if (!best || n > count.get(best)!) best = c;
  return best && count.get(best)! >= 2 ? best : null;
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
    const byId = new Map(doc.entities.map((e) => [e.id, e]));
    for (const a of doc.actors) enrich(doc, a, a.mentions.map((id) => byId.get(id)!).filter(Boolean));
    // "President Nicolas Maduro" with no country word: a state official of the country named in
    // the sentence (when only one is), else of the country the article is mostly about
    const home = documentCountry(doc);
    for (const a of doc.actors) {
      if (a.kind === 'person' && !a.country && a.sector && !STATELESS_SECTORS.has(a.sector)) {
        const first = byId.get(a.mentions[0]!);
        const local = first ? sentenceCountry(doc, first.t0) : null;
        if (!local && !home) continue;
        a.country = local ?? home;
        a.code = actorCode(a.country, a.sector);
        a.rule += '+actors.document-country';
      }
    }
    addGroupActors(doc);
  },
};

export { describe } from './modifiers.js';
export { findGroupPhrases } from './groups.js';
export { actorAt } from './lookup.js';
