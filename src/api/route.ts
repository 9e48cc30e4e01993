import type { CorpusAnalytics } from '../analytics/corpus.js';
import type { CorpusReader } from '../store/reader.js';
import type { Params, Parsed } from './params.js';

/** What a route reads. */
export interface ApiContext {
  reader: CorpusReader;
  analytics: CorpusAnalytics;
}

/** One GET endpoint: its path, declared parameters (validated and documented) and handler. */
export interface Route {
  /** hono-style path, e.g. /api/articles/:id */
  path: string;
  summary: string;
  tag: string;
  params: Params;
  /** names the OpenAPI response schema in openapi.ts */
  schema: string;
  paged?: boolean;
  handle(q: Parsed, ctx: ApiContext, path: Record<string, string>): unknown;
}
