import { join } from 'node:path';
import { packageRoot } from '../../../model/paths.js';
import { readPosModel, tagWords, type PosModel } from './tagger.js';

export type { Upos } from './upos.js';

let model: PosModel | null = null;

/** The POS model (models/pos-perceptron.bin.gz), read once on first use. */
export function posModel(): PosModel {
  model ??= readPosModel(join(packageRoot(), 'models', 'pos-perceptron.bin.gz'));
  return model;
}

/** Universal POS tags for `words`, sentence by sentence ([start, end) word ranges). */
export const tagPos = (words: readonly string[], sentences: ReadonlyArray<readonly [number, number]>) => tagWords(posModel(), words, sentences);
