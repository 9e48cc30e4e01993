import type { Actor, Analysis, Article, Event, PloverType } from '../src/types.js';
import { articleKey, signature, type StoreInput } from '../src/store/index.js';

export interface EventSpec {
  type: PloverType;
  source: [name: string, country: string | null, sector: string | null];
  target?: [name: string, country: string | null, sector: string | null];
  date?: string;
  contexts?: string[];
  negated?: boolean;
}

/** A hand-made analysis whose events rest on the first sentence of the text (for store tests). */
export function analysisFor(article: Article, events: EventSpec[]): Analysis {
  const actors: Actor[] = [];
  const actorId = ([name, country, sector]: NonNullable<EventSpec['target']>): string => {
    let a = actors.find((x) => x.name === name);
    if (!a) {
      a = { id: `a${actors.length + 1}`, name, kind: country && !sector ? 'country' : 'organization', country, sector,
        roles: [], code: country ? `${country}${sector ?? ''}` : null, mentions: [], rule: 'test' };
      actors.push(a);
    }
    return a.id;
  };
  const end = article.text.indexOf('.') + 1 || article.text.length;
  const evs: Event[] = events.map((e, i) => ({
    id: `v${i + 1}`, type: e.type, mode: null, contexts: e.contexts ?? [], source: [actorId(e.source)],
    target: e.target ? [actorId(e.target)] : [], date: e.date ?? null, place: null, negated: e.negated ?? false,
    hypothetical: false, sentence: 0, trigger: { start: 0, end: 3 }, evidence: { start: 0, end }, rule: 'test.rule', confidence: 0.9,
  }));
  return {
    schema: 1, id: article.id ?? 'x', published: article.published ?? null, language: 'en', sentences: [{ start: 0, end }],
    entities: [], actors, mentions: [], quotes: [], dates: [], places: [], events: evs,
    contexts: [...new Set(events.flatMap((e) => e.contexts ?? []))],
  };
}

export function input(article: Article, events: EventSpec[] = []): StoreInput {
  return { key: articleKey(article), article, analysis: analysisFor(article, events), signature: signature(article.text), origin: 'test' };
}

/** A few hundred words of invented wire copy about one topic, so shingles are plentiful. */
export function story(topic: string, n = 12): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    lines.push(`${topic} officials said on day ${i} that the ${topic} talks covered item number ${i * 7} and point ${i * 3}, with delegates reviewing proposal ${i}.`);
  }
  return lines.join(' ');
}
