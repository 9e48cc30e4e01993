import type { Candidate, Doc, EntityInfo, EntityType } from '../../types.js';
import { countries, lexMatches, metonyms, nameCues, organisations, type LexHit } from '../../knowledge/index.js';
import { lexMatchStarts } from '../../knowledge/lexicon.js';
import { candidate } from './candidate.js';
import { capitalIsActor } from './capital.js';

const KNOWLEDGE_KINDS = new Set(['country', 'demonym', 'capital', 'org', 'metonym', 'bloc', 'blocAdj', 'people']);

/** What one lexicon hit proposes: entity type, rule id, score and knowledge info. */
function propose(doc: Doc, t0: number, t1: number, hit: LexHit): { type: EntityType; source: string; score: number; info: EntityInfo } | null {
  const cd = countries();
  switch (hit.kind) {
    case 'country': {
      const c = cd.byIso3.get(hit.id)!;
      return { type: 'LOCATION', source: 'gazetteer.country', score: hit.ambiguous ? 0.55 : 0.9, info: { country: c.iso3, kind: 'country', canonical: c.name, ref: c.iso3 } };
    }
    case 'demonym': {
      const c = cd.byIso3.get(hit.id)!;
      return { type: 'NORP', source: hit.plural ? 'gazetteer.demonym-plural' : 'gazetteer.demonym', score: 0.85, info: { country: c.iso3, kind: hit.plural ? 'group' : 'country', canonical: c.name, ref: c.iso3 } };
    }
    case 'capital': {
      const c = cd.byIso3.get(hit.id)!;
      const actor = capitalIsActor(doc, t0, t1);
      const info: EntityInfo = { country: c.iso3, ref: `capital:${c.iso3}`, canonical: doc.text.slice(doc.tokens[t0]!.start, doc.tokens[t1 - 1]!.end) };
      if (actor) Object.assign(info, { metonym: true, sector: metonyms().capitalRule.sector, kind: 'organization' });
      return { type: 'LOCATION', source: actor ? metonyms().capitalRule.id : 'gazetteer.capital', score: 0.8, info };
    }
    case 'org': {
      const o = organisations().get(hit.id)!;
      const info: EntityInfo = { country: o.country, sector: o.sector, kind: o.kind, canonical: o.name, ref: `org:${o.id}` };
      if (o.code) info.code = o.code;
      return { type: 'ORG', source: `ontology.${o.kind === 'igo' ? 'igo' : o.kind === 'group' ? 'group' : 'organisation'}`, score: 0.95, info };
    }
    case 'metonym': {
      const m = metonyms().byId.get(hit.id)!;
      return { type: 'ORG', source: 'ontology.metonym', score: 0.95, info: { country: m.country, sector: m.sector, kind: 'organization', metonym: true, canonical: m.aliases[0], ref: `metonym:${m.id}` } };
    }
    case 'bloc':
    case 'blocAdj': {
      const b = cd.extra.blocs.find((x) => x.id === hit.id)!;
      const info: EntityInfo = { country: null, kind: 'group', canonical: b.name, ref: `bloc:${b.id}` };
      if (b.code) info.code = b.code;
      return hit.kind === 'bloc'
        ? { type: 'LOCATION', source: 'gazetteer.region', score: 0.85, info }
        : { type: 'NORP', source: 'gazetteer.region-adjective', score: 0.8, info };
    }
    case 'people': {
      const p = cd.extra.peoples.find((x) => x.id === hit.id)!;
      return { type: 'NORP', source: 'gazetteer.people', score: 0.85, info: { country: p.country, kind: 'group', canonical: p.aliases[0], ref: `people:${p.id}` } };
    }
    default:
      return null;
  }
}

/** The token before a name is a place-name prefix touching it in the same sentence ("New Jersey"). */
function insideLongerName(doc: Doc, t0: number): boolean {
  const prev = doc.tokens[t0 - 1];
  return !!prev && prev.sent === doc.tokens[t0]!.sent && nameCues().placePrefixes.has(prev.text) && doc.tokens[t0]!.start - prev.end <= 1;
}

const PRIORITY: Record<string, number> = { org: 0, metonym: 1, country: 2, capital: 3, demonym: 4, bloc: 5, blocAdj: 6, people: 7 };

/** The knowledge hit of highest priority, the first of equals (what a stable sort puts first), or undefined. */
function bestHit(hits: readonly LexHit[]): LexHit | undefined {
  let best: LexHit | undefined;
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k]!;
    if (KNOWLEDGE_KINDS.has(h.kind) && (best === undefined || PRIORITY[h.kind]! < PRIORITY[best.kind]!)) best = h;
  }
  return best;
}

/**
 * Gazetteer proposer: countries, demonyms, capitals (with the capital-as-actor rule), regions
 * and blocs, ontology organisations and metonyms. For each phrase it proposes one candidate
 * from its best hit (organisation > metonym > country > capital > demonym > region).
 */
export function proposeGazetteer(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  const lex = lexMatches(doc);
  for (const i of lexMatchStarts(doc)) {
    const matches = lex[i]!;
    for (let j = 0; j < matches.length; j++) {
      const m = matches[j]!;
      const best = bestHit(m.hits);
      if (!best) continue;
      const p = propose(doc, m.t0, m.t1, best);
      if (!p) continue;
      // "New Jersey", "New Mexico": a country or capital name inside a longer place name
      if ((best.kind === 'country' || best.kind === 'capital') && insideLongerName(doc, m.t0)) p.score = Math.min(p.score, 0.5);
      out.push(candidate(doc, m.t0, m.t1, p.type, p.source, p.score, p.info));
    }
  }
  return out;
}
