/**
 * The subject side of a trigger: the nearest actor phrase before it in its clause (skipping the
 * relative clauses and appositives that carry other clause ids), elided and controlled subjects,
 * pronouns, "no one", passives, and the antecedent of a relative clause.
 */
import type { Token } from '../../types.js';
import { facts } from '../../util/facts.js';
import type { Unit } from './actor-index.js';
import { clauseOf } from './clauses.js';
import { collectiveAntecedent } from './collective.js';
import { formsOfClass } from './lexicon.js';
import type { FrameContext } from './frame.js';
import type { Trigger } from './triggers.js';
import { groupBackward, groupForward, inNP, type Group, type Scope } from './noun-phrase.js';
import { BE, NO_ONE, REPORTING, SUBJECT_PRONOUN, SUMMARY_NOUN, isVerbish } from './words.js';

export function isPassive(tokens: Token[], i: number, s0: number): boolean {
  const t = tokens[i]!;
  if (!isVerbish(t.pos) || t.lower.endsWith('ing') || !/(ed|en|wn|ht|ck|ng|nt|ld|ot|ut)$/.test(t.lower)) return false;
  // a reduced relative: "settlers accused of violence", "a convoy attacked by gunmen" (a noun, the participle, then its complement)
  const prev = tokens[i - 1];
  if (i > s0 && t.lower.endsWith('ed') && (prev!.pos === 'NOUN' || prev!.pos === 'PROPN') && /^(of|by)$/.test(tokens[i + 1]?.lower ?? '')) return true;
  // "Owusu, asked whether she would resign, laughed", "Kenya, backed by the US, …": a participle set off after a name
  // (the phrase closes with a comma before the sentence's own verb)
  if (i > s0 + 1 && prev!.text === ',' && (tokens[i - 2]!.pos === 'NOUN' || tokens[i - 2]!.pos === 'PROPN') && t.lower.endsWith('ed') && /^(by|whether|if|about|on|over|to)$/.test(tokens[i + 1]?.lower ?? '') && commaThenVerb(tokens, i + 2)) return true;
  // "Five Americans detained in Iran flew home", "two soldiers killed in the ambush were buried": a verb
  // that needs an object, followed by a place or time phrase and then the sentence's own verb
  // (also "a Russian national arrested shortly after the shooting, has refused…": an adverb between, the verb past a comma)
  // ("a Russian national": a tagger may read the head noun as an adjective after a determiner)
  const nounBefore = prev && (prev.pos === 'NOUN' || prev.pos === 'PROPN' || (prev.pos === 'ADJ' && [2, 3].some((d) => tokens[i - d]?.pos === 'DET')));
  if (i > s0 && nounBefore && formsOfClass('objectVerbs').has(t.lower)) {
    let j = i + 1;
    while (tokens[j]?.pos === 'ADV' && j < i + 3) j++;
    if (LOCATIVE_AFTER.has(tokens[j]?.lower ?? '') && (laterVerb(tokens, j + 1) || (j > i + 1 && commaThenVerb(tokens, j + 1)))) return true;
  }
  // "…; two soldiers killed": such a verb right after a noun, ending the sentence or clause, has no object: a headline passive
  if (i > s0 && (prev!.pos === 'NOUN' || prev!.pos === 'PROPN') && t.lower.endsWith('ed') && formsOfClass('objectVerbs').has(t.lower) && (!tokens[i + 1] || tokens[i + 1]!.sent !== t.sent || /^[.;,:]$/.test(tokens[i + 1]!.text))) return true;
  for (let k = i - 1; k >= s0 && k >= i - 3; k--) {
    const w = tokens[k]!;
    if (BE.has(w.lower)) return w.lower !== "'s" || tokens[k + 1]!.lower === 'been';
    if (w.pos !== 'ADV' && w.pos !== 'PART') return false;
  }
  return false;
}

const LOCATIVE_AFTER = new Set(['in', 'at', 'on', 'near', 'during', 'since', 'after', 'inside', 'outside']);

