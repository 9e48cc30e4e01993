/**
 * The object side of a trigger: the first allowed actor phrase after it in its clause (a direct
 * object, or a preposition phrase the pattern allows), the by-agent, the subject of a complement
 * ("demanded that X…") and the party a condition is put to ("…unless X agrees").
 */
import type { EventPattern } from '../../knowledge/event-patterns.js';
import { clauseOf } from './clauses.js';
import type { FrameContext } from './frame.js';
import type { Trigger } from './triggers.js';
import { groupForward, type Group, type Scope } from './noun-phrase.js';
import { isVerbish, POSSESSIVE } from './words.js';
import { pronounAntecedent } from './subject.js';

const agentsOf = new WeakMap<EventPattern, Set<string>>();
/** The words introducing a by-agent for a pattern ("by" and the pattern's own), one set per pattern. */
function agentWords(p: EventPattern): Set<string> {
  let out = agentsOf.get(p);
  if (!out) agentsOf.set(p, (out = new Set(['by', ...(p.agent ?? [])])));
  return out;
}

/** A verb at k, after at most one adverb or auxiliary ("and said", "and later told", "but would"). */
function nextVerb(tokens: FrameContext['tokens'], k: number, end: number): boolean {
  for (let j = k; j < end && j < k + 2; j++) {
    if (tokens[j]!.pos === 'VERB') return true;
    if (tokens[j]!.pos !== 'ADV' && tokens[j]!.pos !== 'AUX') return false;
  }
  return false;
}

