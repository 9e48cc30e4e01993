import { countries } from './countries.js';
import { readOntology } from './ontology.js';
import { foldKey, isExactAlias, rawKey } from './normalize.js';
import type { Organisation } from './organisations.js';
import type { Metonym } from './metonyms.js';
import type { Honorific, Role } from './roles.js';
import type { CountriesExtra } from './countries.js';
import type { Sector } from './sectors.js';
import type { AnaphorHead } from './anaphors.js';
import { validatePeople } from './people-validate.js';

const ACTOR_KINDS = new Set(['person', 'organization', 'country', 'igo', 'group']);

type Problems = string[];

const aliasKey = (a: string) => (isExactAlias(a) ? `=${rawKey(a)}` : foldKey(a));

/** Reports aliases that two different entries of one file share. */
function checkAliases(file: string, entries: Array<{ id: string; aliases: string[] }>, out: Problems): void {
  const owner = new Map<string, string>();
  for (const e of entries) {
    for (const a of e.aliases) {
      if (typeof a !== 'string' || !a.trim()) { out.push(`${file}: ${e.id} has an empty alias`); continue; }
      const k = aliasKey(a);
      const prev = owner.get(k);
      if (prev && prev !== e.id) out.push(`${file}: alias "${a}" belongs to both ${prev} and ${e.id}`);
      owner.set(k, e.id);
    }
  }
}

function checkIds(file: string, entries: Array<{ id: string; example?: string }>, out: Problems): void {
  const seen = new Set<string>();
  for (const e of entries) {
    if (!e.id || typeof e.id !== 'string') out.push(`${file}: an entry has no id`);
    if (seen.has(e.id)) out.push(`${file}: duplicate id ${e.id}`);
    seen.add(e.id);
    if (!e.example || typeof e.example !== 'string') out.push(`${file}: ${e.id} has no example`);
  }
}

