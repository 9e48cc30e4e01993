import type { Doc, Entity } from '../../types.js';
import { foldKey } from '../../knowledge/index.js';
import { capitalIsActor } from '../entities/capital.js';
import { orgWords } from './orgs.js';
import { facts } from '../../util/facts.js';

/**
 * The coreference key of a non-person entity, or null when it names no actor (a city used
 * as a place, an unknown place). Metonyms and capitals in actor position share their
 * government's key ("the Kremlin", "Moscow wants" -> gov:RUS:GOV); every name of a country
 * shares the country's key ("Russia", "Russian"); organisations share their knowledge id,
 * so "CSTO" and "Collective Security Treaty Organisation" are one.
 */
export function entityKey(doc: Doc, e: Entity): { key: string; rule: string } | null {
  const info = facts(e);
  const ref = info.ref;
  if (info.metonym && info.country && info.sector) return { key: `gov:${info.country}:${info.sector}`, rule: 'coref.metonym' };
  if (ref?.startsWith('capital:')) return null;
  if (ref?.startsWith('org:') || ref?.startsWith('metonym:')) return { key: ref, rule: 'coref.organisation' };
  if (ref?.startsWith('people:')) return { key: ref, rule: 'coref.people' };
  if (ref?.startsWith('bloc:')) {
    if (!info.code) return null;
    const actor = e.type === 'NORP' || capitalIsActor(doc, e.t0, e.t1) || e.text === 'West';
    return actor ? { key: ref, rule: 'coref.bloc' } : null;
  }
  if (info.country && info.kind === 'group') return { key: `people:${info.country}`, rule: 'coref.demonym-plural' };
  if (info.country && info.kind === 'country') return { key: `country:${info.country}`, rule: 'coref.country' };
  if (e.type === 'ORG') return { key: `org:text:${orgWords(doc, e).join(' ') || foldKey(e.text)}`, rule: 'coref.same-name' };
  return null;
}
