import type { Article, Doc, DocField } from './types.js';
import { SteppeError } from './errors.js';
import { sha256 } from './util/hash.js';

/** Options that change what stages do. Strict: unknown keys are rejected by createPipeline. */
export interface PipelineOptions {
  /** use the trained NER model as a candidate source (default true when weights exist) */
  model?: boolean;
  /** record per-stage timings on doc.timings */
  timings?: boolean;
}

export interface Logger {
  warn(message: string): void;
  debug?(message: string): void;
}

/** Side effects and settings a stage may use. */
export interface StageContext {
  options: Required<Pick<PipelineOptions, 'model'>> & PipelineOptions;
  logger: Logger;
  /** the clock, injected so tests are repeatable */
  now: () => Date;
}

/** A stage is a small interface: what it needs, what it provides, and a run function. */
export interface Stage {
  name: string;
  needs: DocField[];
  provides: DocField[];
  run(doc: Doc, ctx: StageContext): void;
}

export interface Pipeline {
  stages: readonly Stage[];
  run(article: Article): Doc;
}

const KNOWN_OPTIONS = new Set(['model', 'timings']);

/** Checks that each stage's needs are provided by an earlier stage, then returns a runner. */
export function composePipeline(
  stages: Stage[],
  options: PipelineOptions = {},
  env: { logger?: Logger; now?: () => Date } = {},
): Pipeline {
  for (const key of Object.keys(options)) {
    if (!KNOWN_OPTIONS.has(key)) throw new SteppeError('config', `unknown pipeline option "${key}"`);
  }
  const provided = new Set<DocField>();
  for (const stage of stages) {
    for (const need of stage.needs) {
      if (!provided.has(need)) {
        throw new SteppeError('config', `stage "${stage.name}" needs "${need}", which no earlier stage provides`);
      }
    }
    stage.provides.forEach((p) => provided.add(p));
  }
  const ctx: StageContext = {
    options: { model: true, ...options },
    logger: env.logger ?? { warn: (m) => process.stderr.write(`warning: ${m}\n`) },
    now: env.now ?? (() => new Date()),
  };
  return {
    stages,
    run(article: Article): Doc {
      const doc = newDoc(article);
      if (options.timings) doc.timings = {};
      for (const stage of stages) {
        const t0 = options.timings ? performance.now() : 0;
        stage.run(doc, ctx);
        if (doc.timings) doc.timings[stage.name] = (doc.timings[stage.name] ?? 0) + performance.now() - t0;
      }
      return doc;
    },
  };
}

export function newDoc(article: Article): Doc {
  return {
    article,
    text: article.text,
    id: article.id ?? sha256(article.text),
    published: article.published ?? null,
    paragraphs: [],
    sentences: [],
    tokens: [],
    candidates: [],
    entities: [],
    mentions: [],
    actors: [],
    quotes: [],
    dates: [],
    places: [],
    events: [],
    themes: [],
    contexts: [],
  };
}
