/**
 * Source and target of one trigger, from its clause: the subject before it (skipping relative
 * clauses and appositives, which carry other clause ids), the object or allowed preposition phrase
 * after it, the by-agent of a passive, possessors and nationality adjectives of event nouns, the
 * main-clause subject of a fronted phrase ("In talks with X, Y said"), pronoun subjects resolved to
 * the nearest earlier actor, and the antecedent of a relative clause ("an approach that X called …").
 */
import type { Token } from '../../types.js';
import type { ActorIndex } from './actor-index.js';
import { clauseOf, type ClauseMap } from './clauses.js';
import type { Trigger } from './triggers.js';
import { groupBackward, groupForward, inNP, type Group, type Scope } from './noun-phrase.js';
import { BE, NO_ONE, REPORTING, SUBJECT_PRONOUN, SUMMARY_NOUN, isVerbish } from './words.js';

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

export interface FrameContext {
  tokens: Token[];
  idx: ActorIndex;
  cm: ClauseMap;
  /** head token index -> type of the sentence's verb triggers not followed by "to" (a noun's subject search does not cross one of another type) */
  verbHeads: Map<number, string>;
}

function isPassive(tokens: Token[], i: number, s0: number): boolean {
  const t = tokens[i]!;
  if (!isVerbish(t.pos) || t.lower.endsWith('ing') || !/(ed|en|wn|ht|ck|ng|nt|ld|ot|ut)$/.test(t.lower)) return false;
  for (let k = i - 1; k >= s0 && k >= i - 3; k--) {
    const w = tokens[k]!;
    if (BE.has(w.lower)) return w.lower !== "'s" || tokens[k + 1]!.lower === 'been';
    if (w.pos !== 'ADV' && w.pos !== 'PART') return false;
  }
  return false;
}

const POSSESSIVE = new Set(['its', 'their', 'his', 'her', 'our']);

/** A group with at least one unit whose country is known. */
function withCountry(fc: FrameContext, g: Group): boolean {
  return g.units.some((u) => u.country);
}

/**
 * Gives countryless units a country from their own phrase: a nationality or possessor before them
 * ("Bosnian Serbs", "Sudan's army") or the antecedent of a possessive ("their forces").
 */
export function enrich(fc: FrameContext, g: Group | null, lookRight = false): Group | null {
  if (!g || withCountry(fc, g)) return g;
  const { tokens, idx } = fc;
  const s0 = fc.cm.sentence.t0;
  const units = g.units.map((u) => {
    for (let k = u.t0 - 1; k >= s0 && k >= u.t0 - 4; k--) {
      const t = tokens[k]!;
      const ui = idx.at[k]!;
      if (ui >= 0 && idx.units[ui]!.country) return idx.units[ui]!;
      if (POSSESSIVE.has(t.lower)) {
        const ante = pronounAntecedent(fc, k, 'they');
        const c = ante?.units.find((x) => x.country);
        return c ?? u;
      }
      if (!inNP(t) && t.pos !== 'DET') break;
    }
    // "refugees fleeing the war in Liberia", "peacekeepers in Iraq": a country right after the phrase
    const cl = clauseOf(fc.cm, u.t0);
    for (let k = u.t1; lookRight && k < fc.cm.sentence.t1 && k < u.t1 + 7 && clauseOf(fc.cm, k) === cl; k++) {
      const ui = idx.at[k]!;
      if (ui >= 0 && idx.units[ui]!.country) return idx.units[ui]!;
      if (tokens[k]!.text === ',' || (isVerbish(tokens[k]!.pos) && !tokens[k]!.lower.endsWith('ing'))) break;
    }
    return u;
  });
  return { ...g, units };
}

