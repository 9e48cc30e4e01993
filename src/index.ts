/** steppe: the library's one entry. */
import { composePipeline, type Pipeline, type PipelineOptions, type Logger } from './pipeline.js';
import { defaultStages } from './stages/index.js';
import { toAnalysis } from './output.js';
import type { Analysis, Article } from './types.js';

export * from './types.js';
export { SteppeError } from './errors.js';
export { composePipeline, type Pipeline, type PipelineOptions, type Stage, type StageContext, type Logger } from './pipeline.js';
export { toAnalysis } from './output.js';

/** The default pipeline with the given options. */
export function createPipeline(options: PipelineOptions = {}, env: { logger?: Logger; now?: () => Date } = {}): Pipeline {
  return composePipeline(defaultStages(), options, env);
}

let shared: Pipeline | null = null;

/** Analyses one article with the default pipeline and returns the analysis JSON contract. */
export function analyze(article: Article | string, options?: PipelineOptions): Analysis {
  const input = typeof article === 'string' ? { text: article } : article;
  const pipeline = options ? createPipeline(options) : (shared ??= createPipeline());
  return toAnalysis(pipeline.run(input));
}
export { openStore, articleKey, DEFAULT_DB, type Store, type StoreOptions } from './store/index.js';
export type { Filter, EventQuery, EventRow, SearchHit, SeriesKey, SeriesPoint, Stats, StoredArticle, ActorRow, Party } from './store/types.js';
