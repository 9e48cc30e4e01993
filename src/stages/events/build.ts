/**
 * Turns one sentence's triggers into events: arguments, modality, intent verbs retyped by the
 * action they embed ("vowed to fight" → THREATEN), expressed intent derived from a future act
 * ("will send troops" → THREATEN beside the hypothetical MOBILIZE), rejection derived from a
 * negated cooperative act ("will not accept" → REJECT), then duplicates removed.
 */
import type { Doc, Event, PloverType, Span } from '../../types.js';
import { eventPatterns } from '../../knowledge/event-patterns.js';
import { isConflict, isMaterial } from '../../knowledge/plover.js';
import type { ActorIndex } from './actor-index.js';
import { argumentsOf, type FrameContext } from './arguments.js';
import { clauseOf, type ClauseMap } from './clauses.js';
import type { Group } from './noun-phrase.js';
import { modalityOf } from './modality.js';
import { contextsOf, dateOf, modeCue, placeOf } from './attach.js';
import type { Trigger } from './triggers.js';
import { HARD_BREAK, SUBJECT_PRONOUN, isVerbish } from './words.js';
import { classWordIn, formsOfClass } from './lexicon.js';
import { applyDefaults, type DefaultsContext } from './defaults.js';
import { objectControl } from './subject.js';

interface Draft {
  trig: Trigger;
  type: PloverType;
  rule: string;
  source: string[];
  target: string[];
  negated: boolean;
  hypothetical: boolean;
  noOne: boolean;
  conditional: boolean;
  ownNegation: boolean;
  spans: Span[];
  confidence: number;
  derived: boolean;
  /** a mode set by a refinement that changed the type (else the clause's cue or the pattern's) */
  mode?: string;
  /** the source names states themselves ("Vietnam", "the foreign ministry"), not their people ("Sudanese", "students from Chile") */
  stateSource: boolean;
}

/** A derived reading of a draft: a full literal in the drafts' own order (one hidden class for all drafts), not a spread. */
const derive = (d: Draft, type: PloverType, rule: string, negated: boolean): Draft => ({
  trig: d.trig, type, rule, source: d.source, target: d.target, negated, hypothetical: false, conditional: d.conditional,
  ownNegation: d.ownNegation, noOne: d.noOne, spans: d.spans, confidence: d.confidence - 0.1, derived: true,
  stateSource: d.stateSource, mode: d.mode,
});

let intentIds: Set<string> | null = null;
const LABOUR = new Set(['LAB', 'CVL', 'EDU', 'HLH']);

const idsOf = (idx: ActorIndex, g: Group | null) => {
  const out: string[] = [];
  for (const u of g?.units ?? []) {
    const id = idx.resolve(u);
    if (id && !out.includes(id)) out.push(id);
  }
  return out;
};