/** Verbs whose object is the subject of the infinitive after it ("urged Haiti to hold…"). */
const OBJECT_CONTROL = new Set(['urge', 'ask', 'order', 'force', 'allow', 'help', 'invite', 'persuade', 'tell', 'call', 'press', 'encourage', 'pressure', 'permit', 'compel', 'require', 'want', 'expect', 'get', 'lead', 'prompt', 'cause', 'enable']);
const base = (w: string) => w.replace(/(ed|d|s|ing)$/, '').replace(/i$/, 'y');

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
  if (trig.cp.pattern.pos === 'verb' && v > s0 && /^(and|but|or)$/.test(tokens[v]!.lower) && clauseOf(fc.cm, v) === clauseOf(fc.cm, trig.t0)) {
    const cl = clauseOf(fc.cm, trig.t0);
    let first = -1;
    for (let k = s0; k < v; k++) if (clauseOf(fc.cm, k) === cl && isVerbish(tokens[k]!.pos)) { first = k; break; }
    if (first > s0) return first - 1;
  }
  if (trig.cp.pattern.pos !== 'verb' || tokens[trig.t0 - 1]?.lower !== 'to') return trig.t0 - 1;
  const before = tokens[trig.t0 - 2];
  if (!before || isVerbish(before.pos) || before.pos === 'ADV' || before.pos === 'ADJ') return trig.t0 - 1;
  const cl = clauseOf(fc.cm, trig.t0);
  for (let k = trig.t0 - 2; k >= s0; k--) {
    const t = tokens[k]!;
    if (t.text === ',' || clauseOf(fc.cm, k) !== cl) break;
    if (t.pos === 'VERB') return OBJECT_CONTROL.has(base(t.lower)) || OBJECT_CONTROL.has(t.lower) ? trig.t0 - 1 : k - 1;
  }
  return trig.t0 - 1;
}

/** Subject: nearest actor group before the trigger in its clause. */
function subjectOf(fc: FrameContext, sc: Scope, trig: Trigger, stopAtVerbs: boolean): { group: Group | null; noOne: boolean; at: number } {
  const { tokens, idx } = fc;
  const s0 = fc.cm.sentence.t0;
  for (let k = subjectSearchStart(fc, trig); k >= s0; k--) {
    if (!sc.ok(k)) continue;
    if (stopAtVerbs && fc.verbHeads.has(k) && fc.verbHeads.get(k) !== trig.cp.pattern.type) break;
    const ui = idx.at[k]!;
    if (ui >= 0) {
      const g = groupBackward(sc, idx.units[ui]!);
      return { group: g, noOne: false, at: g.t0 };
    }
    const w = tokens[k]!.lower;
    if (NO_ONE.has(w) || (w === 'one' && tokens[k - 1]?.lower === 'no')) return { group: null, noOne: true, at: w === 'one' ? k - 1 : k };
    if (SUBJECT_PRONOUN.has(w) && k + 1 < tokens.length && (isVerbish(tokens[k + 1]!.pos) || tokens[k + 1]!.pos === 'ADV')) {
      return { group: pronounAntecedent(fc, k, w), noOne: false, at: k };
    }
  }
  return { group: null, noOne: false, at: -1 };
}

/** "Syria says it will…": a pronoun subject stands for the nearest earlier actor of a fitting kind in the sentence. */
function pronounAntecedent(fc: FrameContext, k: number, w: string): Group | null {
  const personal = w === 'he' || w === 'she';
  const anySc: Scope = { tokens: fc.tokens, idx: fc.idx, ok: (j) => j >= fc.cm.sentence.t0 && j < fc.cm.sentence.t1 };
  // "they"/"their" prefer an actor with a known country, else any group
  for (const needCountry of w === 'they' ? [true, false] : [false]) {
    for (let j = k - 1; j >= fc.cm.sentence.t0; j--) {
      const ui = fc.idx.at[j]!;
      if (ui < 0) continue;
      const u = fc.idx.units[ui]!;
      if (needCountry && !u.country) continue;
      if (personal ? u.kind === 'person' : u.kind !== 'person' || w === 'they' || w === 'we') {
        return w === 'they' || w === 'we' ? groupBackward(anySc, u) : { units: [u], t0: u.t0, t1: u.t1 };
      }
    }
  }
  return null;
}

