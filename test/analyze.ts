import { composePipeline } from '../src/pipeline.js';
import { tokensStage } from '../src/stages/tokens/index.js';
import { entitiesStage } from '../src/stages/entities/index.js';
import { modelStage } from '../src/stages/model/index.js';
import { refineStage } from '../src/stages/refine/index.js';
import { corefStage } from '../src/stages/coref/index.js';
import { actorsStage } from '../src/stages/actors/index.js';
import type { Actor, Doc } from '../src/types.js';

/**
 * Runs the pipeline up to the actors stage on text written in a test (rules only, or with the
 * trained model when STEPPE_TEST_MODEL=1), so core tests see only what core produces.
 */
export function analyzeDoc(text: string, published = '2024-05-06'): Doc {
  const model = process.env.STEPPE_TEST_MODEL === '1';
  return composePipeline([tokensStage, entitiesStage, modelStage, refineStage, corefStage, actorsStage], { model }).run({ text, published });
}

/** The actor named by an entity with this exact text (first occurrence). */
export function actorOf(doc: Doc, text: string, nth = 0): Actor | undefined {
  const e = doc.entities.filter((x) => x.text === text)[nth];
  return e?.actor ? doc.actors.find((a) => a.id === e.actor) : undefined;
}