/** Tokens [a, b) are a noun phrase (with at most auxiliaries or adverbs after it): "its jets have". */
function possessedSubject(tokens: Token[], a: number, b: number): boolean {
  let k = a;
  while (k < b && (tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'NUM')) k++;
  if (k >= b || tokens[k]!.pos !== 'NOUN') return false;
  while (k < b && tokens[k]!.pos === 'NOUN') k++;
  while (k < b && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV')) k++;
  return k === b;
}

/** A comma later in the sentence with a finite verb right after it: "…, asked whether she would resign, laughed". */
function commaThenVerb(tokens: Token[], k: number): boolean {
  const sent = tokens[k - 1]!.sent;
  for (let j = k; j + 1 < tokens.length && tokens[j]!.sent === sent; j++) {
    if (tokens[j]!.text !== ',') continue;
    const v = tokens[j + 1]!;
    if ((v.pos === 'VERB' || v.pos === 'AUX') && !v.lower.endsWith('ing')) return true;
  }
  return false;
}

/** A finite verb after k in the same sentence, before any comma or clause word. */
function laterVerb(tokens: Token[], k: number): boolean {
  const sent = tokens[k - 1]!.sent;
  for (let j = k; j < tokens.length && tokens[j]!.sent === sent; j++) {
    const t = tokens[j]!;
    if (t.text === ',' || t.text === ';' || t.pos === 'SCONJ' || t.lower === 'who' || t.lower === 'which' || t.lower === 'that') return false;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !t.lower.endsWith('ing') && t.shape !== 'p') return true;
  }
  return false;
}

/** Verbs whose object is the subject of the infinitive after it ("urged Haiti to hold…"). */
const OBJECT_CONTROL = new Set(['urge', 'ask', 'order', 'force', 'allow', 'help', 'invite', 'persuade', 'tell', 'call', 'press', 'encourage', 'pressure', 'permit', 'compel', 'require', 'want', 'expect', 'get', 'lead', 'prompt', 'cause', 'enable']);
/** "urged", "urges", "asking", "called", "pressed", "allied": the verb is one of OBJECT_CONTROL. */
export function objectControl(w: string): boolean {
  if (OBJECT_CONTROL.has(w)) return true;
  for (const stem of [w.slice(0, -1), w.slice(0, -2), w.slice(0, -3), w.slice(0, -3) + 'e', w.replace(/ied$/, 'y'), w.replace(/ies$/, 'y')]) if (OBJECT_CONTROL.has(stem)) return true;
  return false;
}

/**
 * Where the subject search starts: before the trigger, or, for a purpose infinitive after an
 * object ("sent personnel to Bosnia to investigate"), before the verb that governs it.
 */
