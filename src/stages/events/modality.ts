/**
 * Negation and modality of a trigger, read from its clause between the subject and the trigger:
 * "did not attack", "no one plans to", "refused to" → negated; "will", "would oppose", "pledged to",
 * "plans to", an if/unless clause → hypothetical. Flags, never drops.
 */
import type { Token } from '../../types.js';
import type { ClauseMap } from './clauses.js';
import { clauseOf } from './clauses.js';
import { formsOfClass } from './lexicon.js';
import { eventPatterns } from '../../knowledge/event-patterns.js';
import { HYPOTHETICAL, NEGATING_VERB, NEGATION, NO_ONE } from './words.js';

export interface Modality {
  negated: boolean;
  hypothetical: boolean;
  /** hypothetical only because it sits in an if/unless/whether clause */
  conditional: boolean;
  /** the negation belongs to the subject's own verb chain ("X did not", "X refused to"), not to an earlier verb */
  ownNegation: boolean;
  /** an act sought or asked for ("seeking a truce"): hypothetical, and no one's announced intent */
  sought: boolean;
}

export function modalityOf(tokens: Token[], cm: ClauseMap, trigHead: number, windowStart: number, verbal = true): Modality {
  const cl = clauseOf(cm, trigHead);
  const clause = cm.clauses[cl]!;
  let negated = false;
  let hypothetical = false;
  // cues anywhere earlier in the trigger's own clause count ("the crisis does not prompt X to agree")
  const start = Math.max(cm.sentence.t0, Math.min(windowStart, trigHead, clause.t0));
  let own = false;
  for (let k = start; k < trigHead; k++) {
    if (clauseOf(cm, k) !== cl) continue;
    const w = tokens[k]!.lower;
    // a coordinated verb phrase starts afresh: "refused to deploy troops and has urged…"
    if (tokens[k]!.pos === 'CCONJ' && /^(VERB|AUX|ADV)$/.test(tokens[k + 1]?.pos ?? '')) { negated = false; hypothetical = false; own = false; continue; }
    if (NEGATION.has(w) || NO_ONE.has(w)) {
      // "no longer" negates; "not only" does not
      if (!(w === 'not' && tokens[k + 1]?.lower === 'only')) { negated = true; own ||= k >= windowStart && (verbal || trigHead - k <= 3); }
    }
    // "refused to attack", "failed to reach": only the action right after "to"
    if (NEGATING_VERB.has(w) && tokens[k + 1]?.lower === 'to' && trigHead - k <= 3) { negated = true; own ||= k >= windowStart; }
    // "May 28": the month, not the modal
    if (HYPOTHETICAL.has(w) && !(w === 'may' && tokens[k]!.text === 'May' && (k > cm.sentence.t0 || /^\d/.test(tokens[k + 1]?.text ?? '')))) {
      // intention words count when they govern an infinitive or a modal ("plans to", "would")
      const modal = ["will", "would", "could", "may", "might", "shall", "should", "must", "'ll", "'d", "wo", 'if', 'unless', 'whether'].includes(w);
      if (modal || tokens[k + 1]?.lower === 'to' || tokens[k + 1]?.lower === 'of' || w === 'potential' || w === 'possible' || w === 'proposed') hypothetical = true;
    }
  }
  // "warned against any attack": an event noun after "any" names no act that happened
  if (!verbal && (tokens[trigHead - 1]?.lower === 'any' || tokens[trigHead - 2]?.lower === 'any')) hypothetical = true;
  // "a proposal from Egypt for a three-day truce", "calls for talks": an act proposed has not happened
  if (!verbal && proposedAct(tokens, cm.sentence.t0, trigHead)) hypothetical = true;
  // "seeking a ceasefire", "push for a truce", "an effort to secure a deal": an act sought has not happened
  // "an agreement is achievable", "a deal remains possible": an act said to be possible has not happened
  if (!verbal && possibleAfter(tokens, trigHead, cm.sentence.t1)) hypothetical = true;
  const sought = !verbal && soughtAct(tokens, cm.sentence.t0, trigHead);
  if (sought) hypothetical = true;
  const first = tokens[clause.t0]?.lower;
  const conditional = clause.kind === 'subordinate' && (first === 'if' || first === 'unless' || first === 'whether');
  return { negated, hypothetical: hypothetical || conditional, conditional, ownNegation: negated && own, sought };
}

