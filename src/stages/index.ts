import type { Stage } from '../pipeline.js';
import { tokensStage } from './tokens/index.js';
import { datesStage } from './dates/index.js';
import { contextsStage } from './contexts/index.js';

/** The default analysis pipeline, in order. Read it top to bottom. */
export function defaultStages(): Stage[] {
  return [
    tokensStage,
    datesStage,
    contextsStage,
  ];
}
