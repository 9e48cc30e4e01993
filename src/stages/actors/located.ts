/**
 * "The Joint Chiefs of Staff in Seoul", "the Supreme Court in Nairobi": a state body no knowledge
 * places, named right before "in" + a place of one country, belongs to that country.
 */
import type { Actor, Doc, Entity } from '../../types.js';
import { actorCode } from '../../knowledge/index.js';
import { stateSectors } from '../../knowledge/sectors.js';
import { docIndex } from './spans.js';


export function locateStateBodies(doc: Doc, actors: Actor[], mentionsOf: Entity[][]): void {
  for (let i = 0; i < actors.length; i++) {
    const a = actors[i]!;
    if (a.kind !== 'organization' || a.country || !stateSectors().has(a.sector ?? '')) continue;
    for (const e of mentionsOf[i]!) {
      if (doc.tokens[e.t1]?.lower !== 'in') continue;
      const place = docIndex(doc).entityAt[e.t1 + 1];
      const country = place && place.t0 === e.t1 + 1 && place.type === 'LOCATION' ? place.info?.country : undefined;
      if (!country) continue;
      a.country = country;
      a.code = actorCode(country, a.sector);
      a.rule += '+actors.located';
      break;
    }
  }
}