/** Target: first allowed actor group after the trigger in its clause; also returns a by-agent. */
export function objectOf(fc: FrameContext, sc: Scope, trig: Trigger, allowed: Set<string>): { target: Group | null; agent: Group | null; via: string | null } {
  const agents = agentWords(trig.cp.pattern);
  const { tokens, idx } = fc;
  const s1 = fc.cm.sentence.t1;
  let prep: string | null = null;
  let nounSincePrep = false;
  let agent: Group | null = null;
  let objectNP = false;
  let sawVerb = false;
  let againstNoun = false; // a "by" after a participle ("crimes committed by X") is not the trigger's agent
  let fallback: { g: Group; via: string | null } | null = null;
  const verbal = trig.cp.pattern.pos !== 'noun';
  for (let k = trig.t0 + 1; k < s1; k++) {
    if (!sc.ok(k)) continue;
    const t = tokens[k]!;
    // an event noun's phrases end at a comma; so does any object before ", ploughing…"
    if (t.text === ',' && k >= trig.t1 && (trig.cp.pattern.pos === 'noun' || (tokens[k + 1]?.pos === 'VERB' && tokens[k + 1]!.lower.endsWith('ing')))) break;
    if (k >= trig.t1 && t.lower === 'to' && isVerbish(tokens[k + 1]?.pos ?? '')) {
      // "pledged to work": a chain right after the trigger continues; a later "to ensure" is a purpose clause
      let chain = true;
      let verbs = 0;
      for (let j = trig.t1; j < k; j++) {
        if (!['ADV', 'PART', 'AUX', 'VERB'].includes(tokens[j]!.pos)) chain = false;
        if (tokens[j]!.pos === 'VERB') verbs++;
      }
      if (verbs > 0) chain = false; // "pledged to work together to ensure…": the second "to" starts a purpose
      // "rejected an invitation to attend a meeting of X": an infinitive completing a noun goes on
      if (!chain && verbs === 0 && tokens[k - 1]!.pos === 'NOUN' && idx.at[k - 1]! < 0) { prep = null; continue; }
      if (!chain) break;
      prep = null;
      continue;
    }
    if (t.pos === 'ADP' || t.lower === 'to') {
      // quantities are not preposition phrases: "more than 100 X", "at least six X", "up to 16 X"
      if (t.lower === 'than' || (t.lower === 'at' && /^(least|most)$/.test(tokens[k + 1]?.lower ?? '')) || (t.lower === 'to' && tokens[k - 1]?.lower === 'up') || (t.lower === 'up' && tokens[k + 1]?.lower === 'to')) continue;
      // "denounced as a crime X's…": what follows "as" is still the object
      if (t.lower === 'as' && prep === null && verbal) continue;
      // "with leaders from X", "two of its nationals": X stays in the outer phrase;
      // "occupied a village in X": phrases attached to a direct object stay part of the object
      if (objectNP && !agents.has(t.lower) && !allowed.has(t.lower)) continue;
      // ("an attack by three divisions of Iranian guards": the of-phrase stays inside the by-agent)
      if (!((t.lower === 'of' || t.lower === 'from') && nounSincePrep && (prep === null || allowed.has(prep) || agents.has(prep)))) { prep = t.lower; nounSincePrep = false; }
      continue;
    }
    // "denied the accusations and said Minsk would…": a second verb phrase after the object has its own arguments
    // (so does "dismissed the claims as fabricated and said Beijing…", past any word after the trigger)
    if (verbal && (objectNP || (k > trig.t1 && tokens[k - 1]!.pos !== 'ADV' && tokens[k - 1]!.pos !== 'ADP')) && k >= trig.t1 && (t.lower === 'and' || t.lower === 'but') && nextVerb(tokens, k + 1, s1)) break;
    // "Saudi Arabia pledged $1 billion and China offered…": a new subject and verb after "and" start another clause
    if (k > trig.t1 && (t.lower === 'and' || t.lower === 'but') && idx.at[k + 1]! >= 0 && sc.ok(k + 1)) {
      const next = groupForward(sc, idx.units[idx.at[k + 1]!]!);
      let v = next.t1;
      while (v < s1 && tokens[v]!.pos === 'ADV') v++;
      if (v < s1 && (tokens[v]!.pos === 'VERB' || tokens[v]!.pos === 'AUX') && !tokens[v]!.lower.endsWith('ing')) break;
    }
    // "accusing them of spying near the border with X": a pronoun fills the object slot, with its antecedent
    if (verbal && prep === null && k >= trig.t1 && !objectNP && (t.lower === 'them' || t.lower === 'him')) {
      return { target: pronounAntecedent(fc, k, t.lower === 'them' ? 'they' : 'he'), agent, via: null };
    }
    const ui = idx.at[k]!;
    // "at EU-brokered talks", "a US-led coalition": a name inside a compound modifier is no side of the act
    if (ui >= 0 && tokens[idx.units[ui]!.t1]?.text === '-' && /(ed|en)$/.test(tokens[idx.units[ui]!.t1 + 1]?.lower ?? '')) { k = idx.units[ui]!.t1; continue; }
    // "rallied against the handover of villages to X": past "against" and a noun, only its of- or by-phrase names the opponent
    if (ui >= 0 && againstNoun && prep !== 'of' && prep !== 'by') { k = groupForward(sc, idx.units[ui]!).t1 - 1; continue; }
    if (ui >= 0) {
      const g = groupForward(sc, idx.units[ui]!);
      if (prep && agents.has(prep)) { if (!sawVerb) agent ??= g; }
      else if (allowed.has(prep ?? 'object')) {
        // the subject's own forces ("offered its troops to Lebanon") yield to a later actor in the clause
        if (!POSSESSIVE.has(tokens[g.t0 - 1]?.lower ?? '')) return { target: g, agent, via: prep };
        fallback ??= { g, via: prep };
      }
      k = g.t1 - 1;
      nounSincePrep = true;
      continue;
    }
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || (t.pos === 'NUM' && prep !== null)) {
      if (prep === 'against' && t.pos === 'NOUN') againstNoun = true;
      nounSincePrep = true;
      if (verbal && prep === null && k >= trig.t1) objectNP = true;
    }
    const modifier = t.pos === 'VERB' && ['DET', 'ADJ'].includes(tokens[k - 1]?.pos ?? ''); // "the occupied West Bank"
    if (isVerbish(t.pos) && k >= trig.t1) sawVerb = true;
    if (isVerbish(t.pos) && k >= trig.t1 && !modifier) { prep = null; nounSincePrep = false; objectNP = false; }
  }
  return { target: fallback?.g ?? null, agent, via: fallback?.via ?? null };
}

/** "demanded that X cancel…", "urged that X…": the subject of the complement clause right after the trigger. */
export function complementSubject(fc: FrameContext, trig: Trigger, cl: number): Group | null {
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
export function conditionSubject(fc: FrameContext, trig: Trigger): Group | null {
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

