import { createPipeline } from '../src/index.js';
import type { Actor, Doc } from '../src/types.js';

/** Runs the default pipeline on text written in a test. */
export function analyzeDoc(text: string, published = '2024-05-06'): Doc {
  return createPipeline({ model: false }).run({ text, published });
}

/** The actor named by an entity with this exact text (first occurrence). */
export function actorOf(doc: Doc, text: string, nth = 0): Actor | undefined {
  const e = doc.entities.filter((x) => x.text === text)[nth];
  return e?.actor ? doc.actors.find((a) => a.id === e.actor) : undefined;
}