function subjectSearchStart(fc: FrameContext, trig: Trigger): number {
  const { tokens } = fc;
  const s0 = fc.cm.sentence.t0;
  // "X refused to deploy troops in Iraq and has urged…": the elided subject is the clause's first subject
  let v = trig.t0 - 1;
  while (v >= s0 && (tokens[v]!.pos === 'AUX' || tokens[v]!.pos === 'ADV')) v--;
  // (also "The bloc closed its borders, suspended flights and froze assets": a list of predicates)
  // (and a headline's "X rejects the result, vows a challenge": a comma right before a finite verb)
  const listed = tokens[v]?.text === ',' && tokens[trig.t0]!.pos === 'VERB' && !tokens[trig.t0]!.lower.endsWith('ing')
    && (predicateListEnds(tokens, trig.t1, fc.cm.sentence.t1) || (v === trig.t0 - 1 && headline(tokens, fc.cm.sentence.t1)));
  if (trig.cp.pattern.pos === 'verb' && v > s0 && (/^(and|but|or)$/.test(tokens[v]!.lower) || listed) && clauseOf(fc.cm, v) === clauseOf(fc.cm, trig.t0)) {
    const cl = clauseOf(fc.cm, trig.t0);
    // "ordering fighters to burn homes and shoot civilians": a bare verb after "and" shares the infinitive before it
    const inf = sharedInfinitive(tokens, trig.t0, v, s0);
    if (inf >= 0) return subjectSearchStart(fc, { cp: trig.cp, t0: inf, t1: inf + 1 });
    let first = -1;
    let reporter = -1;
    // (past a reporting verb: "Witnesses said armed men burned villages and killed…" → "armed men")
    for (let k = s0; k < v; k++) {
      // (a verb trigger counts as a verb whatever its tag: headlines mislead the tagger, "Malawi expels/NOUN…")
      if (clauseOf(fc.cm, k) !== cl || (!isVerbish(tokens[k]!.pos) && !fc.verbHeads.has(k)) || tokens[k]!.shape === 'p') continue;
      // (a reporting verb whose object is a clause with its own verb: "said gunmen stormed …"; not "announced a freeze and is negotiating")
      if (REPORTING.has(tokens[k]!.lower) && first < 0 && tokens.slice(k + 1, v).some((t, j) => t.pos === 'VERB' && t.shape !== 'p' && tokens[k + j]!.lower !== 'to')) { first = -2; reporter = k; continue; }
      if (first === -2 && tokens[k]!.pos === 'AUX') continue;
      // "The junta said troops had been deployed and vowed to…": an active verb with an object after a
      // reported passive is the reporter's second predicate, not the passive's elided one
      // (so is an accusation: "The army said Indian troops had shelled villages and accused New Delhi of…")
      first = first === -2 && ((isPassive(tokens, k, s0) && takesObject(tokens, trig.t1)) || trig.cp.pattern.type === 'ACCUSE') ? reporter : k;
      break;
    }
    if (first > s0) return first - 1;
  }
  if (trig.cp.pattern.pos !== 'verb' || tokens[trig.t0 - 1]?.lower !== 'to') return trig.t0 - 1;
  const before = tokens[trig.t0 - 2];
  if (!before || isVerbish(before.pos) || before.pos === 'ADV' || before.pos === 'ADJ') return trig.t0 - 1;
  const cl = clauseOf(fc.cm, trig.t0);
  for (let k = trig.t0 - 2; k >= s0; k--) {
    const t = tokens[k]!;
    if (t.text === ',' || clauseOf(fc.cm, k) !== cl) break;
    if (t.pos === 'VERB' && t.shape !== 'p') return objectControl(t.lower) ? trig.t0 - 1 : k - 1;
  }
  return trig.t0 - 1;
}

/** Prepositions after which a name belongs to the noun before them ("a treaty with X"; not "leaders of X", "envoys from X"). */
const NOUN_PP = new Set(['with', 'to', 'for', 'against', 'on', 'at', 'between']);

/** The phrase starting at t0 is the object of a preposition attached to a noun ("a treaty with the Philippines"). */
function insideNounPhrase(tokens: Token[], t0: number): boolean {
  let k = t0 - 1;
  if (tokens[k]?.pos === 'DET') k--;
  return NOUN_PP.has(tokens[k]?.lower ?? '') && tokens[k - 1]?.pos === 'NOUN';
}

/** The place at t0 follows "in"/"at"/"near" after a verb that is not a participle modifying a noun. */
function adjunctOfVerb(tokens: Token[], t0: number): boolean {
  const v = tokens[t0 - 2];
  if (!v || v.pos !== 'VERB') return false;
  return !(v.lower.endsWith('ed') && (tokens[t0 - 3]?.pos === 'NOUN' || tokens[t0 - 3]?.pos === 'PROPN'));
}

/** A city or capital (not a country, nor a metonym of a government building). */
const cityUnit = (u: Unit) => {
  if (u.place?.kind === 'city') return true;
  const f = facts(u.entity);
  return !!f.ref?.startsWith('capital:') && f.kind === undefined;
};

/** Only noun-phrase words between a name and the trigger: the name modifies it ("an Israeli troop pullback"). */
function modifiesTrigger(tokens: Token[], t1: number, trigHead: number): boolean {
  // (a plural noun between heads a phrase of its own, or is a verb mis-tagged: "Morocco covers attacks")
  for (let k = t1; k < trigHead; k++) if (!inNP(tokens[k]!) || (tokens[k]!.pos === 'NOUN' && /[^su]s$/.test(tokens[k]!.lower))) return false;
  return true;
}

/** The verb ending before k has an object or an infinitive ("banned all rallies", "vowed to act"), not a preposition phrase. */
function takesObject(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (t.lower === 'to') return isVerbish(tokens[k + 1]?.pos ?? '');
  return t.pos === 'DET' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || t.pos === 'PRON';
}

