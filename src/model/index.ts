/** The trained NER tagger: loaded once, lazily, from models/ner-perceptron.bin.gz. */
import { existsSync } from 'node:fs';
import { readModel } from './io.js';
import { nerModelPath } from './paths.js';
import { NerModel } from './tagger.js';

export { NerModel, type NerSpan, type TaggedSentence } from './tagger.js';
export { nerModelPath } from './paths.js';

let cached: NerModel | null | undefined;

/**
 * The shipped model (or the file at `path`), read on first call and cached; null when the
 * weights file is absent. Time the first call to measure load time.
 */
export function loadNerModel(path?: string): NerModel | null {
  if (path === undefined && cached !== undefined) return cached;
  const file = path ?? nerModelPath();
  const model = existsSync(file) ? new NerModel(readModel(file)) : null;
  if (path === undefined) cached = model;
  return model;
}

/** Forgets the cached model (for tests and benchmarks that measure a cold load). */
export function resetNerModel(): void {
  cached = undefined;
}
