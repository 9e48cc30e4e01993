/**
 * Source and target of one trigger, from its clause: the subject before it (skipping relative
 * clauses and appositives, which carry other clause ids), the object or allowed preposition phrase
 * after it, the by-agent of a passive, possessors and nationality adjectives of event nouns, the
 * main-clause subject of a fronted phrase ("In talks with X, Y said"), pronoun subjects resolved to
 * the nearest earlier actor, and the antecedent of a relative clause ("an approach that X called …").
 */
import type { EventPattern } from '../../knowledge/event-patterns.js';
import type { FrameContext } from './frame.js';
import { enrich } from './frame.js';
import { headSector, type Unit } from './actor-index.js';
import { countryByIso3 } from '../../knowledge/countries.js';
import { antecedentOf, isPassive, pronounAntecedent, quoteAt, subjectOf } from './subject.js';
import { complementSubject, conditionSubject, objectOf } from './object.js';
import { clauseOf } from './clauses.js';
import { formsOfClass } from './lexicon.js';
import type { Trigger } from './triggers.js';
import { groupForward, type Group, type Scope } from './noun-phrase.js';
import { LOCATIVE, POSSESSIVE, REPORTING, isVerbish } from './words.js';

export type { FrameContext } from './frame.js';

export interface Args {
  source: Group | null;
  target: Group | null;
  /** the subject is "no one"/"nobody": kept as a negated event without source */
  noOne: boolean;
  passive: boolean;
  /** first token of the subject (or the clause), where modality cues start */
  windowStart: number;
}

const VERB_TARGETS = ['object', 'with', 'to', 'against', 'on', 'at', 'from', 'into', 'toward', 'towards', 'over', 'for', 'of', 'in', 'between', 'upon', 'onto', 'near', 'along', 'inside'];
const NOUN_TARGETS = ['with', 'against', 'on', 'to', 'of', 'between', 'from', 'into', 'over', 'toward', 'towards', 'in', 'for', 'upon'];

const targetsOf = new WeakMap<EventPattern, Set<string>>();
/** The prepositions (and "object") a pattern takes its target from, one set per pattern. */
function allowedTargets(p: EventPattern): Set<string> {
  let out = targetsOf.get(p);
  if (!out) targetsOf.set(p, (out = new Set(p.target ?? (p.pos === 'verb' ? VERB_TARGETS : NOUN_TARGETS))));
  return out;
}

/** Words that may sit between such a verb and its event noun ("faced mounting street protests"). */
const UNDERGO_GAP = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'ADV']);

/** The event noun at t0 is what the subject of a verb of undergoing (class undergoVerbs, or "came under") underwent: "faced protests", "came under attack". */
function undergone(tokens: FrameContext['tokens'], t0: number, s0: number): boolean {
  for (let k = t0 - 1; k >= s0 && k >= t0 - 4; k--) {
    const t = tokens[k]!;
    if (t.lower === 'under') return /^(came|come|comes|coming|was|were|is|are|been|be)$/.test(tokens[k - 1]?.lower ?? '');
    if (formsOfClass('undergoVerbs').has(t.lower)) return true;
    if (!UNDERGO_GAP.has(t.pos)) return false;
  }
  return false;
}

const withFromOf = new WeakMap<Set<string>, Set<string>>();
/** An event noun's allowed prepositions plus "from" (the doer of an act undergone: "criticism from X"). */
function withFrom(allowed: Set<string>): Set<string> {
  let out = withFromOf.get(allowed);
  if (!out) withFromOf.set(allowed, (out = new Set([...allowed, 'from'])));
  return out;
}

const isGerund = (t: FrameContext['tokens'][number] | undefined) => !!t && (t.pos === 'VERB' || t.pos === 'NOUN') && t.lower.endsWith('ing');

const SUFFER = new Set(['died', 'dies', 'die', 'suffered', 'suffers', 'succumbed', 'perished', 'injured', 'wounded', 'killed', 'hurt']);
const sufferedBetween = (fc: FrameContext, a: number, b: number) => {
  for (let k = a; k < b; k++) if (SUFFER.has(fc.tokens[k]!.lower) && fc.tokens[k]!.pos === 'VERB') return true;
  return false;
};