/** The verb of the "to"-infinitive a bare verb at t0 is coordinated with (before the "and" at v), or -1. */
function sharedInfinitive(tokens: Token[], t0: number, v: number, s0: number): number {
  const w = tokens[t0]!.lower;
  if (w.endsWith('ed') || w.endsWith('ing') || (w.endsWith('s') && !w.endsWith('ss'))) return -1;
  for (let k = v - 1; k > s0 && k >= v - 8; k--) {
    const t = tokens[k]!;
    if (t.text === ',' || t.text === ';') return -1;
    if (t.lower === 'to' && tokens[k + 1]?.pos === 'VERB') return k + 1;
  }
  return -1;
}

/** The sentence ending before t1 is a headline: it closes without a full stop. */
const headline = (tokens: Token[], t1: number) => !/^[.!?"”']$/.test(tokens[t1 - 1]?.text ?? '.');

/** A list of predicates goes on after k: a later "and" + finite verb, with no new subject before it. */
function predicateListEnds(tokens: Token[], k: number, end: number): boolean {
  for (let j = k; j < end; j++) {
    const t = tokens[j]!;
    if (t.pos === 'SCONJ' || t.lower === 'who' || t.lower === 'which' || t.lower === 'that' || t.text === ';') return false;
    if (t.lower === 'and' && tokens[j + 1]?.pos === 'VERB' && !tokens[j + 1]!.lower.endsWith('ing')) return true;
  }
  return false;
}

/** Subject: nearest actor group before the trigger in its clause. */
const SAY = new Set(['said', 'says', 'say', 'saying', 'told', 'tells', 'added', 'adds', 'noted', 'claimed', 'claims', 'stated', 'insisted', 'explained', 'wrote']);

export function subjectOf(fc: FrameContext, sc: Scope, trig: Trigger, stopAtVerbs: boolean): { group: Group | null; noOne: boolean; at: number } {
  const { tokens, idx } = fc;
  const s0 = fc.cm.sentence.t0;
  const noun = trig.cp.pattern.pos === 'noun';
  let nominal = false; // a noun phrase seen between the candidate and the trigger
  let verb = false; // a verb seen between them
  let located: { group: Group; noOne: false; at: number } | null = null;
  let adp = false; // a preposition seen between ("as a result of torture")
  const start = subjectSearchStart(fc, trig);
  // (at the trigger, or at the first verb of its coordinated predicate: "The minister, X, said … and banned …")
  const named = noun ? null : appositiveName(fc, start + 1);
  if (named) return { group: named, noOne: false, at: named.t0 };
  // "arrested 12 people after clashes", "amid fighting": an event noun in a time phrase has no subject before it
  if (noun && BACKGROUND_TYPES.has(trig.cp.pattern.type)) {
    let j = trig.t0 - 1;
    while (j > s0 && (tokens[j]!.pos === 'DET' || tokens[j]!.pos === 'ADJ')) j--;
    if (TIME_PREPOSITION.has(tokens[j]?.lower ?? '')) return { group: null, noOne: false, at: -1 };
  }
  for (let k = start; k >= s0; k--) {
    if (!sc.ok(k)) continue;
    if (stopAtVerbs && fc.verbHeads.has(k) && fc.verbHeads.get(k) !== trig.cp.pattern.type) break;
    const t = tokens[k]!;
    // "They welcomed talks facilitated by X, and pledged to…": past ", and <verb>" the subject is the first clause's
    if (t.text === ',' && /^(and|but)$/.test(tokens[k + 1]?.lower ?? '') && isVerbish(tokens[k + 2]?.pos ?? '')) {
      let f = s0;
      while (f < k && !isVerbish(tokens[f]!.pos)) f++;
      if (f < k) { k = f; continue; }
    }
    // "Lithuania summoned the envoy and handed him a note of protest": the second verb of a
    // coordinated predicate shares the first one's subject
    if (noun && verb && (t.lower === 'and' || t.lower === 'but') && tokens[k + 1]?.pos === 'VERB' && tokens[k + 1]!.shape !== 'p' && !tokens[k + 1]!.lower.endsWith('ing')) {
      let f = fc.cm.clauses[clauseOf(fc.cm, k)]!.t0;
      while (f < k && !(isVerbish(tokens[f]!.pos) && tokens[f]!.pos !== 'AUX')) f++;
      if (f < k) { k = f; continue; }
    }
    // "officials said seamen were offering…": past a reporting verb lies the reporter, not the subject;
    // "X said the latest explosion…": an event noun in reported words has no subject there either
    if (isVerbish(t.pos) && (nominal ? REPORTING.has(t.lower) : noun && SAY.has(t.lower))) break;
    // "called on both parties to agree": the infinitive's subject is the object of the controlling verb, if anything
    if (!noun && k < trig.t0 - 2 && tokens[trig.t0 - 1]?.lower === 'to' && t.pos === 'VERB' && objectControl(t.lower)) {
      return { group: null, noOne: false, at: -1 };
    }
    // "Minsk would respond to any new sanctions", "X is blocking aid convoys": not the act's agent
    if (noun && t.pos === 'VERB' && formsOfClass('reactVerbs').has(t.lower)) break;
    // "Broadcasting Corporation, the explosion was…": an event noun takes a subject only across a verb
    if (noun && t.text === ',' && !verb) break;
    // "…hit Gaza as ceasefire talks stall": an event noun's subject is not beyond a subordinator that opens its phrase
    if (noun && t.pos === 'SCONJ' && !verb && !adp) break;
    if (t.pos === 'ADP') adp = true;
    if (isVerbish(t.pos) && t.shape !== 'p') verb = true;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') nominal = true;
    // "Israel's military said its jets struck…": the owner of a possessive subject is the actor
    if (!noun && (t.lower === 'its' || t.lower === 'their') && possessedSubject(tokens, k + 1, trig.t0)) {
      return { group: pronounAntecedent(fc, k, t.lower === 'its' ? 'it' : 'they'), noOne: false, at: k };
    }
    const ui = idx.at[k]!;
    if (ui >= 0) {
      const g = groupBackward(sc, idx.units[ui]!);
      const u = idx.units[ui]!;
      // "its treaty with the Philippines covers attacks": a name inside another noun's phrase is not an event noun's subject
      if (noun && insideNounPhrase(tokens, g.t0) && !modifiesTrigger(tokens, g.t1, trig.t0)) break;
      // "after the Ankara attack": a city modifying an event noun says where it happened, not who did it
      if (noun && g.units.length === 1 && cityUnit(u) && modifiesTrigger(tokens, g.t1, trig.t0)) break;
      // "Student leaders in Dhaka demanded": a place after "in" locates the subject before it
      if (!located && AFTER_LOCATIVE.has(tokens[g.t0 - 1]?.lower ?? '') && (u.place || u.entity?.type === 'LOCATION')) {
        located = { group: g, noOne: false, at: g.t0 };
        k = g.t0 - 1;
        continue;
      }
      const place = located?.group.units[0]?.country;
      if (place) for (const x of g.units) if (!x.country) idx.locate(x, place);
      return { group: g, noOne: false, at: g.t0 };
    }
    const w = tokens[k]!.lower;
    if (NO_ONE.has(w) || (w === 'one' && tokens[k - 1]?.lower === 'no')) return { group: null, noOne: true, at: w === 'one' ? k - 1 : k };
    if (SUBJECT_PRONOUN.has(w) && k + 1 < tokens.length && (isVerbish(tokens[k + 1]!.pos) || tokens[k + 1]!.pos === 'ADV')) {
      return { group: pronounAntecedent(fc, k, w), noOne: false, at: k };
    }
  }
  // (but not the place of another verb: "Envoys met in Doha to secure a truce"; a participle after a
  // noun is part of the subject: "a newspaper based in Beirut")
  if (located && !adjunctOfVerb(tokens, located.group.t0)) return located;
  // "The ministers condemned…" after "the foreign ministers of A, B and C"
  const collective = trig.t0 > s0 ? collectiveAntecedent(fc, s0, trig.t0) : null;
  return collective ? { group: collective, noOne: false, at: s0 } : { group: null, noOne: false, at: -1 };
}

const AFTER_LOCATIVE = new Set(['in', 'at', 'near']);
/** acts that a time phrase names as background ("after clashes", "amid protests"); not talks ("after talks with X") */
const BACKGROUND_TYPES = new Set(['ASSAULT', 'PROTEST', 'COERCE', 'MOBILIZE']);
const TIME_PREPOSITION = new Set(['after', 'before', 'during', 'amid', 'amidst', 'following', 'despite', 'since', 'until']);

/**
 * "His lawyer, Anne Roy, denied…", "Kenya's foreign minister, Musa Ali, accused…": a person named
 * in an appositive right after the sentence's first noun phrase, just before the verb, is the subject.
 */
function appositiveName(fc: FrameContext, verb: number): Group | null {
  const { tokens, cm, idx } = fc;
  let k = verb - 1;
  while (k > cm.sentence.t0 && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'PART')) k--;
  if (tokens[k]?.text !== ',') return null;
  const app = cm.clauses.find((c) => c.kind === 'appositive' && c.t1 === k);
  if (!app || tokens[app.t0 - 1]?.text !== ',') return null;
  for (let j = cm.sentence.t0; j < app.t0 - 1; j++) {
    if (!inNP(tokens[j]!) && tokens[j]!.pos !== 'DET' && tokens[j]!.pos !== 'PRON') return null;
    // "Kim Yo Jong, the sister of leader Kim Jong Un, threatened…": a person before the appositive is the subject
    if (idx.at[j]! >= 0 && idx.units[idx.at[j]!]!.kind === 'person') return null;
  }
  // the appositive is the name itself (with its title): it ends with the person
  const ui = idx.at[app.t1 - 1]!;
  const u = ui >= 0 ? idx.units[ui]! : null;
  return u && u.kind === 'person' ? { units: [u], t0: u.t0, t1: u.t1 } : null;
}

