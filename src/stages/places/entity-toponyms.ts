/**
 * Toponyms from the entity stages: every LOCATION entity, a metonym that names a place (a
 * capital standing for its government), and a model-tagged ORG that is only a place name
 * (a dateline "Geneva" the tagger took for an organisation). Buildings that stand for a
 * government (the White House, the Kremlin) are not places to geocode.
 */
import type { Doc, Entity } from '../../types.js';
import { metonyms } from '../../knowledge/index.js';
import { placeKey } from '../../knowledge/geo-util.js';
import type { GeoCandidate } from '../../knowledge/gazetteer.js';
import { resolveName, type Toponym } from './toponym.js';

let buildings: Set<string> | null = null;

function buildingKeys(): Set<string> {
  if (buildings) return buildings;
  buildings = new Set<string>();
  for (const m of metonyms().byId.values()) for (const a of m.aliases) buildings.add(placeKey(a));
  return buildings;
}

/** A model ORG is read as a place only when the gazetteer knows it as more than a town. */
const MIN_ORG_CITY = 100_000;
const placeLike = (c: GeoCandidate | undefined) => !!c && (c.kind !== 'city' || c.population >= MIN_ORG_CITY);

function wanted(e: Entity): boolean {
  if (e.type === 'LOCATION' || e.info?.metonym) return true;
  return e.type === 'ORG' && e.rule.startsWith('model.') && !e.info?.ref && !e.info?.code;
}

export function entityToponyms(doc: Doc): Toponym[] {
  const out: Toponym[] = [];
  for (const e of doc.entities) {
    if (!wanted(e)) continue;
    const r = resolveName(e.text);
    if (!r || buildingKeys().has(r.key)) continue;
    if (e.type === 'ORG' && !e.info?.metonym && !r.candidates.some(placeLike)) continue;
    const t: Toponym = { start: e.start, end: e.end, t0: e.t0, t1: e.t1, text: e.text, key: r.key, candidates: r.candidates, entity: e };
    if (e.info?.country) t.hint = e.info.country;
    out.push(t);
  }
  return out;
}
