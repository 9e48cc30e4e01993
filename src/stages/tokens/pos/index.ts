import { join } from 'node:path';
import { packageRoot } from '../../../model/paths.js';
import { readPosModel, tagEntries, tagEntryRanges, tagWords, wordCache, type PosModel } from './tagger.js';
import type { WordCache, WordEntry } from './words.js';

export type { Upos } from './upos.js';
export { UPOS } from './upos.js';
export type { WordEntry } from './words.js';

let model: PosModel | null = null;

/** The POS model (models/pos-perceptron.bin.gz), read once on first use. */
export function posModel(): PosModel {
  model ??= readPosModel(join(packageRoot(), 'models', 'pos-perceptron.bin.gz'));
  return model;
}

/** Universal POS tags for `words`, sentence by sentence ([start, end) word ranges). */
export const tagPos = (words: readonly string[], sentences: ReadonlyArray<readonly [number, number]>) => tagWords(posModel(), words, sentences);

/** The tagger's word cache: entry(word) gives a word's lower case, token shape and tagger values. */
export const posWords = (): WordCache => wordCache(posModel());

/** Tag indices into UPOS for word entries, sentence by sentence ([start, end) entry ranges). */
export const tagPosEntries = (entries: readonly WordEntry[], sentences: ReadonlyArray<readonly [number, number]>) => tagEntries(posModel(), entries, sentences);
/** Tag indices into UPOS for word entries, sentences given as flat bounds s0, s1, s0, s1, ... */
export const tagPosRanges = (entries: readonly WordEntry[], bounds: ArrayLike<number>) => tagEntryRanges(posModel(), entries, bounds);
