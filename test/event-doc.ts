/**
 * Builds a Doc for event tests without the entity stages: the tokens stage, then entities and
 * actors from a small hand-made list of names (countries, nationality adjectives, people).
 */
import { composePipeline } from '../src/pipeline.js';
import { tokensStage } from '../src/stages/tokens/index.js';
import type { Actor, Doc, EntityType } from '../src/types.js';
import countries from 'world-countries';

type Known = { type: EntityType; country: string; kind: Actor['kind']; sector?: string };
const C = (country: string): Known => ({ type: 'LOCATION', country, kind: 'country' });
const N = (country: string): Known => ({ type: 'NORP', country, kind: 'group' });
const P = (country: string, sector = 'GOV'): Known => ({ type: 'PERSON', country, kind: 'person', sector });

export const KNOWN: Record<string, Known> = {
  Germany: C('DEU'), France: C('FRA'), Poland: C('POL'), Russia: C('RUS'), Ukraine: C('UKR'), Kenya: C('KEN'),
  Uganda: C('UGA'), Chile: C('CHL'), Peru: C('PER'), Bolivia: C('BOL'), Egypt: C('EGY'), Sudan: C('SDN'),
  Israel: C('ISR'), Iran: C('IRN'), Iraq: C('IRQ'), Syria: C('SYR'), Turkey: C('TUR'), Greece: C('GRC'),
  Japan: C('JPN'), China: C('CHN'), India: C('IND'), Pakistan: C('PAK'), Armenia: C('ARM'), Azerbaijan: C('AZE'),
  'Saudi Arabia': C('SAU'), Afghanistan: C('AFG'), Kazakhstan: C('KAZ'), Belarus: C('BLR'), Mali: C('MLI'), Niger: C('NER'),
  Hungarian: N('HUN'), Romanian: N('ROU'), Israeli: N('ISR'), Palestinians: N('PSE'), Afghan: N('AFG'), Russian: N('RUS'),
  Turkish: N('TUR'), Syrian: N('SYR'), Congolese: N('COD'), Burundian: N('BDI'), Egyptian: N('EGY'),
  'Mr Olsen': P('NOR'), Olsen: P('NOR'), 'Ana Ruiz': P('CHL'), America: C('USA'), Palestine: C('PSE'), Gaza: C('PSE'),
  Britain: C('GBR'), Burma: C('MMR'), Korea: C('KOR'), Congo: C('COD'), Kosovo: C('XKX'), Tigray: C('ETH'), Mombasa: C('KEN'),
  Amnesty: { type: 'ORG', country: '', kind: 'organization' }, Chevron: { type: 'ORG', country: 'USA', kind: 'organization', sector: 'BUS' },
  Kenyans: N('KEN'), Iranians: N('IRN'), Serbs: N('SRB'), Armenians: N('ARM'), Mongolians: N('MNG'), Bolivians: N('BOL'), Sudanese: N('SDN'),
};
const list = (countries as unknown as any[]).slice().sort((a, b) => Number(b.independent) - Number(a.independent));
for (const c of list) {
  KNOWN[c.name.common] ??= C(c.cca3);
  const dem = c.demonyms?.eng?.m;
  if (dem) { KNOWN[dem] ??= N(c.cca3); KNOWN[dem + 's'] ??= N(c.cca3); }
}

export function eventDoc(text: string, published = '2024-03-15'): Doc {
  const doc = composePipeline([tokensStage]).run({ text, published });
  const names = Object.keys(KNOWN).sort((a, b) => b.length - a.length);
  const actorOf = new Map<string, string>();
  for (let i = 0; i < doc.tokens.length; i++) {
    for (const name of names) {
      const parts = name.split(' ');
      if (!parts.every((p, j) => doc.tokens[i + j]?.text === p)) continue;
      const k = KNOWN[name]!;
      const key = k.type === 'PERSON' ? name.split(' ').pop()! : `${k.country}/${k.type}`;
      let actor = actorOf.get(key);
      if (!actor && k.type !== 'NORP') {
        actor = `a${doc.actors.length + 1}`;
        actorOf.set(key, actor);
        doc.actors.push({ id: actor, name, kind: k.kind, country: k.country, sector: k.sector ?? (k.kind === 'country' ? 'GOV' : null), roles: [], code: k.country + (k.sector ?? 'GOV'), mentions: [], rule: 'test' });
      }
      const last = doc.tokens[i + parts.length - 1]!;
      const id = `e${doc.entities.length + 1}`;
      doc.entities.push({ id, type: k.type, text: name, start: doc.tokens[i]!.start, end: last.end, t0: i, t1: i + parts.length, rule: 'test', sources: ['test'], info: { country: k.country, kind: k.kind }, ...(actor ? { actor } : {}) });
      i += parts.length - 1;
      break;
    }
  }
  return doc;
}
