import type { Article } from '../types.js';

/** One item read from a source: an article, or the reason it was skipped. */
export type SourceItem =
  | { article: Article; where: string; bytes: number; error?: undefined }
  | { article?: undefined; where: string; bytes: number; error: string };

export const ok = (article: Article, where: string, bytes = 0): SourceItem => ({ article, where, bytes });
export const bad = (where: string, error: string, bytes = 0): SourceItem => ({ where, error, bytes });