export function sentenceEvents(doc: Doc, idx: ActorIndex, cm: ClauseMap, triggers: Trigger[], dc?: DefaultsContext): Omit<Event, 'id'>[] {
  intentIds ??= new Set(eventPatterns().intentVerbs);
  const tokens = doc.tokens;
  const verbHeads = new Map(triggers.filter((t) => t.cp.pattern.pos === 'verb' && tokens[t.t1]?.lower !== 'to').map((t) => [t.t0, t.cp.pattern.type]));
  const fc: FrameContext = { tokens, idx, cm, verbHeads, quotes: doc.quotes, text: doc.text };
  const drafts: Draft[] = [];
  // acts requested or sought: hypothetical, and expressing no intent of their own
  const requested = new Set<Draft>();
  for (const trig of triggers) {
    // "floods, which killed 1,700 people", "destroyed by a cyclone": nature is no party to an event
    if (trig.cp.pattern.type === 'ASSAULT' || trig.cp.pattern.type === 'COERCE') { if (hazardCause(tokens, trig, cm.sentence.t0, cm.sentence.t1)) continue; }
    if (restatesVerb(tokens, trig, triggers, cm.sentence.t0)) continue;
    const a = argumentsOf(fc, trig);
    const m = modalityOf(tokens, cm, trig.t0, a.windowStart, trig.cp.pattern.pos !== 'noun');
    const source = idsOf(idx, a.source);
    // a target is dropped only when it is the very phrase of the source; another mention of the
    // same country is kept ("Sudan's government lifted the emergency in West Darfur" → SDN → SDN)
    // a person is never their own target ("“I don't accept that,” Ms Moss replied")
    // pushed into a literal, not .filter (whose empty result has small-integer elements): one elements kind for all targets
    const target: string[] = [];
    for (const id of idsOf(idx, a.target ? { units: a.target.units.filter((u) => !a.source?.units.includes(u)), t0: a.target.t0, t1: a.target.t1 } : null)) {
      if (!source.includes(id) || doc.actors.find((x) => x.id === id)?.kind !== 'person') target.push(id);
    }
    if (trig.cp.pattern.id === 'threaten.warn' && !warnsOfOwnAct(doc, idx, trig, a.source)) continue;
    // "fought hard against cutbacks", "the fight against corruption": a fight with no party on the other side is a figure of speech
    if (trig.cp.pattern.id.startsWith('assault.fight') && !target.length && figurativeFight(tokens, trig, cm.sentence.t1)) continue;
    // "Reagan, fighting to regain public confidence": a fight for an aim that is not a military one
    if (trig.cp.pattern.id.startsWith('assault.fight') && tokens[trig.t1]?.lower === 'to' && tokens[trig.t1 + 1]?.pos === 'VERB' && !formsOfClass('fightAims').has(tokens[trig.t1 + 1]!.lower)) continue;
    const needs = trig.cp.pattern.needs;
    if (needs && !target.length && (needs === 'target' || !classWordNear(tokens, trig, cm.sentence.t0, cm.sentence.t1, needs))) continue;
    const spans: Span[] = [{ start: tokens[trig.t0]!.start, end: tokens[trig.t1 - 1]!.end }];
    // a side found in an earlier sentence (a pronoun's or a collective's antecedent) is not part of this sentence's evidence
    for (const g of [a.source, a.target]) if (g && g.t0 >= cm.sentence.t0 && g.t1 <= cm.sentence.t1) spans.push({ start: tokens[g.t0]!.start, end: tokens[g.t1 - 1]!.end });
    const p = trig.cp.pattern;
    const draft: Draft = {
      trig, type: p.type, rule: p.id, source, target, negated: m.negated, hypothetical: m.hypothetical, conditional: m.conditional, ownNegation: m.ownNegation, noOne: a.noOne, spans,
      confidence: 0.5 + (source.length ? 0.2 : 0) + (target.length ? 0.15 : 0) + (a.passive ? -0.05 : 0), derived: false,
      stateSource: !!a.source && !/^(of|from)$/.test(tokens[a.source.t0 - 1]?.lower ?? '') && a.source.units.every((u) => u.entity?.type !== 'NORP' && (u.kind === 'country' || u.kind === 'igo' || doc.actors.find((x) => x.id === idx.resolve(u))?.sector === 'GOV')),
      mode: undefined,
    };
    drafts.push(draft);
    if (m.sought) requested.add(draft);
  }
  // "Will Kenya withdraw its troops?": an act asked about is hypothetical and announces nothing
  const question = tokens[cm.sentence.t1 - 1]?.text === '?';
  if (question) for (const d of drafts) d.hypothetical = true;
  // "called on the Council to impose an embargo": the act requested is hypothetical (and expresses no intent of its own)
  for (const d of drafts) {
    if (d.type !== 'REQUEST') continue;
    const cl = clauseOf(cm, d.trig.t0);
    for (const e of drafts) {
      if (e === d || e.trig.t0 <= d.trig.t1 || e.trig.t0 - d.trig.t1 > 10) continue;
      // "urged X to withdraw", or the complement clause "demanded that Beijing withdraw its ships"
      if (!(clauseOf(cm, e.trig.t0) === cl && toBefore(tokens, e.trig.t0)) && !thatComplement(tokens, d.trig.t1, e.trig.t0)) continue;
      e.hypothetical = true;
      requested.add(e);
    }
  }
  // "we will strike", "dockers struck for a week", "striking for a pay rise": a strike without a target by workers,
  // unions or citizens, or in a sentence about pay or workers (labourCues), is a labour strike
  for (const d of drafts) {
    if (d.rule !== 'assault.strike' || d.target.length || !d.source.length) continue;
    if (d.source.every((id) => LABOUR.has(doc.actors.find((a) => a.id === id)?.sector ?? '')) || classWordIn(tokens, cm.sentence.t0, cm.sentence.t1, 'labourCues')) { d.type = 'PROTEST'; d.rule += ':labour'; }
  }
  // "Vietnam protested against China's new map": a state's protest is an official complaint (ACCUSE), not a demonstration
  for (const d of drafts) {
    if (d.type !== 'PROTEST' || d.trig.cp.pattern.mode !== 'demo' || !d.source.length) continue;
    if (d.stateSource) { d.type = 'ACCUSE'; d.rule += ':official'; d.mode = 'disapprove'; }
  }
  // intent verbs take the polarity of the action they embed; the embedded action is hypothetical
  for (const d of drafts) {
    if (!intentIds.has(d.rule)) continue;
    // the action right after "to" ("pledged to work", "agreed to postpone": not a noun further on)
    let k = d.trig.t1;
    // "agreed in principle on Saturday to provide": adverbials may sit between, a verb or comma may not
    while (k < cm.sentence.t1 && k < d.trig.t1 + 7 && tokens[k]!.lower !== 'to' && tokens[k]!.text !== ',' && !(k > d.trig.t1 && tokens[k]!.pos === 'VERB')) k++;
    k++;
    while (k < cm.sentence.t1 && tokens[k]!.pos === 'ADV') k++;
    // the act itself, or an event noun right after a plain verb ("agreed to widen sanctions", "vowed to send more troops")
    const inner = tokens[k - 1]?.lower === 'to' || tokens[k - 1]?.pos === 'ADV'
      ? drafts.find((e) => e.trig.t0 === k) ?? drafts.find((e) => e.trig.cp.pattern.pos === 'noun' && e.trig.t0 > k && e.trig.t0 <= k + 3 && verbThenNominal(tokens, k, e.trig.t0))
      : undefined;
    if (!inner) {
      // "pledged $5 billion in aid to Ukraine": an act named in the object is promised by the subject
      // ("EU agrees new sanctions on Iran": the noun's own subject search found the promiser itself)
      const promised = drafts.find((e) => e.trig.cp.pattern.pos === 'noun' && (!e.source.length || sameIds(e.source, d.source)) && e.trig.t0 >= d.trig.t1 && e.trig.t0 - d.trig.t1 <= 6
        && tokens.slice(d.trig.t1, e.trig.t0).every((t) => !isVerbish(t.pos) && t.text !== ','));
      if (promised) {
        promised.hypothetical = true;
        promised.source = d.source;
        if (isConflict(promised.type)) { d.type = 'THREATEN'; d.rule += ':conflict'; }
      }
      continue;
    }
    inner.hypothetical = true;
    // "the junta vowed to hunt down…": the act promised is the promiser's (subject control)
    if (!inner.source.length || (d.source.length && tokens[inner.trig.t0 - 1]?.lower === 'to')) inner.source = d.source;
    if (isConflict(inner.type)) { d.type = 'THREATEN'; d.rule += ':conflict'; }
    if (!d.target.length) d.target = inner.target;
  }
  const extra: Draft[] = [];
  for (const d of drafts) {
    const governed = drafts.some((e) => e !== d && e.trig.t0 < d.trig.t0 && d.trig.t0 - e.trig.t1 <= 4 && ['AGREE', 'THREATEN', 'REQUEST', 'REJECT'].includes(e.type));
    // an announced act expresses intent; so does an announced meeting ("will visit", "would meet")
    if (d.hypothetical && !question && !requested.has(d) && !d.conditional && !d.negated && (isMaterial(d.type) || d.type === 'CONSULT') && !governed && d.source.length && !controlledInfinitive(tokens, d.trig.t0) && tokens[d.trig.t0 - 1]?.lower !== 'any') {
      // an act announced under a condition on the target ("…unless X agrees") is a threat whatever its kind
      const ultimatum = cm.clauses.some((c) => c.kind === 'subordinate' && c.t0 > d.trig.t0 && /^(unless|until)$/.test(tokens[c.t0]!.lower));
      const type = isConflict(d.type) || ultimatum ? 'THREATEN' : 'AGREE';
      extra.push(derive(d, type, d.rule + '+intent', d.negated));
    }
    if (d.ownNegation && !d.conditional && !isConflict(d.type) && !governed && d.source.length) {
      extra.push(derive(d, 'REJECT', d.rule + '+negated', false));
    }
  }
  const out: Omit<Event, 'id'>[] = [];
  const seen = new Set<string>();
  for (const d of [...drafts, ...extra].sort((x, y) => Number(x.derived) - Number(y.derived) || y.confidence - x.confidence)) {
    if (!d.source.length && !d.noOne && !(d.target.length && isMaterial(d.type))) continue;
    // "cut the reserve ratio to support lending": a purpose infinitive backing no one is no SUPPORT event
    if (d.type === 'SUPPORT' && !d.target.length && !d.derived && tokens[d.trig.t0 - 1]?.lower === 'to' && !d.hypothetical) continue;
    const e = dc ? applyDefaults(doc, dc, finish(doc, cm, d)) : finish(doc, cm, d);
    const key = `${e.type}|${[...e.source].sort()}|${[...e.target].sort()}|${e.negated}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out.sort((a, b) => a.trigger.start - b.trigger.start);
}

/**
 * "warned that it would respond" threatens; "warned that families were living in tents" and "warned
 * of famine" only alert: a warning with no addressee threatens only when its clause is about the
 * source's own act (a pronoun or the source itself as the subject after "that").
 */
function warnsOfOwnAct(doc: Doc, idx: ActorIndex, trig: Trigger, source: Group | null): boolean {
  const tokens = doc.tokens;
  const next = tokens[trig.t1]?.lower;
  if (next === 'of' || next === 'about') return false;
  if (next !== 'that') return true;
  let k = trig.t1 + 1;
  if (tokens[k]?.pos === 'DET') k++;
  const subj = tokens[k];
  if (!subj) return false;
  if (SUBJECT_PRONOUN.has(subj.lower)) return true;
  // the source itself, or its own state's forces ("the security chief warned that police will…")
  const ui = idx.at[k]!;
  if (ui < 0 || !source) return false;
  const u = idx.units[ui]!;
  const id = idx.resolve(u);
  const a = id ? doc.actors.find((x) => x.id === id) : undefined;
  return source.units.some((s) => (s.actor !== null && s.actor === id) || (!!s.country && s.country === u.country && STATE_FORCES.has(a?.sector ?? '')));
}
const STATE_FORCES = new Set(['GOV', 'MIL', 'COP', 'SPY']);

function figurativeFight(tokens: Doc['tokens'], trig: Trigger, s1: number): boolean {
  let k = trig.t1;
  while (k < s1 && (tokens[k]!.pos === 'ADV' || (tokens[k]!.pos === 'ADJ' && k === trig.t1))) k++; // "fought hard against"
  return /^(against|for)$/.test(tokens[k]?.lower ?? '');
}

/** A word of the class near the trigger: its object after it ("released 20 hostages") or a passive subject before ("hostages were released"). */
function classWordNear(tokens: Doc['tokens'], trig: Trigger, s0: number, s1: number, cls: string): boolean {
  if (classWordIn(tokens, Math.max(s0, trig.t0 - 4), trig.t0, cls)) return true;
  const words = formsOfClass(cls);
  for (let k = trig.t1; k < s1 && k < trig.t1 + 6; k++) {
    const t = tokens[k]!;
    if (words.has(t.lower)) return true;
    if (t.text === ',' || (t.pos === 'VERB' && k > trig.t1)) return false;
  }
  return false;
}

const SKIP_TO_CAUSE = new Set(['ADV', 'AUX', 'PART', 'DET', 'ADJ', 'NUM']);
/** The noun just before the trigger (or after a "by" just after it) is a natural hazard or an accident. */
function hazardCause(tokens: Doc['tokens'], trig: Trigger, s0: number, s1: number): boolean {
  const hazards = formsOfClass('hazards');
  let k = trig.t0 - 1;
  while (k >= s0 && (SKIP_TO_CAUSE.has(tokens[k]!.pos) || /^(which|that|,|have|has|had)$/.test(tokens[k]!.lower))) k--;
  if (k >= s0 && tokens[k]!.pos === 'NOUN' && hazards.has(tokens[k]!.lower)) return true;
  let j = trig.t1;
  if (tokens[j]?.lower !== 'by') return false;
  for (j++; j < s1 && SKIP_TO_CAUSE.has(tokens[j]!.pos); j++);
  return j < s1 && tokens[j]!.pos === 'NOUN' && hazards.has(tokens[j]!.lower);
}

/** "would encourage Iran to take hostages": an infinitive whose subject is another verb's object states no intent of its own. */
function controlledInfinitive(tokens: Doc['tokens'], k: number): boolean {
  if (tokens[k - 1]?.lower !== 'to') return false;
  for (let j = k - 3; j >= 0 && j >= k - 7; j--) {
    const t = tokens[j]!;
    if (t.pos === 'VERB') return objectControl(t.lower);
    if (t.text === ',' || t.pos === 'AUX') return false;
  }
  return false;
}

/** A "to" opens the phrase of the trigger at k: "to impose", "to impose an arms embargo". */
/**
 * "Gunmen killed 30 villagers in an attack on a market": an event noun in the adjunct of a verb
 * of the same type, a few words on, names that verb's act again (its phrase has no subject of its own).
 */
function restatesVerb(tokens: Doc['tokens'], trig: Trigger, triggers: Trigger[], s0: number): boolean {
  if (trig.cp.pattern.pos !== 'noun') return false;
  // "have provided the regime military hardware and economic aid": the verb's own object names its act again
  // (not talks a host convenes: "hosted ceasefire talks between X and Y" are X's and Y's)
  const verb = trig.cp.pattern.type === 'CONSULT' ? undefined
    : triggers.find((v) => v.cp.pattern.pos === 'verb' && v.cp.pattern.type === trig.cp.pattern.type && v.t1 <= trig.t0 && trig.t0 - v.t1 <= 8);
  // (the object only: no preposition between but "of", as in "after fierce fighting with guerrillas")
  if (verb && objectOnly(tokens, verb.t1, trig.t0)) return true;
  let j = trig.t0 - 1;
  while (j > s0 && (tokens[j]!.pos === 'DET' || tokens[j]!.pos === 'ADJ')) j--;
  if (tokens[j]?.lower !== 'in' && tokens[j]?.lower !== 'during') return false;
  return triggers.some((v) => v.cp.pattern.pos === 'verb' && v.cp.pattern.type === trig.cp.pattern.type && v.t1 <= j && j - v.t1 <= 12);
}

const sameIds = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Tokens [a, b) hold no verb, clause break or preposition but "of": an object noun phrase. */
function objectOnly(tokens: Doc['tokens'], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (isVerbish(t.pos) || t.text === ',' || t.text === ';' || (t.pos === 'ADP' && t.lower !== 'of')) return false;
  }
  return true;
}

/** "demanded that Beijing withdraw": the verb at k opens the that-clause right after a, with only its subject between. */
function thatComplement(tokens: Doc['tokens'], a: number, k: number): boolean {
  if (tokens[a]?.lower !== 'that') return false;
  for (let j = a + 1; j < k; j++) if (isVerbish(tokens[j]!.pos) && tokens[j]!.pos !== 'AUX') return false;
  return true;
}

function toBefore(tokens: Doc['tokens'], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 5; j--) {
    const t = tokens[j]!;
    if (t.lower === 'to') return j === k - 1 || tokens[j + 1]!.pos === 'VERB';
    if (!['VERB', 'DET', 'ADJ', 'NOUN', 'NUM', 'ADV'].includes(t.pos)) return false;
  }
  return false;
}

/** tokens[k] is a verb that carries out the act its object names (ontology class carryOutVerbs; "postpone" is not) and (k, end) only determiners, adjectives and numbers: "widen [new] sanctions". */
function verbThenNominal(tokens: Doc['tokens'], k: number, end: number): boolean {
  if (tokens[k]?.pos !== 'VERB' || !formsOfClass('carryOutVerbs').has(tokens[k]!.lower)) return false;
  for (let j = k + 1; j < end; j++) if (!['DET', 'ADJ', 'NUM'].includes(tokens[j]!.pos)) return false;
  return true;
}

/** The part of the sentence between hard breaks (";", ":", dashes) around token k. */
function segmentOf(tokens: Doc['tokens'], s: ClauseMap['sentence'], k: number): Span {
  let a = k;
  while (a > s.t0 && !HARD_BREAK.has(tokens[a - 1]!.text)) a--;
  let b = k;
  while (b < s.t1 - 1 && !HARD_BREAK.has(tokens[b + 1]!.text)) b++;
  return { start: tokens[a]!.start, end: tokens[b]!.end };
}

function finish(doc: Doc, cm: ClauseMap, d: Draft): Omit<Event, 'id'> {
  const tokens = doc.tokens;
  const s = cm.sentence;
  const trigger = d.spans[0]!;
  // evidence: the clauses holding trigger and arguments, or the sentence when they spread wider
  let start = Math.min(...d.spans.map((x) => x.start));
  let end = Math.max(...d.spans.map((x) => x.end));
  const cl = cm.clauses[clauseOf(cm, d.trig.t0)]!;
  const clauseSpan = { start: tokens[cl.t0]!.start, end: tokens[Math.max(cl.t0, cl.t1 - 1)]!.end };
  if (start >= clauseSpan.start && end <= clauseSpan.end) { start = clauseSpan.start; end = clauseSpan.end; }
  else { start = Math.min(start, clauseSpan.start); end = Math.max(end, clauseSpan.end); }
  const evidence = { start, end };
  const p = d.trig.cp.pattern;
  let mode = d.mode ?? modeCue(d.type, tokens, cl.t0, cl.t1);
  if (!mode && d.type === 'CONSULT' && d.source.length + d.target.length >= 3) mode = 'multilateral';
  if (!mode && d.type === p.type) mode = p.mode ?? null;
  return {
    type: d.type,
    mode,
    contexts: contextsOf(doc, evidence),
    source: d.source,
    target: d.target,
    date: dateOf(doc, clauseSpan, segmentOf(tokens, s, cl.t0), trigger),
    place: placeOf(doc, evidence, d.spans.slice(1)),
    negated: d.negated,
    hypothetical: d.hypothetical,
    sentence: s.i,
    trigger,
    evidence,
    rule: d.rule,
    confidence: Math.round(Math.max(0.05, Math.min(0.95, d.confidence)) * 100) / 100,
  };
}
