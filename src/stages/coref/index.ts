import type { Stage } from '../../pipeline.js';
import type { Actor, ActorKind, Doc, Entity } from '../../types.js';
import { countryByIso3 } from '../../knowledge/index.js';
import { Clusters, type Cluster } from './cluster.js';
import { clusterPersons } from './names.js';
import { linkAcronyms } from './acronyms.js';
import { entityKey } from './keys.js';
import { OrgShortForms } from './orgs.js';
import { facts } from '../../util/facts.js';

function kindOf(c: Cluster): ActorKind {
  const e = c.entities.find((x) => facts(x).kind) ?? c.entities[0]!;
  if (e.type === 'PERSON') return 'person';
  if (c.key.startsWith('country:')) return 'country';
  return facts(e).kind ?? 'organization';
}

/** The actor's name: the country's name, a metonym's own word, or the longest mention ("Vladimir Putin"). */
function nameOf(c: Cluster): string {
  if (c.key.startsWith('country:')) return countryByIso3(c.key.slice(8))?.name ?? c.entities[0]!.text;
  if (c.key.startsWith('gov:')) return (c.entities.find((e) => facts(e).ref?.startsWith('metonym:')) ?? c.entities[0]!).text;
  if (c.key.startsWith('org:') && !c.key.startsWith('org:text:')) {
    const canonical = facts(c.entities.find((e) => facts(e).canonical)).canonical;
    if (canonical) return canonical;
  }
  if (c.key.startsWith('bloc:')) return facts(c.entities.find((e) => facts(e).canonical)).canonical ?? c.entities[0]!.text;
  return c.entities.reduce((best, e) => (e.text.length > best.length ? e.text : best), '');
}

/** Builds the clusters of a document (persons, acronyms, metonyms, knowledge ids). */
export function clusterEntities(doc: Doc): Cluster[] {
  const clusters = new Clusters();
  const persons: Entity[] = [];
  const acronyms = linkAcronyms(doc, doc.entities.filter((e) => e.type === 'ORG'));
  const shortForms = new OrgShortForms(doc);
  for (const e of doc.entities) {
    if (e.type === 'PERSON') { persons.push(e); continue; }
    const long = acronyms.get(e.id);
    if (long) {
      const lk = entityKey(doc, long);
      const own = entityKey(doc, e);
      if (lk) {
        const c = clusters.get(lk.key) ?? clusters.add(lk.key, long, lk.rule);
        if (!c.entities.includes(e)) clusters.add(lk.key, e, 'coref.acronym');
        if (own) clusters.alias(own.key, c);
        continue;
      }
    }
    const k = entityKey(doc, e);
    if (k && k.key.startsWith('org:text:')) {
      const full = shortForms.match(e);
      const fk = full ? entityKey(doc, full) : null;
      if (fk && clusters.get(fk.key)) {
        clusters.add(clusters.get(fk.key)!.key, e, 'coref.short-name');
        continue;
      }
    }
    if (k) clusters.add(clusters.get(k.key)?.key ?? k.key, e, k.rule);
  }
  clusterPersons(doc, persons, clusters);
  const seen = new Set<Cluster>();
  return clusters.list.filter((c) => !seen.has(c) && seen.add(c)).sort((a, b) => a.entities[0]!.start - b.entities[0]!.start);
}

/**
 * In-document coreference: groups entities that name the same participant and creates one
 * actor per group (id a1, a2, ... in order of first mention), with its name, kind and mentions;
 * entity.actor points at it. The actors stage then adds country, sector, roles and code.
 * Pronoun speakers are resolved by the quotes stage (see ./persons.ts for the helper).
 */
export const corefStage: Stage = {
  name: 'coref',
  needs: ['tokens', 'entities'],
  provides: ['actors'],
  run(doc) {
    const clusters = clusterEntities(doc);
    // pushed into a literal (not Array.map, whose empty result has another elements kind)
    const actors: Actor[] = [];
    for (let i = 0; i < clusters.length; i++) {
      const c = clusters[i]!;
      const id = `a${i + 1}`;
      for (const e of c.entities) e.actor = id;
      actors.push({
        id, name: nameOf(c).replace(/\s+/g, ' '), kind: kindOf(c), country: null, sector: null, roles: [], code: null,
        mentions: c.entities.sort((a, b) => a.start - b.start).map((e) => e.id), rule: [...c.rules].join('+'),
      });
    }
    doc.actors = actors;
  },
};

export { salientPersonBefore, personsBefore, actorGender } from './persons.js';