/** Target: first allowed actor group after the trigger in its clause; also returns a by-agent. */
function objectOf(fc: FrameContext, sc: Scope, trig: Trigger, allowed: Set<string>): { target: Group | null; agent: Group | null; via: string | null } {
  const agents = new Set(['by', ...(trig.cp.pattern.agent ?? [])]);
  const { tokens, idx } = fc;
  const s1 = fc.cm.sentence.t1;
  let prep: string | null = null;
  let nounSincePrep = false;
  let agent: Group | null = null;
  let objectNP = false;
  let fallback: { g: Group; via: string | null } | null = null;
  const verbal = trig.cp.pattern.pos !== 'noun';
  for (let k = trig.t0 + 1; k < s1; k++) {
    if (!sc.ok(k)) continue;
    const t = tokens[k]!;
    if (k >= trig.t1 && t.lower === 'to' && isVerbish(tokens[k + 1]?.pos ?? '')) {
      // "pledged to work": a chain right after the trigger continues; a later "to ensure" is a purpose clause
      let chain = true;
      let verbs = 0;
      for (let j = trig.t1; j < k; j++) {
        if (!['ADV', 'PART', 'AUX', 'VERB'].includes(tokens[j]!.pos)) chain = false;
        if (tokens[j]!.pos === 'VERB') verbs++;
      }
      if (verbs > 0) chain = false; // "pledged to work together to ensure…": the second "to" starts a purpose
      if (!chain) break;
      prep = null;
      continue;
    }
    if (t.pos === 'ADP' || t.lower === 'to') {
      // quantities are not preposition phrases: "more than 100 X", "at least six X", "up to 16 X"
      if (t.lower === 'than' || (t.lower === 'at' && /^(least|most)$/.test(tokens[k + 1]?.lower ?? '')) || (t.lower === 'to' && tokens[k - 1]?.lower === 'up')) continue;
      // "denounced as a crime X's…": what follows "as" is still the object
      if (t.lower === 'as' && prep === null && verbal) continue;
      // "with leaders from X", "two of its nationals": X stays in the outer phrase;
      // "occupied a village in X": phrases attached to a direct object stay part of the object
      if (objectNP && !agents.has(t.lower) && !allowed.has(t.lower)) continue;
      if (!((t.lower === 'of' || t.lower === 'from') && nounSincePrep && (prep === null || allowed.has(prep)))) { prep = t.lower; nounSincePrep = false; }
      continue;
    }
    const ui = idx.at[k]!;
    if (ui >= 0) {
      const g = groupForward(sc, idx.units[ui]!);
      if (prep && agents.has(prep)) { agent ??= g; }
      else if (allowed.has(prep ?? 'object')) {
        // the subject's own forces ("offered its troops to Lebanon") yield to a later actor in the clause
        if (!POSSESSIVE.has(tokens[g.t0 - 1]?.lower ?? '')) return { target: g, agent, via: prep };
        fallback ??= { g, via: prep };
      }
      k = g.t1 - 1;
      nounSincePrep = true;
      continue;
    }
    if (t.pos === 'NOUN' || t.pos === 'PROPN') {
      nounSincePrep = true;
      if (verbal && prep === null && k >= trig.t1) objectNP = true;
    }
    const modifier = t.pos === 'VERB' && ['DET', 'ADJ'].includes(tokens[k - 1]?.pos ?? ''); // "the occupied West Bank"
    if (isVerbish(t.pos) && k >= trig.t1 && !modifier) { prep = null; nounSincePrep = false; objectNP = false; }
  }
  return { target: fallback?.g ?? null, agent, via: fallback?.via ?? null };
}

