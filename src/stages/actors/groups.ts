import type { Actor, Doc, Entity, Mention } from '../../types.js';
import { actorCode, lexMatches, matchWords, organisations, roles } from '../../knowledge/index.js';
import { lexMatchStarts } from '../../knowledge/lexicon.js';
import { docIndex, entityEndingAt, isPossessive, sentenceCountries, sentenceCountry } from './spans.js';
import { facts } from '../../util/facts.js';

export interface GroupPhrase {
  t0: number;
  t1: number;
  /** the modifier entity ("US" in "US troops"), if any */
  modifier: Entity | null;
  roleId: string;
  /** the group noun as written, lower case ("states", "refugees") */
  noun: string;
  /** for an unmodified group: the one country its sentence names ("protesters in Caracas"), if its sector is local */
  country: string | null;
  key: string;
}

/** The group noun modifies what follows ("army posts", "military-technical"): not an actor. */
function compoundModifier(doc: Doc, t1: number): boolean {
  const next = doc.tokens[t1];
  if (!next || next.sent !== doc.tokens[t1 - 1]!.sent) return false;
  return (next.text === '-' && next.start === doc.tokens[t1 - 1]!.end) || (next.pos === 'NOUN' && next.shape === 'x');
}

/** The tokens [t0, t1) lie inside a longer named entity (an organisation or place name holding the group noun). */
function insideName(doc: Doc, t0: number, t1: number): boolean {
  const e = docIndex(doc).entityAt[t0];
  return !!e && e === docIndex(doc).entityAt[t1 - 1] && (e.t0 < t0 || e.t1 > t1) && e.type !== 'NORP';
}

const QUANTITIES = new Set(['thousands', 'hundreds', 'dozens', 'scores', 'millions', 'tens', 'several', 'many', 'some']);

/** Sectors whose unnamed groups belong to the place they are in ("protesters in Caracas"). */
const LOCAL_SECTORS = new Set(['CVL', 'COP', 'REB', 'INS', 'OPP']);
/** Of those, the ones that belong to the country an article is about when their sentence names none (its police, its opposition). */
const HOME_SECTORS = new Set(['COP', 'OPP']);

/** "thousands of people", "500 workers": a counted group is a participant even if its noun is not bare. */
function counted(doc: Doc, t0: number): boolean {
  let k = t0 - 1;
  if (doc.tokens[k]?.lower === 'of') k--;
  const t = doc.tokens[k];
  return !!t && t.sent === doc.tokens[t0]!.sent && (t.pos === 'NUM' || QUANTITIES.has(t.lower));
}

/** Adjectives allowed between a modifier and a group noun ("Afghan civilian refugees"). */
const INNER_ADJECTIVE = (pos: string) => pos === 'ADJ';

/**
 * Group phrases: a plural group noun (ontology/roles.json kind "group") with a country,
 * demonym, bloc or organisation modifier ("US troops", "Afghan refugees", "western states",
 * "CSTO leaders", "Russia's allies"), or alone when the noun names an actor by itself
 * ("militants", "refugees").
 */
export function findGroupPhrases(doc: Doc, home: string | null = null): GroupPhrase[] {
  const rd = roles();
  const out: GroupPhrase[] = [];
  const toks = doc.tokens;
  const lex = lexMatches(doc);
  for (const i of lexMatchStarts(doc)) {
    const list = lex[i]!;
    const m = list.find((x) => x.hits.some((h) => h.kind === 'role' && rd.byId.get(h.id)!.kind === 'group'));
    if (!m) continue;
    if (out.length && out[out.length - 1]!.t1 > m.t0) continue; // inside a longer group noun
    if (insideName(doc, m.t0, m.t1)) continue; // "Sudanese Armed Forces", "Rapid Support Forces": part of a name
    const role = rd.byId.get(m.hits.find((h) => h.kind === 'role' && rd.byId.get(h.id)!.kind === 'group')!.id)!;
    const noun = matchWords(doc, m);
    const s0 = doc.sentences[toks[m.t0]!.sent]!.t0;
    let j = m.t0 - 1;
    if (j >= s0 && INNER_ADJECTIVE(toks[j]!.pos) && !entityEndingAt(doc, j)) j--;
    if (j >= s0 && isPossessive(toks[j]!.text)) j--;
    const mod = j >= s0 ? entityEndingAt(doc, j) : null;
    const mf = facts(mod);
    const usable = mod && mod.type !== 'PERSON' && mod.actor && (mf.country || mf.code || mf.kind === 'igo');
    if (usable) {
      out.push({ t0: mod.t0, t1: m.t1, modifier: mod, roleId: role.id, noun, country: null, key: `group:${mod.actor}:${role.id}` });
    } else if ((role.bare || counted(doc, m.t0)) && !entityEndingAt(doc, m.t0 - 1) && !compoundModifier(doc, m.t1)) {
      // the one country of its sentence; for police and opposition in a sentence naming none, the country the article is about
      // the government of an article is that of its country unless its sentence names another ("the government in Kinshasa" is a capital's)
      const country = role.home ? (!sentenceCountries(doc, m.t0).size ? home : null)
        : LOCAL_SECTORS.has(role.sector) ? sentenceCountry(doc, m.t0) ?? (HOME_SECTORS.has(role.sector) && !sentenceCountries(doc, m.t0).size ? home : null) : null;
      if (role.home && !country) continue;
      // "the finance ministry", "the military government": the phrase keeps its lower-case modifier
      const t0 = role.home && m.t0 - 1 >= s0 && toks[m.t0 - 1]!.shape === 'x' && (toks[m.t0 - 1]!.pos === 'NOUN' || toks[m.t0 - 1]!.pos === 'ADJ') ? m.t0 - 1 : m.t0;
      out.push({ t0, t1: m.t1, modifier: null, roleId: role.id, noun, country, key: `group:${country ?? ''}:${role.id}` });
    }
  }
  return out;
}

/** Creates one group actor per distinct group key and a doc.mentions entry for each phrase. */
export function addGroupActors(doc: Doc, home: string | null = null): void {
  const rd = roles();
  const byKey = new Map<string, Actor>();
  const byId = new Map(doc.actors.map((a) => [a.id, a]));
  for (const g of findGroupPhrases(doc, home)) {
    const role = rd.byId.get(g.roleId)!;
    const text = doc.text.slice(doc.tokens[g.t0]!.start, doc.tokens[g.t1 - 1]!.end);
    let actor = byKey.get(g.key);
    if (!actor) {
      const modActor = g.modifier?.actor ? byId.get(g.modifier.actor) : undefined;
      const info = facts(g.modifier);
      const igo = info.kind === 'igo';
      const country = igo ? null : info.country ?? modActor?.country ?? g.country;
      const prefix = igo ? info.code ?? null : country ?? info.code ?? null;
      const ref = info.ref?.startsWith('org:') ? organisations().get(info.ref.slice(4)) : undefined;
      actor = {
        id: `a${doc.actors.length + 1}`, name: text, kind: 'group', country,
        sector: role.sector, roles: [g.noun],
        code: prefix ? `${prefix}${role.sector}` : actorCode(null, role.sector),
        mentions: [], rule: g.modifier ? (ref?.members ? 'actors.group-of-members' : 'actors.group-phrase') : 'actors.group-noun',
      };
      doc.actors.push(actor);
      byKey.set(g.key, actor);
    }
    const mention: Mention = {
      id: `m${doc.mentions.length + 1}`, text, start: doc.tokens[g.t0]!.start, end: doc.tokens[g.t1 - 1]!.end,
      actor: actor.id, rule: actor.rule,
    };
    doc.mentions.push(mention);
  }
}
