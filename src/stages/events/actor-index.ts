/**
 * Which tokens name an actor. Units are entities that point at an actor, resolved mentions
 * ("he"), and entities the earlier stages left without one that still carry a country
 * (a nationality adjective such as "Hungarian", a city): those get an actor lazily, only
 * when an event uses them, with the sector read from the head noun ("Hungarian officials" → GOV).
 */
import type { Actor, Doc, Entity, Place } from '../../types.js';
import { eventPatterns } from '../../knowledge/event-patterns.js';
import { countries as countryData } from '../../knowledge/countries.js';
import { datelines } from '../../util/dateline.js';
import { namedAsNeighbour } from '../../util/neighbour.js';

export interface Unit {
  t0: number;
  t1: number;
  /** actor id, or null until resolved lazily */
  actor: string | null;
  entity: Entity | null;
  /** a geocoded toponym no entity covers: it stands for its country ("in West Darfur" → SDN) */
  place: Place | null;
  kind: Actor['kind'] | null;
  /** ISO3 country of the actor, entity or place, if known */
  country: string | null;
}

export interface ActorIndex {
  units: Unit[];
  /** unit index per token, -1 where no unit */
  at: Int32Array;
  /** the actor id a unit stands for (creates the actor of a country-bearing entity on first use) */
  resolve(u: Unit): string | null;
  /** the actor standing for a country (sector null: the country at large), created on first use */
  countryActor(country: string, sector: string | null, name: string): string;
  /** the only country the document names, if it names exactly one */
  sole: string | null;
  /** "Student leaders in Dhaka": a countryless group unit placed in a country gets that country's actor of its sector */
  locate(u: Unit, country: string): void;
}

let sectorOfHead: Map<string, string> | null = null;
export function headSector(word: string | undefined): string | null {
  if (!sectorOfHead) {
    sectorOfHead = new Map();
    for (const [sector, heads] of Object.entries(eventPatterns().headSectors)) for (const h of heads) sectorOfHead.set(h, sector);
  }
  return word ? sectorOfHead.get(word) ?? null : null;
}

/** "anti-Syria", "pro-Russian": the name after the prefix says whom one opposes or backs, not who one is. */
export function antiPro(text: string, start: number): boolean {
  return /(^|[^a-z])(anti|pro)-\s*$/i.test(text.slice(Math.max(0, start - 6), start));
}

let demonymCountry: Map<string, string> | null = null;
/**
 * "Bosnian Serbs", "Iraqi Kurds": a nationality before an ethnic plural names where the group lives,
 * the country coders give it; the ethnic word alone would point at its kin state.
 */
