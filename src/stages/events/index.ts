import type { Stage } from '../../pipeline.js';
import { buildActorIndex } from './actor-index.js';
import { segmentSentence } from './clauses.js';
import { findTriggers } from './triggers.js';
import { sentenceEvents } from './build.js';
import { defaultsContext } from './defaults.js';

export { formatEvent, formatEvents } from './format.js';

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
    const idx = buildActorIndex(doc);
    const dc = defaultsContext(doc, idx);
    let n = 0;
    for (const s of doc.sentences) {
      const triggers = findTriggers(doc.tokens, s.t0, s.t1);
      if (!triggers.length) continue;
      const cm = segmentSentence(doc.tokens, s);
      for (const e of sentenceEvents(doc, idx, cm, triggers, dc)) doc.events.push({ id: `v${++n}`, ...e });
    }
  },
};