/** "its long-threatened invasion": the owner named by a possessive pronoun before an event noun. */
function possessorOf(fc: FrameContext, trig: Trigger): Group | null {
  const { tokens } = fc;
  for (let k = trig.t0 - 1; k >= fc.cm.sentence.t0 && k >= trig.t0 - 5; k--) {
    const t = tokens[k]!;
    if (POSSESSIVE.has(t.lower)) return pronounAntecedent(fc, k, t.lower === 'his' || t.lower === 'her' ? 'he' : 'they');
    if (!['ADJ', 'ADV', 'NOUN', 'VERB'].includes(t.pos) && t.text !== '-') return null;
  }
  return null;
}

/**
 * "Thousands of people protested in Caracas": a generic crowd as subject is located by the
 * event's place, the way event coders code it (people of that country).
 */
function locatedCrowd(fc: FrameContext, trig: Trigger, cl: number): Group | null {
  const { tokens, idx, cm } = fc;
  // crowds protest, fight and make demands; they do not meet, sign or give aid ("after talks in Almaty")
  if (!CROWD_ACTS.has(trig.cp.pattern.type)) return null;
  let crowd = -1;
  for (let k = trig.t0 - 1; k >= cm.sentence.t0; k--) {
    if (clauseOf(cm, k) !== cl) continue; // "Leaders of X (Freedom) coalition": skip the parenthesis
    if (idx.at[k]! >= 0) return null;
    // the head of a noun phrase, not a modifier ("a border deal")
    if ((tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'PROPN') && headSector(tokens[k]!.lower) && tokens[k + 1]?.pos !== 'NOUN') {
      // (not officials or leaders: where they meet says nothing of whom they represent)
      if (headSector(tokens[k]!.lower) !== 'GOV') crowd = k;
      break;
    }
  }
  if (crowd < 0) return null;
  const sector = headSector(tokens[crowd]!.lower)!;
  // the crowd is the clause's subject: no verb before it ("spoke to reporters after the protest in X" is not the reporters')
  for (let k = cm.clauses[cl]!.t0; k < crowd; k++) if (clauseOf(cm, k) === cl && isVerbish(tokens[k]!.pos) && tokens[k]!.shape !== 'p') return null;
  for (let k = trig.t1; k < cm.sentence.t1 && clauseOf(cm, k) === cl; k++) {
    const u = idx.units[idx.at[k]!];
    if (u?.country && (u.place || u.kind === 'country' || u.entity?.type === 'LOCATION') && LOCATIVE.has(tokens[u.t0 - 1]?.lower ?? '')) {
      // the crowd is that country's people of its sector, not the place itself (a capital stands for its government)
      const name = `${countryByIso3(u.country)?.name ?? u.country} (${sector})`;
      const people: Unit = { t0: u.t0, t1: u.t1, actor: idx.countryActor(u.country, sector, name), entity: null, place: u.place, kind: 'group', country: u.country };
      return { units: [people], t0: u.t0, t1: u.t1 };
    }
  }
  return null;
}

const CROWD_ACTS = new Set(['PROTEST', 'ASSAULT', 'COERCE', 'MOBILIZE', 'THREATEN', 'ACCUSE', 'REQUEST', 'REJECT']);

/** The first actor of the sentence before its first verb: the main clause's subject. */
function mainSubject(fc: FrameContext, before: number): Group | null {
  const { tokens, cm } = fc;
  const sc: Scope = { tokens, idx: fc.idx, ok: (j) => j >= cm.sentence.t0 && j < before };
  for (let k = cm.sentence.t0; k < before; k++) {
    // ("“X is a hacker empire,” spokesman Wang told a briefing, accusing…": not inside the quote)
    if (quoteAt(fc, tokens[k]!.start)) continue;
    if (isVerbish(tokens[k]!.pos) && tokens[k]!.shape !== 'p') return null;
    const ui = fc.idx.at[k]!;
    if (ui >= 0) return groupForward(sc, fc.idx.units[ui]!);
  }
  return null;
}

