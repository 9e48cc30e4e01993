/**
 * An analysed article flattened into the values the store writes. Pure (no SQL): ingest
 * workers build rows, so the thread that writes only runs inserts.
 */
import type { Actor } from '../types.js';
import { bandKeys } from './minhash.js';
import type { Party, StoreInput } from './types.js';

type Cell = string | number | null;

export interface EventRows {
  /** event_id, event_key, type, mode, source, target, date, place, place_country, contexts, negated,
   * hypothetical, trigger_text, evidence_start, evidence_end, evidence, rule, confidence */
  cols: Cell[];
  parties: Array<[role: 'source' | 'target', name: string, country: string | null, sector: string | null, code: string | null]>;
  contexts: string[];
}

export interface ArticleRows {
  key: string;
  extId: string | null;
  url: string | null;
  title: string | null;
  byline: string | null;
  published: string | null;
  origin: string | null;
  text: string;
  /** ",a,b," for LIKE filters */
  contexts: string;
  analysisJson: string;
  signature: Int32Array;
  bands: number[];
  /** actor, name, kind, country, sector, code, roles, mentions */
  actors: Cell[][];
  /** quote, text, cue, speaker_name, speaker_code */
  quotes: Cell[][];
  events: EventRows[];
}

function party(a: Actor | undefined, id: string): Party {
  if (!a) return { name: id, code: null, country: null, sector: null };
  return { name: a.name, code: a.code, country: a.country, sector: a.sector };
}

const codes = (ps: Party[]): string => ps.map((p) => p.code ?? p.country ?? p.name).sort().join('+');

/** Flattens an analysed article; `withText: false` leaves `text` empty (the caller has it). */
export function toRows(input: StoreInput, withText = true): ArticleRows {
  const { article, analysis } = input;
  const text = article.text;
  const published = analysis.published ?? article.published ?? null;
  const actors = new Map(analysis.actors.map((a) => [a.id, a]));
  const places = new Map(analysis.places.map((p) => [p.id, p]));
  return {
    key: input.key,
    extId: article.id ?? null,
    url: article.url ?? null,
    title: article.title ?? null,
    byline: article.byline ?? null,
    published,
    origin: input.origin ?? null,
    text: withText ? text : '',
    contexts: analysis.contexts.length ? `,${analysis.contexts.join(',')},` : '',
    analysisJson: JSON.stringify(analysis),
    signature: input.signature,
    bands: bandKeys(input.signature),
    actors: analysis.actors.map((a) => [a.id, a.name, a.kind, a.country, a.sector, a.code, a.roles.join(','), a.mentions.length]),
    quotes: analysis.quotes.map((q) => {
      const sp = q.speaker ? actors.get(q.speaker) : undefined;
      return [q.id, q.text, q.cue, sp?.name ?? null, sp?.code ?? null];
    }),
    events: analysis.events.map((ev) => {
      const source = ev.source.map((id) => party(actors.get(id), id));
      const target = ev.target.map((id) => party(actors.get(id), id));
      const place = ev.place ? places.get(ev.place) : undefined;
      const key = [ev.type, codes(source), codes(target), ev.negated ? 'neg' : '', ev.hypothetical ? 'hyp' : ''].join('|');
      return {
        cols: [
          ev.id, key, ev.type, ev.mode, JSON.stringify(source), JSON.stringify(target), ev.date ?? published,
          place?.name ?? ev.place ?? null, place?.country ?? null, JSON.stringify(ev.contexts), ev.negated ? 1 : 0,
          ev.hypothetical ? 1 : 0, text.slice(ev.trigger.start, ev.trigger.end), ev.evidence.start, ev.evidence.end,
          text.slice(ev.evidence.start, ev.evidence.end), ev.rule, ev.confidence,
        ],
        parties: [
          ...source.map((p) => ['source', p.name, p.country, p.sector, p.code] as EventRows['parties'][number]),
          ...target.map((p) => ['target', p.name, p.country, p.sector, p.code] as EventRows['parties'][number]),
        ],
        contexts: ev.contexts,
      };
    }),
  };
}