/** "demanded that X cancel…", "urged that X…": the subject of the complement clause right after the trigger. */
function complementSubject(fc: FrameContext, trig: Trigger, cl: number): Group | null {
  const { tokens, cm, idx } = fc;
  let k = trig.t1;
  while (k < cm.sentence.t1 && k < trig.t1 + 2 && tokens[k]!.lower !== 'that') k++;
  if (tokens[k]?.lower !== 'that') return null;
  const inner = clauseOf(cm, k);
  if (inner === cl) return null;
  const sc: Scope = { tokens, idx, ok: (j) => j < cm.sentence.t1 && clauseOf(cm, j) === inner };
  for (let j = k + 1; j < cm.sentence.t1 && sc.ok(j) && !isVerbish(tokens[j]!.pos); j++) {
    const ui = idx.at[j]!;
    if (ui >= 0) return groupForward(sc, idx.units[ui]!);
  }
  return null;
}

/** "threatened to strike unless X rescinded…": the party the condition is put to. */
function conditionSubject(fc: FrameContext, trig: Trigger): Group | null {
  const { tokens, cm, idx } = fc;
  const c = cm.clauses.find((x) => x.kind === 'subordinate' && x.t0 > trig.t0 && /^(unless|if|until)$/.test(tokens[x.t0]!.lower));
  if (!c) return null;
  const sc: Scope = { tokens, idx, ok: (j) => j < cm.sentence.t1 && clauseOf(cm, j) === c.id };
  for (let j = c.t0 + 1; j < c.t1 && !isVerbish(tokens[j]!.pos); j++) {
    const ui = idx.at[j]!;
    if (ui >= 0) return groupForward(sc, idx.units[ui]!);
  }
  return null;
}

/** The actor a relative clause is about: "…, which …" → the phrase before; "– an approach that …" → the sentence subject. */
function antecedentOf(fc: FrameContext, clauseStart: number): Group | null {
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

export function argumentsOf(fc: FrameContext, trig: Trigger): Args {
  const a = rawArguments(fc, trig);
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
  const allowed = new Set(p.target ?? (p.pos === 'verb' ? VERB_TARGETS : NOUN_TARGETS));
  const out: Args = { source: null, target: null, noOne: false, passive: false, windowStart: clause.t0 };

  let r = trig.t0 - 1;
  if (p.frame === 'speaker') while (r >= s0 && !REPORTING.has(tokens[r]!.lower)) r--;
  if (p.frame === 'speaker' && r >= s0) {
    // "X said Y must withdraw": the speaker demands something of the subject
    const subj = subjectOf(fc, sc, trig, false);
    const anySc: Scope = { tokens, idx: fc.idx, ok: (k) => k >= s0 && k < r };
    const speaker = subjectOf(fc, anySc, { ...trig, t0: r }, false);
    out.source = speaker.group;
    out.target = subj.group;
    out.windowStart = trig.t0;
    return out;
  }

  const { target, agent, via } = objectOf(fc, sc, trig, allowed);
  out.target = target;
  if (p.pos === 'verb' && isPassive(tokens, trig.t0, s0) && (agent || tokens[trig.t1]?.lower !== 'to')) {
    out.passive = true;
    out.source = agent;
    const subj = subjectOf(fc, sc, trig, true);
    out.target = subj.group ?? (agent ? null : target);
    if (subj.at >= 0) out.windowStart = subj.at;
    return out;
  }
  if (p.pos === 'noun' && agent) out.source = agent;
  if (p.pos !== 'noun' && !out.target && agent) out.target = agent; // "demanded an admission by X"
  if (p.pos !== 'noun' && !out.target) out.target = complementSubject(fc, trig, cl);
  if (!out.target && (p.type === 'THREATEN' || p.type === 'REQUEST')) out.target = conditionSubject(fc, trig);
  if (p.pos === 'noun' && !agent && via === 'between' && target && target.units.length > 1) {
    // "fighting between X and Y", "talks between X and Y": the first party is the source
    out.source = { units: [target.units[0]!], t0: target.t0, t1: target.units[0]!.t1 };
    out.target = { units: target.units.slice(1), t0: target.units[1]!.t0, t1: target.t1 };
    return out;
  }
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
    for (let k = s0; k < clause.t0; k++) {
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
