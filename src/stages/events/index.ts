import type { Stage } from '../../pipeline.js';
import type { Doc, Sentence } from '../../types.js';
import { set } from './words.js';
import { buildActorIndex, type ActorIndex } from './actor-index.js';
import { segmentSentence } from './clauses.js';
import { findTriggers } from './triggers.js';
import { sentenceEvents } from './build.js';
import { defaultsContext, type DefaultsContext } from './defaults.js';
import { applyClaims } from './claims.js';
import { isConflict } from '../../knowledge/plover.js';

export { formatEvent, formatEvents } from './format.js';

/** Contexts that make a conflict event in a sports report real (a riot, an attack on a team bus). */
const VIOLENCE = new Set(['military', 'terrorism', 'crime', 'human_rights', 'human_security']);

/** Words through which a sentence without actor tokens can still name a side: pronouns resolved to earlier actors, "no one". */
const STAND_INS = set('he she it they we i you its their his her our nobody none one');

/**
 * False when no event of the sentence can keep a side: every source and target is an actor
 * token of the sentence or an actor a pronoun of it stands for, and an event with neither side
 * (nor "no one") is dropped, so such a sentence is not analysed at all.
 */
function mayHaveParticipant(doc: Doc, s: Sentence, idx: ActorIndex): boolean {
  for (let k = s.t0; k < s.t1; k++) if (idx.at[k]! >= 0 || STAND_INS.has(doc.tokens[k]!.lower)) return true;
  return false;
}

/**
 * PLOVER events: who did what to whom, where and when. Per sentence: triggers from the pattern
 * map, clause analysis, arguments from the clause, modality, then date, place and contexts.
 * Reads doc.dates, doc.places and doc.themes when earlier stages filled them.
 */
export const eventsStage: Stage = {
  name: 'events',
  needs: ['tokens', 'sentences', 'entities', 'actors'],
  provides: ['events'],
  run(doc) {
    // built at the first trigger: nearly half of news articles have none
    let idx: ActorIndex | null = null;
    let dc: DefaultsContext | null = null;
    let n = 0;
    // a match report ("Brazil beat Argentina", "attacked from the first minute") holds no violence
    // unless the sentence itself speaks of it
    const sports = doc.contexts.includes('sports');
    for (const s of doc.sentences) {
      const triggers = findTriggers(doc.tokens, s.t0, s.t1);
      if (!triggers.length) continue;
      idx ??= buildActorIndex(doc);
      dc ??= defaultsContext(doc, idx);
      if (!mayHaveParticipant(doc, s, idx)) continue;
      const cm = segmentSentence(doc.tokens, s);
      for (const e of sentenceEvents(doc, idx, cm, triggers, dc)) {
        if (sports && isConflict(e.type) && !e.contexts.some((c) => VIOLENCE.has(c))) continue;
        doc.events.push({ id: `v${++n}`, ...e });
      }
    }
    if (idx) applyClaims(doc, idx);
  },
};