export function argumentsOf(fc: FrameContext, trig: Trigger): Args {
  const a = rawArguments(fc, trig);
  // "Indian and Chinese troops clashed": a reciprocal act by a compound subject is between its parties
  if (trig.cp.pattern.frame === 'reciprocal' && !a.target && a.source && a.source.units.length > 1) {
    const [first, ...rest] = a.source.units;
    a.target = { units: rest, t0: rest[0]!.t0, t1: a.source.t1 };
    a.source = { units: [first!], t0: a.source.t0, t1: first!.t1 };
  }
  if (!a.source && !a.noOne) a.source = locatedCrowd(fc, trig, clauseOf(fc.cm, trig.t0));
  a.source = enrich(fc, a.source);
  a.target = enrich(fc, a.target, true);
  return a;
}

function rawArguments(fc: FrameContext, trig: Trigger): Args {
  const { tokens, cm } = fc;
  const p = trig.cp.pattern;
  const s0 = cm.sentence.t0;
  const cl = clauseOf(cm, trig.t0);
  const clause = cm.clauses[cl]!;
  const sc: Scope = { tokens, idx: fc.idx, ok: (k) => k >= s0 && k < cm.sentence.t1 && clauseOf(cm, k) === cl };
  const allowed = allowedTargets(p);
  const out: Args = { source: null, target: null, noOne: false, passive: false, windowStart: clause.t0 };

  let r = trig.t0 - 1;
  if (p.frame === 'speaker') while (r >= s0 && !REPORTING.has(tokens[r]!.lower)) r--;
  if (p.frame === 'speaker' && r >= s0) {
    // "X said Y must withdraw": the speaker demands something of the subject
    const subj = subjectOf(fc, sc, trig, false);
    const anySc: Scope = { tokens, idx: fc.idx, ok: (k) => k >= s0 && k < r };
    const speaker = subjectOf(fc, anySc, { cp: trig.cp, t0: r, t1: trig.t1 }, false);
    out.source = speaker.group;
    out.target = subj.group;
    out.windowStart = trig.t0;
    return out;
  }

  const underwent = p.pos === 'noun' && undergone(tokens, trig.t0, s0);
  const { target, agent, via } = objectOf(fc, sc, trig, underwent ? withFrom(allowed) : allowed);
  // "denied sending missiles to Russia": a gerund complement (of class propositionVerbs) is a claim denied; its parties are not the target
  out.target = target && formsOfClass('propositionVerbs').has(tokens[trig.t0]!.lower) && isGerund(tokens[trig.t1]) ? null : target;
  // "banned flights by Iran Air to the EU": the object's own agent, named first, is whom the act is aimed at
  if (p.pos === 'verb' && agent && out.target && agent.t0 < out.target.t0 && !isPassive(tokens, trig.t0, s0)) out.target = agent;
  if (p.pos === 'verb' && isPassive(tokens, trig.t0, s0) && (agent || tokens[trig.t1]?.lower !== 'to')) {
    out.passive = true;
    out.source = agent;
    const subj = subjectOf(fc, sc, trig, true);
    out.target = subj.group ?? (agent ? null : target);
    // "Kenya, backed by the United States, sent…": a set-off participle is about the phrase before it
    if (!subj.group && clause.kind === 'appositive' && clause.t0 === trig.t0) out.target = antecedentOf(fc, clause.t0) ?? out.target;
    if (subj.at >= 0) out.windowStart = subj.at;
    return out;
  }
  if (underwent) {
    // "X faced protests", "X came under attack from Y": the subject undergoes the act; its doer is the by- or from-phrase
    const subj = subjectOf(fc, sc, trig, true);
    out.target = subj.group;
    out.source = agent ?? (via === 'from' ? target : null);
    if (subj.at >= 0) out.windowStart = subj.at;
    return out;
  }
  if (p.pos === 'noun' && agent) out.source = agent;
  if (p.pos === 'noun' && !out.source) out.source = possessorOf(fc, trig);
  if (p.pos === 'noun' && !out.source) {
    // "X died as a result of torture in Israeli custody": the subject of a suffering verb is the victim
    const subj = subjectOf(fc, sc, trig, true);
    if (subj.group && sufferedBetween(fc, subj.group.t1, trig.t0)) {
      out.target = subj.group;
      for (let k = trig.t1; k < cm.sentence.t1; k++) {
        if (!sc.ok(k) || fc.idx.at[k]! < 0) continue;
        out.source = groupForward(sc, fc.idx.units[fc.idx.at[k]!]!);
        break;
      }
      return out;
    }
  }
  if (p.pos !== 'noun' && !out.target && agent) out.target = agent; // "demanded an admission by X"
  if (p.pos !== 'noun' && !out.target) out.target = complementSubject(fc, trig, cl);
  if (p.type === 'THREATEN' || p.type === 'REQUEST' || !out.target) {
    // a threat's target is whoever the condition is put to ("…unless Baghdad accepts")
    const cond = p.type === 'THREATEN' || p.type === 'REQUEST' ? conditionSubject(fc, trig) : null;
    if (cond && (!out.target || cond.units.some((u) => u.country))) out.target = cond;
  }
  if (p.pos === 'noun' && !agent && via === 'between' && target && target.units.length > 1) {
    // "fighting between X and Y", "talks between X and Y": the first party is the source
    out.source = { units: [target.units[0]!], t0: target.t0, t1: target.units[0]!.t1 };
    out.target = { units: target.units.slice(1), t0: target.units[1]!.t0, t1: target.t1 };
    return out;
  }
  if (p.pos === 'verb' && !out.source && tokens[trig.t0]!.lower.endsWith('ing') && tokens[trig.t0 - 1]?.text === ',') {
    // ", killing 15 people": a participle clause's subject is the subject of the clause it hangs on
    // (none found: the subject is not an actor, and no phrase of the main clause is it)
    out.source = mainSubject(fc, trig.t0);
    return out;
  }
  // "clashes between herders and farmers": the parties are named, just not as actors; the clause's subject is not one of them
  if (p.pos === 'noun' && !out.source && !out.target && tokens[trig.t1]?.lower === 'between') return out;
  if (!out.source) {
    const subj = subjectOf(fc, sc, trig, p.pos === 'noun');
    out.source = subj.group;
    out.noOne = subj.noOne;
    if (subj.at >= 0) out.windowStart = subj.at;
  }
  const firstWord = tokens[clause.t0]!;
  let objectRelative = false;
  if (clause.kind === 'relative' && !out.noOne) {
    // "X, which attacked Y": the antecedent is the subject; "the plan that X rejected": it is the object
    if (!out.source) out.source = antecedentOf(fc, clause.t0);
    else objectRelative = true;
  }
  if (!out.source && !out.noOne && /^(but|and|while|yet)$/.test(firstWord.lower) && isVerbish(tokens[clause.t0 + 1]?.pos ?? '')) {
    // "X opened its borders, but was still refusing…": the elided subject is the sentence's first actor
    // (only an actor before the sentence's first verb is its subject: "They welcomed talks facilitated by X, and pledged…" is not X)
    for (let k = s0; k < clause.t0; k++) {
      if (isVerbish(tokens[k]!.pos)) break;
      const ui = fc.idx.at[k]!;
      if (ui >= 0) { out.source = groupForward({ tokens, idx: fc.idx, ok: (j) => j < clause.t0 }, fc.idx.units[ui]!); break; }
    }
  }
  if (!out.source && !out.noOne && (firstWord.pos === 'ADP' || firstWord.pos === 'SCONJ')) {
    // fronted phrase: "In talks with X, Y said…" / "At a summit in June, Y told Z…"
    let k = Math.max(trig.t1, out.target?.t1 ?? 0);
    while (k < cm.sentence.t1 && sc.ok(k) && tokens[k]!.text !== ',') k++;
    for (k++; k < cm.sentence.t1 && sc.ok(k); k++) {
      const ui = fc.idx.at[k]!;
      if (ui < 0) continue;
      const g = groupForward(sc, fc.idx.units[ui]!);
      out.source = g;
      if (!out.target) {
        let v = g.t1;
        while (v < cm.sentence.t1 && sc.ok(v) && !isVerbish(tokens[v]!.pos)) v++;
        for (; v < cm.sentence.t1 && sc.ok(v); v++) {
          const vi = fc.idx.at[v]!;
          if (vi >= 0) { out.target = groupForward(sc, fc.idx.units[vi]!); break; }
        }
      }
      break;
    }
  }
  if (!out.target && objectRelative && p.target?.includes('object') !== false) {
    const ante = antecedentOf(fc, clause.t0);
    if (ante && !ante.units.some((u) => out.source!.units.includes(u))) out.target = ante;
  }
  return out;
}
