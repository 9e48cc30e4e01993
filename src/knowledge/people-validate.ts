import { readOntology } from './ontology.js';
import { personKey, type Person } from './people.js';
import type { Organisation } from './organisations.js';
import type { Role } from './roles.js';

const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * Checks ontology/people.json: ids, ISO3 countries, sectors, role words (aliases of person roles
 * in roles.json), organisation ids, ISO dates in order, and that no name is a surname alone
 * (a one-word name that is the last word of one of the person's full names).
 */
export function validatePeople(iso3: Set<string>, sectors: Set<string>): string[] {
  const out: string[] = [];
  const file = 'people.json';
  const list = readOntology<{ people: Person[] }>(file).people;
  const roleWords = new Set(readOntology<{ roles: Role[] }>('roles.json').roles.filter((r) => r.kind === 'person').flatMap((r) => r.aliases));
  const orgs = new Set(readOntology<{ organisations: Organisation[] }>('organisations.json').organisations.map((o) => o.id));
  const ids = new Set<string>();
  const country = (id: string, c: unknown) => {
    if (c !== null && (typeof c !== 'string' || !iso3.has(c))) out.push(`${file}: ${id} has an invalid ISO3 country ${String(c)}`);
  };
  for (const p of list) {
    if (!p.id || ids.has(p.id)) out.push(`${file}: missing or duplicate id ${p.id}`);
    ids.add(p.id);
    if (!Array.isArray(p.names) || !p.names.length) out.push(`${file}: ${p.id} has no names`);
    if (!p.region) out.push(`${file}: ${p.id} has no region`);
    country(p.id, p.country);
    const surnames = new Set((p.names ?? []).filter((n) => personKey(n).includes(' ')).map((n) => personKey(n).split(' ').pop()!));
    for (const n of p.names ?? []) {
      const k = typeof n === 'string' ? personKey(n) : '';
      if (!k) out.push(`${file}: ${p.id} has an empty name`);
      else if (!k.includes(' ') && surnames.has(k)) out.push(`${file}: ${p.id} has a surname alone as a name: ${n}`);
    }
    if (!Array.isArray(p.roles) || !p.roles.length) out.push(`${file}: ${p.id} has no roles`);
    for (const r of p.roles ?? []) {
      const at = `${p.id} ${r.role} ${r.from}`;
      if (!roleWords.has(r.role)) out.push(`${file}: ${at}: role "${r.role}" is no person role alias in roles.json`);
      if (!sectors.has(r.sector)) out.push(`${file}: ${at}: unknown sector ${r.sector}`);
      if (r.org !== undefined && !orgs.has(r.org)) out.push(`${file}: ${at}: unknown organisation ${r.org}`);
      if (r.country !== undefined) country(at, r.country);
      if (!ISO_DAY.test(r.from)) out.push(`${file}: ${at}: from is not an ISO date`);
      if (r.to !== null && !ISO_DAY.test(r.to)) out.push(`${file}: ${at}: to is not an ISO date or null`);
      if (r.to !== null && r.to < r.from) out.push(`${file}: ${at}: ends before it begins`);
    }
  }
  return out;
}