/** A proposal noun (ontology class proposalNouns) then "for"/"of" shortly before the trigger. */
function proposedAct(tokens: Token[], s0: number, trigHead: number): boolean {
  const proposing = formsOfClass('proposalNouns');
  for (let k = trigHead - 1; k >= s0 && k >= trigHead - 5; k--) {
    const w = tokens[k]!;
    if (w.lower !== 'for' && w.lower !== 'of') {
      // the trigger heads the "for" phrase: only determiners, adjectives and numbers between
      const hyphened = w.text === '-' || tokens[k - 1]?.text === '-' || tokens[k + 1]?.text === '-'; // "a three-day truce"
      if (w.pos !== 'DET' && w.pos !== 'ADJ' && w.pos !== 'NUM' && !hyphened) return false;
      continue;
    }
    // the noun "proposal", "call", "plan" (not the verb: "called for calm after clashes")
    for (let j = k - 1; j >= s0 && j >= k - 4; j--) if (tokens[j]!.pos === 'NOUN' && proposing.has(tokens[j]!.lower)) return true;
    return false;
  }
  return false;
}

const SOUGHT_GAP = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);

/**
 * The event noun at trigHead is the object of a verb of seeking (class seekVerbs: "seeking a
 * truce", "pushed for a ceasefire", "efforts towards a deal") or of reaching in an infinitive
 * (class reachVerbs: "to secure a ceasefire", "to reach an agreement"); "secured a ceasefire" happened.
 */
function soughtAct(tokens: Token[], s0: number, trigHead: number): boolean {
  let k = trigHead - 1;
  while (k >= s0 && k >= trigHead - 5 && (SOUGHT_GAP.has(tokens[k]!.pos) || tokens[k]!.text === '-')) k--;
  const w = tokens[k];
  if (!w || k < s0) return false;
  if (w.lower === 'for' || w.lower === 'towards' || w.lower === 'toward') return formsOfClass('seekVerbs').has(tokens[k - 1]?.lower ?? '');
  if (formsOfClass('reachVerbs').has(w.lower)) return tokens[k - 1]?.lower === 'to';
  return formsOfClass('seekVerbs').has(w.lower) && w.pos === 'VERB';
}

/** the adjectives themselves, not inflected: "is closed" is not "is close" */
let possibleWords: Set<string> | null = null;
const PHRASE_POS = new Set(['ADP', 'DET', 'PROPN', 'NOUN', 'ADJ']);
const COPULA = new Set(['is', 'was', 'are', 'were', 'remains', 'remained', 'seems', 'seemed', 'looks', 'looked', 'appears', 'appeared', "'s"]);

/** A copula and a word of possibility (class possibleWords) right after the event noun at k ("a deal is still possible"). */
function possibleAfter(tokens: Token[], k: number, s1: number): boolean {
  let j = k + 1;
  // (past its own phrase: "an agreement with Chile is achievable")
  while (j < s1 && j < k + 5 && !COPULA.has(tokens[j]!.lower) && PHRASE_POS.has(tokens[j]!.pos)) j++;
  if (j >= s1 || !COPULA.has(tokens[j]!.lower)) return false;
  j++;
  const possible = (possibleWords ??= new Set(eventPatterns().classes.possibleWords ?? []));
  while (j < s1 && j < k + 5 && tokens[j]!.pos === 'ADV' && !possible.has(tokens[j]!.lower)) j++;
  return j < s1 && possible.has(tokens[j]!.lower);
}

