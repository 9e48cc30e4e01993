import type { Stage } from '../pipeline.js';
import { tokensStage } from './tokens/index.js';
import { entitiesStage } from './entities/index.js';
import { modelStage } from './model/index.js';
import { refineStage } from './refine/index.js';
import { corefStage } from './coref/index.js';
import { actorsStage } from './actors/index.js';
import { quotesStage } from './quotes/index.js';
import { datesStage } from './dates/index.js';
import { placesStage } from './places/index.js';
import { contextsStage } from './contexts/index.js';
import { eventsStage } from './events/index.js';

/** The default analysis pipeline, in order. Read it top to bottom. */
export function defaultStages(): Stage[] {
  return [
    tokensStage,
    entitiesStage,
    modelStage,
    refineStage,
    corefStage,
    actorsStage,
    quotesStage,
    datesStage,
    placesStage,
    contextsStage,
    eventsStage,
  ];
}
