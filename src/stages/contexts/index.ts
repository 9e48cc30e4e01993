import type { Stage } from '../../pipeline.js';
import { lexiconForms, loadContexts } from '../../knowledge/contexts.js';
import { buildIndex, matchThemes, type PhraseIndex } from './matcher.js';
import { rankContexts } from './rank.js';
import { toUnits } from './units.js';

let index: PhraseIndex | null = null;

/** The phrase index over ontology/contexts.json, built once. */
export function contextIndex(): PhraseIndex {
  index ??= buildIndex(lexiconForms(loadContexts()));
  return index;
}

/**
 * Contexts (PLOVER-style themes): every lexicon hit as doc.themes (span, sentence, rule
 * "context.<id>.<term>"), and the document's supported contexts, ranked, as doc.contexts.
 */
export const contextsStage: Stage = {
  name: 'contexts',
  needs: ['tokens'],
  provides: ['themes', 'contexts'],
  run(doc) {
    doc.themes = matchThemes(toUnits(doc.tokens), contextIndex());
    doc.contexts = rankContexts(doc.themes);
  },
};
