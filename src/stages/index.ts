import type { Stage } from '../pipeline.js';
import { tokensStage } from './tokens/index.js';
import { placesStage } from './places/index.js';

/** The default analysis pipeline, in order. Read it top to bottom. */
export function defaultStages(): Stage[] {
  return [
    tokensStage,
    placesStage,
  ];
}
