import type { Stage } from '../../pipeline.js';
import type { Entity } from '../../types.js';
import { groupBySpan } from './merge.js';
import { selectOptions } from './select.js';
import { makeConsistent } from './consistency.js';
import { trimPersonTitles } from './trim.js';
import { nameCues } from '../../knowledge/index.js';

/**
 * Candidates (from every proposer, rules and model alike) to non-overlapping entities:
 * merge candidates on the same span (sources and knowledge info combined), select the best
 * non-overlapping set, then make names consistent across the document. Entity ids are
 * e1, e2, ... in text order.
 */
export const refineStage: Stage = {
  name: 'refine',
  needs: ['tokens', 'candidates'],
  provides: ['entities'],
  run(doc) {
    const nonNames = nameCues().nonNames;
    // words that are never names on their own ("REUTER", "Monday"), whoever proposed them
    const options = groupBySpan(trimPersonTitles(doc, doc.candidates)).filter((o) => o.info || !nonNames.has(doc.text.slice(o.start, o.end)));
    const chosen = makeConsistent(doc, selectOptions(options, doc.tokens.length));
    // pushed into a literal (not Array.map, whose empty result has another elements kind)
    const entities: Entity[] = [];
    for (let i = 0; i < chosen.length; i++) {
      const o = chosen[i]!;
      entities.push({
        id: `e${i + 1}`, type: o.type, text: doc.text.slice(o.start, o.end),
        start: o.start, end: o.end, t0: o.t0, t1: o.t1, rule: o.rule, sources: o.sources,
        // both optional fields exist from the start (undefined: left out of JSON), so setting
        // them later never changes the entity's shape
        info: o.info, actor: undefined,
      });
    }
    doc.entities = entities;
  },
};