function residenceOf(e: Entity | null): string | null {
  if (!e || e.type !== 'NORP') return null;
  const words = e.text.split(/\s+/);
  if (words.length !== 2 || !words[1]!.endsWith('s')) return null;
  if (!demonymCountry) {
    demonymCountry = new Map();
    for (const c of countryData().list) for (const d of c.demonyms) if (!demonymCountry.has(d)) demonymCountry.set(d, c.iso3);
  }
  return demonymCountry.get(words[0]!) ?? null;
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
  const filedFrom = datelines(doc);
  const add = (t0: number, t1: number, actor: string | null, entity: Entity | null, place: Place | null = null) => {
    for (let k = t0; k < t1; k++) if (at[k] >= 0) return;
    for (const [d0, d1] of filedFrom) if (t0 >= d0 && t0 < d1) return;
    const a = actor ? byId.get(actor) : undefined;
    const kind = a?.kind ?? entity?.info?.kind ?? (place ? 'country' : null);
    const country = residenceOf(entity) ?? (a ? a.country : entity?.info?.country ?? place?.country ?? null);
    units.push({ t0, t1, actor, entity, place, kind, country });
    for (let k = t0; k < t1; k++) at[k] = units.length - 1;
  };
  const addMention = (m: Doc['mentions'][number]) => {
    const t0 = tokenAt(m.start);
    let t1 = t0;
    while (t1 < doc.tokens.length && doc.tokens[t1]!.start < m.end) t1++;
    if (t1 > t0) add(t0, t1, m.actor, null);
  };
  // a group phrase with its modifier ("Tajikistan's border guards", "US troops") names its actor
  // more exactly than the country inside it: it goes first
  for (const m of doc.mentions) if (m.rule.startsWith('actors.group-phrase') || m.rule.startsWith('actors.group-of-members')) addMention(m);
  // an entity left without an actor takes the actor of another entity with the same text ("The Kremlin" … "Kremlin")
  const byText = new Map<string, string>();
  for (const e of doc.entities) if (e.actor) byText.set(e.text.toLowerCase(), e.actor);
  for (const e of doc.entities) {
    const same = e.actor ? undefined : byText.get(e.text.toLowerCase());
    if (same) { add(e.t0, e.t1, same, e); continue; }
    // a lower-case adjective ("military offensive") modifies a noun; it does not name a participant
    if (e.t1 - e.t0 === 1 && doc.tokens[e.t0]!.shape === 'x' && doc.tokens[e.t0]!.pos === 'ADJ') continue;
    // "anti-Syria journalist", "pro-Russian separatists": the name says whom they oppose or back, not who they are
    const before = doc.tokens[e.t0 - 1];
    if (/^(anti|pro)-/i.test(e.text) || (before?.text === '-' && /^(anti|pro)$/i.test(doc.tokens[e.t0 - 2]?.text ?? '')) || /^(anti|pro)-$/i.test(before?.text ?? '')) continue;
    if (e.actor) add(e.t0, e.t1, e.actor, e);
    else if (e.info?.country && (e.type === 'NORP' || e.type === 'LOCATION')) add(e.t0, e.t1, null, e);
  }
  for (const m of doc.mentions) if (!m.rule.startsWith('actors.group-phrase') && !m.rule.startsWith('actors.group-of-members')) addMention(m);
  for (const p of doc.places) {
    if (!p.country) continue;
    if (antiPro(doc.text, p.start)) continue; // "anti-Syria journalist": Syria is not the participant
    const t0 = tokenAt(p.start);
    let t1 = t0;
    while (t1 < doc.tokens.length && doc.tokens[t1]!.start < p.end) t1++;
    if (t1 > t0) add(t0, t1, null, null, p);
  }
  let next = doc.actors.reduce((n, a) => Math.max(n, Number(a.id.replace(/\D/g, '')) || 0), 0) + 1;
  const created = new Map<string, string>();
  const findOrCreate = (country: string, sector: string | null, kind: Actor['kind'], name: string, mention: string | null) => {
    const key = `${country}/${sector ?? ''}`;
    let id = created.get(key) ?? doc.actors.find((a) => a.country === country && a.sector === sector && (a.kind === 'country' || a.kind === 'group'))?.id;
    if (id && mention) doc.actors.find((a) => a.id === id && !a.mentions.includes(mention))?.mentions.push(mention);
    if (!id) {
      id = `a${next++}`;
      doc.actors.push({ id, name, kind, country, sector, roles: [], code: country + (sector ?? ''), mentions: mention ? [mention] : [], rule: 'events.entity-country' });
    }
    created.set(key, id);
    return id;
  };
  /** The head noun's sector after a nationality adjective ("Hungarian and Romanian officials" → GOV). */
  const headOf = (e: Entity): { sector: string; word: string } | null => {
    for (let k = e.t1; k < Math.min(e.t1 + 6, doc.tokens.length); k++) {
      const t = doc.tokens[k]!;
      // "Tajik border guards" are police; "the Afghan border" is a place, not a participant
      if (t.lower === 'border' || t.lower === 'frontier') {
        const n = doc.tokens[k + 1]?.lower ?? '';
        if (n === 'guards' || n === 'guard' || n === 'police') return { sector: 'COP', word: `${t.text} ${doc.tokens[k + 1]!.text}` };
        break;
      }
      const sector = headSector(t.lower);
      if (sector) return { sector, word: t.text };
      if (!['ADJ', 'NOUN', 'PROPN', 'CCONJ'].includes(t.pos) && t.text !== ',') break;
    }
    return null;
  };
  /** The sector of a head noun right after a country name (at most one adjective or noun between). */
  const headRightAfter = (e: Entity): { sector: string; word: string } | null => {
    for (let k = e.t1; k < Math.min(e.t1 + 2, doc.tokens.length); k++) {
      const t = doc.tokens[k]!;
      const sector = t.pos === 'NOUN' ? headSector(t.lower) : null;
      if (sector) return { sector, word: t.text };
      if (t.pos !== 'ADJ' && t.pos !== 'NOUN') return null;
    }
    return null;
  };
  // the only country a document names: where its countryless people and groups belong (a wire story
  // about one country names its own officials without their nationality: "President X", "the Y party")
  // (not a country named only as a neighbour: "an operation near the border with Burkina Faso" is not in it)
  const countries = new Set<string>();
  for (const p of doc.places) if (p.country && !namedAsNeighbour(doc.text, p.start)) countries.add(p.country);
  const neighbourOnly = (a: Actor) => a.kind === 'country' && a.mentions.length > 0
    && a.mentions.every((m) => { const e = doc.entities.find((x) => x.id === m); return !!e && namedAsNeighbour(doc.text, e.start); });
  for (const a of doc.actors) if (a.country && !neighbourOnly(a)) countries.add(a.country);
  const sole = countries.size === 1 ? [...countries][0]! : null;
  const placeActor = (a: Actor | undefined) => {
    // (not the staff of international bodies, nor blocs: a UN envoy, "Western embassies" in a story about one country)
    if (!sole || !a || a.country || (a.kind !== 'person' && a.kind !== 'organization' && a.kind !== 'group') || a.sector === 'IGO' || a.sector === 'NGO' || a.rule.includes('bloc')) return;
    a.country = sole;
    a.code = sole + (a.sector ?? '');
    a.rule += '+events.sole-country';
  };
  const resolve = (u: Unit): string | null => {
    const id = resolveUnit(u);
    if (id) placeActor(byId.get(id));
    return id;
  };
  const resolveUnit = (u: Unit): string | null => {
    const e = u.entity;
    const home = residenceOf(e);
    if (home && u.actor && byId.get(u.actor)?.country !== home) u.actor = findOrCreate(home, byId.get(u.actor)?.sector ?? null, 'group', e!.text, e!.id);
    if (u.actor) {
      // "Israeli troops": a nationality naming a country actor, with a head of another sector → that country's sector actor
      const a = byId.get(u.actor);
      // (also a country name used as a modifier: "a U.S. judge", "Kenya police"; the head right after it)
      const head = a?.kind === 'country' && a.country ? (e?.type === 'NORP' ? headOf(e) : e?.type === 'LOCATION' ? headRightAfter(e) : null) : null;
      if (head && head.sector !== a!.sector) u.actor = findOrCreate(a!.country!, head.sector, 'group', `${e!.text} ${head.word}`, e!.id);
      return u.actor;
    }
    if (u.place) {
      // a country named only as a place is its government; a town or region stands for the country's people
      const country = u.place.country!;
      const existing = doc.actors.find((a) => a.kind === 'country' && a.country === country);
      u.actor = existing?.id ?? (u.place.kind === 'country' ? findOrCreate(country, 'GOV', 'country', u.place.name, null) : findOrCreate(country, 'CVL', 'group', u.place.name, null));
      return u.actor;
    }
    const country = e?.info?.country;
    if (!e || !country) return null;
    // sector from the head noun after a nationality adjective, else the government of the place
    const sector = headOf(e)?.sector ?? (e.type === 'LOCATION' ? 'GOV' : null);
    const id = findOrCreate(country, sector, e.type === 'LOCATION' ? 'country' : 'group', e.text, e.id);
    e.actor ??= id;
    u.actor = id;
    return id;
  };
  const countryActor = (country: string, sector: string | null, name: string) => findOrCreate(country, sector, 'country', name, null);
  const locate = (u: Unit, country: string) => {
    const a = u.actor ? byId.get(u.actor) : undefined;
    if (!a || a.country || a.kind !== 'group') return;
    u.actor = findOrCreate(country, a.sector, 'group', a.name, null);
    u.country = country;
  };
  return { units, at, resolve, countryActor, sole, locate };
}
