import type { Doc, Entity } from '../../types.js';
import { lexMatches, matchWords, nameCues, roles, type LexMatch } from '../../knowledge/index.js';
import { docIndex, entityEndingAt, entityStartingAt, isPossessive } from './spans.js';
import { facts } from '../../util/facts.js';

/** What the words around one mention say about its actor. */
export interface Description {
  roles: string[];
  country: string | null;
  sector: string | null;
  rules: string[];
}

const ROLE_ADJECTIVES = new Set(['former', 'then', 'acting', 'outgoing', 'incoming', 'interim', 'new', 'late', 'top', 'senior', 'veteran', 'ex', 'current', 'powerful', 'influential']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their']);
const LINKS = new Set(['of', 'for', 'at', 'to', 'in']);

function personRole(m: LexMatch): { sector: string | null; role: string | null } | null {
  const rd = roles();
  const r = m.hits.find((h) => h.kind === 'role' && rd.byId.get(h.id)!.kind === 'person');
  if (r) return { sector: rd.byId.get(r.id)!.sector, role: r.id };
  const h = m.hits.find((x) => x.kind === 'honorific');
  if (h) { const hon = rd.honorifics.get(h.id)!; return { sector: hon.sector ?? null, role: hon.role ?? null }; }
  return null;
}

/** A country, organisation or metonym entity used as a modifier: what it gives. */
function modifierOf(e: Entity | null, doc?: Doc): { country: string | null; sector: string | null } | null {
  if (!e || e.type === 'PERSON') return null;
  if (!e.info) return doc && e.type === 'ORG' ? unknownOrg(doc, e) : null;
  const i = facts(e);
  if (i.ref?.startsWith('capital:') && !i.metonym) return { country: i.country ?? null, sector: null };
  if (i.kind === 'igo') return { country: null, sector: 'IGO' };
  if (i.country || i.sector) return { country: i.country ?? null, sector: e.type === 'ORG' || i.metonym ? i.sector ?? null : null };
  return null;
}

/** An organisation no knowledge names ("U.S. Treasury"): a country named inside it, a sector from its head word. */
function unknownOrg(doc: Doc, e: Entity): { country: string | null; sector: string | null } | null {
  let country: string | null = null;
  for (let k = e.t0; k < e.t1 && !country; k++) {
    const m = lexMatches(doc)[k]!.find((x) => x.t1 <= e.t1 && x.hits.some((h) => h.kind === 'country' || h.kind === 'demonym'));
    if (m) country = m.hits.find((h) => h.kind === 'country' || h.kind === 'demonym')!.id;
  }
  let sector: string | null = null;
  for (let k = e.t1 - 1; k >= e.t0 && !sector; k--) sector = nameCues().orgHeads.get(doc.tokens[k]!.text)?.sector ?? null;
  return country || sector ? { country, sector } : null;
}

function apply(d: Description, text: string, role: { sector: string | null } | null, mod: { country: string | null; sector: string | null } | null, rule: string): void {
  if (role && text) d.roles.push(text);
  // an organisation's sector beats the role's generic one ("Pentagon spokesman" is MIL)
  d.sector = mod?.sector ?? role?.sector ?? d.sector;
  d.country = mod?.country ?? d.country;
  d.rules.push(rule);
}

const POSSESSIVE_PRONOUNS = new Set(['its', 'their']);

/**
 * The modifier ending at token j, before a role: an entity ("Kremlin", "Russia 's"), possibly
 * before up to three other words of the title ("Azerbaijan foreign ministry spokesman",
 * "Indonesia's Mining and Energy Minister"); or "its"/"their", resolved to the latest
 * organisation or country named before.
 */
function premodifier(doc: Doc, j: number, s0: number): { country: string | null; sector: string | null } | null {
  const toks = doc.tokens;
  const { entityAt } = docIndex(doc);
  for (let skip = 0; skip <= 3 && j - skip >= s0; skip++) {
    let k = j - skip;
    if (skip > 0) {
      const t = toks[k + 1]!;
      const titleWord = (t.shape === 'x' && (t.pos === 'NOUN' || t.pos === 'ADJ')) || t.lower === 'and' || t.text === '&' || (t.shape === 'Xx' && !entityAt[k + 1]);
      if (!titleWord) return null;
    }
    if (POSSESSIVE_PRONOUNS.has(toks[k]!.lower)) return antecedent(doc, k);
    if (isPossessive(toks[k]!.text)) k--;
    const mod = k >= s0 ? modifierOf(entityEndingAt(doc, k), doc) : null;
    if (mod) return mod;
  }
  return null;
}

/** The latest non-person entity with an actor before token k, in this or the previous sentence. */
function antecedent(doc: Doc, k: number): { country: string | null; sector: string | null } | null {
  const toks = doc.tokens;
  const from = doc.sentences[Math.max(0, toks[k]!.sent - 1)]!.t0;
  const { entityAt } = docIndex(doc);
  for (let i = k - 1; i >= from; i--) {
    const e = entityAt[i];
    if (e && e.type !== 'PERSON' && e.actor) return modifierOf(e);
  }
  return null;
}


/**
 * Reads role, country and sector from the words around a mention:
 * pre-modifiers ("Russian president Vladimir Putin", "Kremlin spokesman Dmitry Peskov",
 * "Russia's foreign minister Ana Roe"), and appositives after the name ("Ana Roe, the
 * secretary of Russia's security council", "Ana Roe, Chile's envoy to the UN").
 */
export function describe(doc: Doc, e: Entity): Description {
  const d: Description = { roles: [], country: null, sector: null, rules: [] };
  const toks = doc.tokens;
  const s0 = doc.sentences[toks[e.t0]!.sent]!.t0;
  const s1 = doc.sentences[toks[e.t0]!.sent]!.t1;
  const { endingAt } = docIndex(doc);
  // pre-modifiers: [country|org ['s]] [adjective] role [honorific] NAME, or "[the] role, NAME"
  let j = e.t0 - 1;
  if (j >= s0 && toks[j]!.text === '.') j--;
  if (j > s0 && toks[j]!.text === ',' && e.type === 'PERSON' && endingAt[j - 1]!.some((x) => x.t0 >= s0 && personRole(x))) j--;
  let roleMatch: LexMatch | undefined;
  let role: ReturnType<typeof personRole> = null;
  while (j >= s0) {
    const m = endingAt[j]!.find((x) => x.t0 >= s0 && personRole(x));
    if (!m) break;
    // the role closest to the name wins ("deputy energy minister" is an energy minister)
    if (!roleMatch || !role?.role) { roleMatch = m; role = personRole(m); }
    j = m.t0 - 1;
    while (j >= s0 && ROLE_ADJECTIVES.has(toks[j]!.lower)) j--;
  }
  if (!roleMatch && e.type === 'PERSON' && toks[e.t0 - 1]?.text === ',') {
    // "the envoy of the United Nations, Ana Roe", "the head of its Mossad intelligence agency, Ana Roe"
    const found = roleOfBefore(doc, e.t0 - 1, s0);
    if (found) { apply(d, matchWords(doc, found.m), personRole(found.m), found.mod, 'actors.appositive-before'); return d; }
  }
  if (roleMatch && role) {
    // the title begins inside a name ("U.S. Treasury Secretary"): that name is the modifier
    const host = docIndex(doc).entityAt[roleMatch.t0];
    const mod = host && host.t0 < roleMatch.t0 && host.type !== 'PERSON' ? modifierOf(host, doc) : premodifier(doc, j, s0);
    apply(d, role.role ? matchWords(doc, roleMatch) : '', role, mod, mod ? 'actors.premodifier' : 'actors.title');
  } else if (e.type === 'ORG' && j >= s0) {
    // "Russia's Security Council", "Afghan Interior Ministry": the modifier gives the country
    if (isPossessive(toks[j]!.text)) j--;
    const mod = j >= s0 ? modifierOf(entityEndingAt(doc, j)) : null;
    if (mod?.country) { d.country = mod.country; d.rules.push('actors.org-modifier'); }
  }
  if (e.type !== 'PERSON') return d;
  // affiliation: NAME of [the] ORG|COUNTRY ("Ali Reza of the World Health Organization")
  if (toks[e.t1]?.lower === 'of' && e.t1 < s1) {
    let k = e.t1 + 1;
    if (toks[k]?.lower === 'the') k++;
    const mod = k < s1 ? modifierOf(entityStartingAt(doc, k), doc) : null;
    if (mod) apply(d, '', null, mod, 'actors.affiliation');
  }
  // appositive: NAME , [the] [country|org ['s]] [adjective] role [of|for|to [the] country|org]
  let k = e.t1;
  if (toks[k]?.text !== ',' || k >= s1) return d;
  k++;
  if (k < s1 && DETERMINERS.has(toks[k]!.lower)) k++;
  let mod = modifierOf(entityStartingAt(doc, k), doc);
  if (mod) {
    k = docIndex(doc).entityAt[k]!.t1;
    if (k < s1 && isPossessive(toks[k]!.text)) k++;
  }
  while (k < s1 && ROLE_ADJECTIVES.has(toks[k]!.lower)) k++;
  const m = lexMatches(doc)[k]?.find((x) => personRole(x));
  if (!m) return d;
  // "Nigel Lawson, Foreign Secretary Geoffrey Howe and ...": a list of people, not an appositive
  const after = docIndex(doc).entityAt[m.t1];
  if (after?.type === 'PERSON' && after.t0 === m.t1) return d;
  const r = personRole(m);
  k = m.t1;
  if (!mod && k < s1 && LINKS.has(toks[k]!.lower)) {
    k++;
    if (k < s1 && toks[k]!.lower === 'the') k++;
    mod = modifierOf(entityStartingAt(doc, k), doc);
  }
  apply(d, matchWords(doc, m), r, mod, 'actors.appositive');
  return d;
}

/**
 * "[the] ROLE of [the|its] ORG [nouns] ," ending at the comma before a name: the role and the
 * organisation or country it serves, read back from the comma (at most six words after "of").
 */
function roleOfBefore(doc: Doc, comma: number, s0: number): { m: LexMatch; mod: { country: string | null; sector: string | null } } | null {
  const toks = doc.tokens;
  const { endingAt, entityAt } = docIndex(doc);
  for (let k = comma - 1; k > s0 && k >= comma - 7; k--) {
    if (toks[k]!.lower !== 'of') {
      if (toks[k]!.pos === 'VERB' || toks[k]!.shape === 'p') return null;
      continue;
    }
    const m = endingAt[k - 1]!.find((x) => x.t0 >= s0 && personRole(x));
    if (!m) return null;
    let j = k + 1;
    if (j < comma && (toks[j]!.pos === 'DET' || POSSESSIVE_PRONOUNS.has(toks[j]!.lower))) j++;
    const mod = j < comma ? modifierOf(entityStartingAt(doc, j), doc) : null;
    if (!mod || !entityAt[j]) return null;
    // only nouns may follow the organisation's name ("Mossad intelligence agency")
    for (let t = entityAt[j]!.t1; t < comma; t++) if (toks[t]!.pos !== 'NOUN' && toks[t]!.pos !== 'PROPN' && !isPossessive(toks[t]!.text)) return null;
    return { m, mod };
  }
  return null;
}

