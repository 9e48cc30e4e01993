import type { Analysis, Doc } from './types.js';

/** Projects the working document onto the analysis JSON contract (schema 1). */
export function toAnalysis(doc: Doc): Analysis {
  const out: Analysis = {
    schema: 1,
    id: doc.id,
    published: doc.published,
    language: 'en',
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end })),
    entities: doc.entities.map((e) => ({
      id: e.id, type: e.type, text: e.text, start: e.start, end: e.end,
      actor: e.actor ?? null, rule: e.rule, sources: e.sources,
    })),
    actors: doc.actors,
    mentions: doc.mentions,
    quotes: doc.quotes,
    dates: doc.dates,
    places: doc.places,
    events: doc.events,
    contexts: doc.contexts,
  };
  if (doc.article.title) out.title = doc.article.title;
  if (doc.article.url) out.url = doc.article.url;
  return out;
}