/** Validates every ontology file this module loads. Returns one line per problem (empty when valid). */
export function validateOntology(): Problems {
  const out: Problems = [];
  const iso3 = new Set(countries().list.map((c) => c.iso3));
  const secList = readOntology<{ sectors: Sector[] }>('sectors.json').sectors;
  checkIds('sectors.json', secList, out);
  for (const s of secList) if (!/^[A-Z]{3}$/.test(s.id)) out.push(`sectors.json: bad sector id ${s.id}`);
  const sector = new Set(secList.map((s) => s.id));
  const country = (file: string, id: string, c: unknown, nullable: boolean) => {
    if (c === null && nullable) return;
    if (typeof c !== 'string' || !iso3.has(c)) out.push(`${file}: ${id} has an invalid ISO3 country ${String(c)}`);
  };
  const sec = (file: string, id: string, s: unknown) => {
    if (typeof s !== 'string' || !sector.has(s)) out.push(`${file}: ${id} has an unknown sector ${String(s)}`);
  };

  const orgs = readOntology<{ organisations: Organisation[] }>('organisations.json').organisations;
  checkIds('organisations.json', orgs, out);
  for (const o of orgs) {
    if (!o.name) out.push(`organisations.json: ${o.id} has no name`);
    if (!Array.isArray(o.aliases)) out.push(`organisations.json: ${o.id} has no aliases list`);
    if (!['igo', 'organization', 'group'].includes(o.kind)) out.push(`organisations.json: ${o.id} has bad kind ${o.kind}`);
    country('organisations.json', o.id, o.country, true);
    sec('organisations.json', o.id, o.sector);
    if (o.code !== null && (typeof o.code !== 'string' || !o.code)) out.push(`organisations.json: ${o.id} has a bad code`);
    if (o.kind === 'igo' && !o.code) out.push(`organisations.json: igo ${o.id} needs a code`);
    for (const m of o.members ?? []) country('organisations.json', `${o.id} member`, m, false);
  }
  checkAliases('organisations.json', orgs.map((o) => ({ id: o.id, aliases: [o.name, ...(o.aliases ?? [])] })), out);

  const met = readOntology<{ capitalRule: { id: string; sector: string; example: string }; metonyms: Metonym[] }>('metonyms.json');
  checkIds('metonyms.json', [...met.metonyms, met.capitalRule], out);
  sec('metonyms.json', met.capitalRule.id, met.capitalRule.sector);
  for (const m of met.metonyms) { country('metonyms.json', m.id, m.country, false); sec('metonyms.json', m.id, m.sector); }
  checkAliases('metonyms.json', met.metonyms, out);
  checkAliases('organisations.json+metonyms.json', [
    ...orgs.map((o) => ({ id: `org:${o.id}`, aliases: [o.name, ...o.aliases] })),
    ...met.metonyms.map((m) => ({ id: `metonym:${m.id}`, aliases: m.aliases })),
  ], out);

  const rd = readOntology<{ roles: Role[]; honorifics: Honorific[] }>('roles.json');
  checkIds('roles.json', rd.roles, out);
  checkIds('roles.json honorifics', rd.honorifics, out);
  const roleIds = new Set(rd.roles.map((r) => r.id));
  for (const r of rd.roles) {
    sec('roles.json', r.id, r.sector);
    if (r.kind !== 'person' && r.kind !== 'group') out.push(`roles.json: ${r.id} has bad kind ${r.kind}`);
    for (const a of r.aliases) if (a !== a.toLowerCase()) out.push(`roles.json: role alias "${a}" must be lower case`);
  }
  for (const h of rd.honorifics) {
    if (h.sector !== undefined) sec('roles.json', h.id, h.sector);
    if (h.role !== undefined && !roleIds.has(h.role)) out.push(`roles.json: honorific ${h.id} names unknown role ${h.role}`);
  }
  checkAliases('roles.json', rd.roles, out);
  checkAliases('roles.json honorifics', rd.honorifics, out);

  const extra = readOntology<CountriesExtra>('countries-extra.json');
  checkIds('countries-extra.json', extra.countries.map((c) => ({ id: c.country, example: c.example })), out);
  for (const c of extra.countries) country('countries-extra.json', c.country, c.country, false);
  checkIds('countries-extra.json blocs', extra.blocs, out);
  checkAliases('countries-extra.json blocs', extra.blocs, out);
  checkIds('countries-extra.json peoples', extra.peoples, out);
  for (const p of extra.peoples) country('countries-extra.json', p.id, p.country, true);
  checkAliases('countries-extra.json peoples', extra.peoples, out);
  const cues = readOntology<{ orgHeads: Array<{ id: string; sector: string; kind: string; example: string }> }>('name-cues.json');
  checkIds('name-cues.json', cues.orgHeads, out);
  for (const h of cues.orgHeads) {
    sec('name-cues.json', h.id, h.sector);
    if (h.kind !== 'organization' && h.kind !== 'group') out.push(`name-cues.json: ${h.id} has bad kind ${h.kind}`);
  }
  for (const r of rd.roles) if (r.bare !== undefined && r.kind !== 'group') out.push(`roles.json: ${r.id} is bare but not a group`);
  for (const r of rd.roles) if (r.home !== undefined && !r.bare) out.push(`roles.json: ${r.id} is home but not bare`);
  const ana = readOntology<{ window: number; heads: AnaphorHead[] }>('anaphors.json');
  checkIds('anaphors.json', ana.heads, out);
  if (!(ana.window >= 1)) out.push('anaphors.json: window must be at least 1');
  for (const h of ana.heads) {
    for (const k of h.kinds) if (!ACTOR_KINDS.has(k)) out.push(`anaphors.json: ${h.id} has bad kind ${k}`);
    for (const s of h.sectors) sec('anaphors.json', h.id, s);
    if (h.id !== h.id.toLowerCase() || /\s/.test(h.id)) out.push(`anaphors.json: ${h.id} must be one lower-case word`);
  }
  out.push(...validatePeople(iso3, sector));
  return out;
}