const THEY_PASSES: Array<[boolean, boolean]> = [[true, true], [true, false], [false, true], [false, false]];

/** The unit's last word is a plural common noun ("peacekeepers", "rebels"; not "Philippines", "news"). */
function pluralHead(tokens: Token[], u: { t1: number }): boolean {
  const t = tokens[u.t1 - 1]!;
  return t.pos === 'NOUN' && t.shape === 'x' && /[^su]s$/.test(t.lower);
}

/** The unit is a possessor ("China's") right after a verb or preposition: part of an object, not a subject. */
function objectPossessor(tokens: Token[], u: { t0: number; t1: number }): boolean {
  const next = tokens[u.t1]?.lower;
  if (next !== "'s" && next !== '’s') return false;
  let k = u.t0 - 1;
  if (tokens[k]?.pos === 'DET') k--;
  const before = tokens[k];
  return !!before && (before.pos === 'VERB' || before.pos === 'ADP');
}

/** The quote holding character offset `at`, if any. */
export const quoteAt = (fc: FrameContext, at: number) => fc.quotes.find((q) => q.start <= at && at < q.end);

/** "Syria says it will…": a pronoun subject stands for the nearest earlier actor of a fitting kind in the sentence. */
export function pronounAntecedent(fc: FrameContext, k: number, w: string): Group | null {
  if (w === 'we' || w === 'i' || w === 'our' || w === 'my') return quoteSpeaker(fc, k);
  const personal = w === 'he' || w === 'she';
  const anySc: Scope = { tokens: fc.tokens, idx: fc.idx, ok: (j) => j >= fc.cm.sentence.t0 && j < fc.cm.sentence.t1 };
  // "X gave Y a week … and said it would…": after a coordinated reporting verb, the pronoun is the sentence's subject
  let r = k - 1;
  if (fc.tokens[r]?.lower === 'that') r--;
  if (r > fc.cm.sentence.t0 && REPORTING.has(fc.tokens[r]!.lower) && fc.tokens[r - 1]!.lower === 'and') {
    for (let j = fc.cm.sentence.t0; j < r; j++) {
      const t = fc.tokens[j]!;
      if (isVerbish(t.pos) && t.shape !== 'p') break;
      const ui = fc.idx.at[j]!;
      if (ui < 0) continue;
      const u = fc.idx.units[ui]!;
      if (personal ? u.kind === 'person' : u.kind !== 'person') return w === 'they' ? groupForward(anySc, u) : { units: [u], t0: u.t0, t1: u.t1 };
      break;
    }
  }
  // "they"/"their" prefer a plural actor ("Niger's military rulers", "Russia and China") with a known country, else any
  for (const [needPlural, needCountry] of w === 'they' ? THEY_PASSES : [[false, false]]) {
    for (let j = k - 1; j >= fc.cm.sentence.t0; j--) {
      const ui = fc.idx.at[j]!;
      if (ui < 0) continue;
      const u = fc.idx.units[ui]!;
      if (needCountry && !u.country) continue;
      if (needPlural && !(u.kind === 'group' || pluralHead(fc.tokens, u) || groupBackward(anySc, u).units.length > 1)) continue;
      // "Russia, which has peacekeepers there, said it…": "it" is not a plural group, nor the
      // possessor inside another verb's object ("summoned China's envoy to protest what it called…")
      if (w === 'it' && (pluralHead(fc.tokens, u) || objectPossessor(fc.tokens, u))) continue;
      if (personal ? u.kind === 'person' : u.kind !== 'person' || w === 'they' || w === 'we') {
        return w === 'they' || w === 'we' ? groupBackward(anySc, u) : { units: [u], t0: u.t0, t1: u.t1 };
      }
    }
  }
  // not in this sentence: the first fitting actor of the sentence before ("Zeine said… He accused…")
  const s = fc.cm.sentence;
  const prev = fc.tokens[s.t0 - 1];
  if (!prev) return null;
  for (let j = s.t0 - 1; j >= 0 && fc.tokens[j]!.sent === prev.sent; j--) {
    const ui = fc.idx.at[j]!;
    if (ui < 0) continue;
    const u = fc.idx.units[ui]!;
    if ((personal ? u.kind === 'person' : u.kind !== 'person')) {
      // keep scanning back: the earliest fitting actor of that sentence is its subject
      let best = u;
      for (let i = u.t0 - 1; i >= 0 && fc.tokens[i]!.sent === prev.sent; i--) {
        const vi = fc.idx.at[i]!;
        if (vi >= 0 && (personal ? fc.idx.units[vi]!.kind === 'person' : fc.idx.units[vi]!.kind !== 'person')) best = fc.idx.units[vi]!;
      }
      // "they"/"it": only the subject of the sentence before, not an object after its verb
      // ("The ministers condemned the fighting between X and Y. They welcomed…" is not X)
      if (!personal) {
        const p0 = fc.tokens[best.t0]!.sent;
        for (let i = best.t0 - 1; i >= 0 && fc.tokens[i]!.sent === p0; i--) if (isVerbish(fc.tokens[i]!.pos)) return null;
      }
      // "Russia and China signed a pact. They also agreed…": "they" is the whole coordinated subject
      if (w === 'they') {
        const p0 = fc.tokens[best.t0]!.sent;
        return groupForward({ tokens: fc.tokens, idx: fc.idx, ok: (j) => fc.tokens[j]?.sent === p0 }, best);
      }
      return { units: [best], t0: best.t0, t1: best.t1 };
    }
  }
  return null;
}

