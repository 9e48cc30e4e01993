import type { Store } from './index.js';
import type { EventQuery, EventRow, Filter, Party } from './types.js';

export type ExportFormat = 'jsonl' | 'csv' | 'plover';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['jsonl', 'csv', 'plover'];

const CSV_COLUMNS = [
  'article_id', 'story_id', 'event_id', 'date', 'type', 'mode', 'source', 'source_codes', 'source_countries',
  'target', 'target_codes', 'target_countries', 'place', 'place_country', 'contexts', 'negated', 'hypothetical',
  'trigger', 'evidence', 'rule', 'confidence', 'url', 'title',
] as const;

export function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const join = (ps: Party[], f: (p: Party) => string | null) => ps.map((p) => f(p) ?? '').join(';');

function csvRow(e: EventRow): string {
  const cells = [
    e.articleId, e.storyId, e.eventId, e.date, e.type, e.mode, join(e.source, (p) => p.name), join(e.source, (p) => p.code),
    join(e.source, (p) => p.country), join(e.target, (p) => p.name), join(e.target, (p) => p.code),
    join(e.target, (p) => p.country), e.place, e.placeCountry, e.contexts.join(';'), e.negated, e.hypothetical,
    e.trigger, e.evidence, e.rule, e.confidence, e.url, e.title,
  ];
  return cells.map(csvCell).join(',');
}

const ploverActor = (p: Party) => ({
  actorText: p.name,
  code: p.country ?? p.code ?? '',
  ...(p.sector ? { sector: p.sector } : {}),
});

/** One event as a PLOVER JSON record (the shape of the PLOVER gold-standard records). */
export function ploverRecord(e: EventRow): Record<string, unknown> {
  return {
    id: `${e.articleId.slice(0, 16)}-${e.eventId}`,
    date: e.date ?? e.published ?? '',
    source: e.source.map(ploverActor),
    target: e.target.map(ploverActor),
    event: e.type,
    mode: e.mode ?? '',
    context: e.contexts.join(', '),
    eventText: e.trigger ?? '',
    text: e.evidence,
    ...(e.place ? { eventLoc: { name: e.place, ...(e.placeCountry ? { 'country code': e.placeCountry } : {}) } } : {}),
    language: 'en',
    publication: e.url ?? e.title ?? '',
    negated: e.negated,
    hypothetical: e.hypothetical,
    storyId: e.storyId,
    articleId: e.articleId,
    rule: e.rule,
  };
}

/**
 * The export as a lazy sequence of text chunks: jsonl is one stored analysis document a line
 * (with story, url and title), csv one event a row, plover a JSON array of PLOVER event records.
 * Events are exported once per story unless `copies`.
 */
export function* exportChunks(store: Store, format: ExportFormat, f: Filter & Pick<EventQuery, 'copies' | 'limit'>): Generator<string> {
  if (format === 'jsonl') {
    for (const a of store.iterateArticles(f)) {
      yield `${JSON.stringify({ ...a.analysis, article: a.id, story: a.storyId, title: a.title ?? undefined, url: a.url ?? undefined, published: a.published })}\n`;
    }
  } else if (format === 'csv') {
    yield `${CSV_COLUMNS.join(',')}\n`;
    for (const e of store.iterateEvents(f)) yield `${csvRow(e)}\n`;
  } else {
    yield '[';
    let first = true;
    for (const e of store.iterateEvents(f)) {
      yield `${first ? '\n' : ',\n'}${JSON.stringify(ploverRecord(e))}`;
      first = false;
    }
    yield first ? ']\n' : '\n]\n';
  }
}
