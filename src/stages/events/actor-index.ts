/**
 * Which tokens name an actor. Units are entities that point at an actor, resolved mentions
 * ("he"), and entities the earlier stages left without one that still carry a country
 * (a nationality adjective such as "Hungarian", a city): those get an actor lazily, only
 * when an event uses them, with the sector read from the head noun ("Hungarian officials" → GOV).
 */
import type { Actor, Doc, Entity } from '../../types.js';
import { eventPatterns } from '../../knowledge/event-patterns.js';

export interface Unit {
  t0: number;
  t1: number;
  /** actor id, or null until resolved lazily */
  actor: string | null;
  entity: Entity | null;
  kind: Actor['kind'] | null;
}

export interface ActorIndex {
  units: Unit[];
  /** unit index per token, -1 where no unit */
  at: Int32Array;
  /** the actor id a unit stands for (creates the actor of a country-bearing entity on first use) */
  resolve(u: Unit): string | null;
}

let sectorOfHead: Map<string, string> | null = null;
function headSector(word: string | undefined): string | null {
  if (!sectorOfHead) {
    sectorOfHead = new Map();
    for (const [sector, heads] of Object.entries(eventPatterns().headSectors)) for (const h of heads) sectorOfHead.set(h, sector);
  }
  return word ? sectorOfHead.get(word) ?? null : null;
}

export function buildActorIndex(doc: Doc): ActorIndex {
  const at = new Int32Array(doc.tokens.length).fill(-1);
  const units: Unit[] = [];
  const byId = new Map(doc.actors.map((a) => [a.id, a]));
  const tokenAt = (offset: number) => {
    // binary search: first token whose end is after offset
    let lo = 0;
    let hi = doc.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (doc.tokens[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const add = (t0: number, t1: number, actor: string | null, entity: Entity | null) => {
    for (let k = t0; k < t1; k++) if (at[k] >= 0) return;
    const kind = actor ? byId.get(actor)?.kind ?? null : entity?.info?.kind ?? null;
    units.push({ t0, t1, actor, entity, kind });
    for (let k = t0; k < t1; k++) at[k] = units.length - 1;
  };
  for (const e of doc.entities) {
    if (e.actor) add(e.t0, e.t1, e.actor, e);
    else if (e.info?.country && (e.type === 'NORP' || e.type === 'LOCATION')) add(e.t0, e.t1, null, e);
  }
  for (const m of doc.mentions) {
    const t0 = tokenAt(m.start);
    let t1 = t0;
    while (t1 < doc.tokens.length && doc.tokens[t1]!.start < m.end) t1++;
    if (t1 > t0) add(t0, t1, m.actor, null);
  }
  let next = doc.actors.reduce((n, a) => Math.max(n, Number(a.id.replace(/\D/g, '')) || 0), 0) + 1;
  const created = new Map<string, string>();
  const resolve = (u: Unit): string | null => {
    if (u.actor) return u.actor;
    const e = u.entity;
    const country = e?.info?.country;
    if (!e || !country) return null;
    // sector from the head noun after a nationality adjective, else the government of the place
    let sector: string | null = e.type === 'LOCATION' ? 'GOV' : null;
    // "Hungarian and Romanian officials": the head may follow further conjuncts
    for (let k = e.t1; k < Math.min(e.t1 + 6, doc.tokens.length); k++) {
      const s = headSector(doc.tokens[k]!.lower);
      if (s) { sector = s; break; }
      const t = doc.tokens[k]!;
      if (!['ADJ', 'NOUN', 'PROPN', 'CCONJ'].includes(t.pos) && t.text !== ',') break;
    }
    const key = `${country}/${sector ?? ''}`;
    let id = created.get(key) ?? doc.actors.find((a) => a.country === country && a.sector === sector && (a.kind === 'country' || a.kind === 'group'))?.id;
    if (!id) {
      id = `a${next++}`;
      const kind: Actor['kind'] = e.type === 'LOCATION' ? 'country' : 'group';
      doc.actors.push({ id, name: e.text, kind, country, sector, roles: [], code: country + (sector ?? ''), mentions: [e.id], rule: 'events.entity-country' });
    }
    created.set(key, id);
    e.actor ??= id;
    u.actor = id;
    return id;
  };
  return { units, at, resolve };
}
