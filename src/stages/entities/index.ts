import type { Stage } from '../../pipeline.js';
import { proposeGazetteer } from './gazetteer.js';
import { proposeTitles } from './titles.js';
import { proposeChains } from './caps.js';
import { proposeDivisions } from './divisions.js';
import { proposeCompanies } from './companies.js';

/**
 * Entity candidates from knowledge and rules. Each proposer is one small file and marks its
 * candidates with a source rule id and a score; refinement (stages/refine) picks the final
 * non-overlapping entities. A trained model adds candidates the same way (source
 * "model.perceptron") between this stage and refinement.
 */
export const entitiesStage: Stage = {
  name: 'entities',
  needs: ['tokens'],
  provides: ['candidates'],
  run(doc) {
    doc.candidates.push(...proposeGazetteer(doc), ...proposeTitles(doc), ...proposeChains(doc), ...proposeDivisions(doc), ...proposeCompanies(doc));
  },
};

export { proposeGazetteer, proposeTitles, proposeChains, proposeDivisions, proposeCompanies };
export { capitalIsActor } from './capital.js';
