import type { Actor, Doc, Entity } from '../../types.js';
import { actorCode, lexMatches, people, peopleOn, personKey, type PersonPost } from '../../knowledge/index.js';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;
/** words before a name that say the person no longer holds the post ("former president X") */
const FORMER = new Set(['former', 'ex', 'late']);

/** The keys one mention may match: its text, and a capitalised title word plus its text ("King Abdullah"). */
function keysOf(doc: Doc, e: Entity, out: string[]): void {
  out.push(personKey(e.text));
  const prev = doc.tokens[e.t0 - 1];
  if (prev && prev.sent === doc.tokens[e.t0]!.sent && prev.shape === 'Xx') out.push(personKey(`${prev.text} ${e.text}`));
}

/** True when a role word ("president", "king") starts at one of the tokens [from, to). */
function roleBetween(doc: Doc, from: number, to: number): boolean {
  const lex = lexMatches(doc);
  for (let k = from; k < to; k++) if (lex[k]!.some((m) => m.hits.some((h) => h.kind === 'role'))) return true;
  return false;
}

/**
 * True when the title before a mention says "former": a FORMER word (or "then-") among the
 * four words before it, followed by a role word ("former president X", "Ex-Prime Minister X",
 * "the late King X"; not "late on Monday X said").
 */
function saysFormer(doc: Doc, e: Entity): boolean {
  const sent = doc.tokens[e.t0]!.sent;
  for (let k = e.t0 - 1; k >= Math.max(0, e.t0 - 4); k--) {
    const t = doc.tokens[k]!;
    if (t.sent !== sent) break;
    const former = FORMER.has(t.lower) || (t.lower === 'then' && doc.tokens[k + 1]!.text === '-');
    if (former && roleBetween(doc, k + 1, e.t0)) return true;
  }
  return false;
}

/**
 * The one known person (ontology/people.json) an actor's mentions name, holding a post on the
 * day; null when none does, when two people share the name on that day (ambiguous), or when
 * the text calls the person "former".
 */
export function knownPerson(doc: Doc, mentions: Entity[], day: string): PersonPost | null {
  const keys: string[] = [];
  for (const e of mentions) if (e.type === 'PERSON') keysOf(doc, e, keys);
  if (!keys.length) return null;
  const found = peopleOn(keys, day);
  if (found.length !== 1) return null;
  for (const e of mentions) if (e.type === 'PERSON' && saysFormer(doc, e)) return null;
  return found[0]!;
}

/**
 * Fallback after the text's own cues: a person actor whose name is a known figure in office on
 * the publication date gets the post's country, sector and role where the text gave none
 * (rule `knowledge.people:<id>`, recorded only where the entry added something). A country the
 * text gives that differs from the post's wins, and then nothing is taken from the entry (it
 * may be another person of the same name); so does a sector the text gives.
 * Without a publication date nothing is assigned: which post, if any, is current is unknown.
 */
export function assignKnownPeople(doc: Doc, actors: Actor[], mentionsOf: Entity[][]): void {
  const day = doc.published && ISO_DAY.test(doc.published) ? doc.published.slice(0, 10) : null;
  if (!day) return;
  // one pass over the entities: the actors with a person mention whose last word ends a known name
  const last = people().lastWords;
  let candidates: Set<string> | null = null;
  for (const e of doc.entities) {
    if (e.type !== 'PERSON' || !e.actor || !last.has(personKey(doc.tokens[e.t1 - 1]!.text))) continue;
    (candidates ??= new Set()).add(e.actor);
  }
  if (!candidates) return;
  for (let i = 0; i < actors.length; i++) {
    const a = actors[i]!;
    if (a.kind !== 'person' || !candidates.has(a.id)) continue;
    const hit = knownPerson(doc, mentionsOf[i]!, day);
    if (!hit) continue;
    if (a.country && a.country !== hit.country) continue;
    // the rule is recorded only where the entry added something the text did not say
    if (a.country === hit.country && a.sector && a.roles.length) continue;
    a.country = hit.country;
    a.sector ??= hit.post.sector;
    if (!a.roles.length) a.roles.push(hit.post.role);
    a.code = actorCode(a.country, a.sector);
    a.rule += `+knowledge.people:${hit.person.id}`;
  }
}