/**
 * "“…we need urgent support…,” Manzo said": a first-person pronoun inside a quote is its speaker
 * (a mention of the speaker's actor); outside a quote, or with no speaker, it names no actor.
 */
function quoteSpeaker(fc: FrameContext, k: number): Group | null {
  const at = fc.tokens[k]!.start;
  const q = quoteAt(fc, at);
  if (!q?.speaker) return null;
  const u = fc.idx.units.find((x) => x.actor === q.speaker);
  return u ? { units: [u], t0: u.t0, t1: u.t1 } : null;
}

/** The actor a relative clause is about: "…, which …" → the phrase before; "– an approach that …" → the sentence subject. */
export function antecedentOf(fc: FrameContext, clauseStart: number): Group | null {
  const { tokens, idx } = fc;
  const s0 = fc.cm.sentence.t0;
  const anySc: Scope = { tokens, idx, ok: (j) => j >= s0 && j < fc.cm.sentence.t1 };
  let k = clauseStart - 1;
  if (k >= s0 && tokens[k]!.text === ',') k--;
  let sawSummary = false;
  while (k >= s0 && inNP(tokens[k]!) || (k >= s0 && tokens[k]!.pos === 'DET')) {
    if (idx.at[k]! >= 0) return groupBackward(anySc, idx.units[idx.at[k]!]!);
    if (SUMMARY_NOUN.has(tokens[k]!.lower)) sawSummary = true;
    k--;
  }
  if (!sawSummary) return null;
  for (let j = s0; j < clauseStart; j++) if (idx.at[j]! >= 0) return groupForward(anySc, idx.units[idx.at[j]!]!);
  return null;
}

