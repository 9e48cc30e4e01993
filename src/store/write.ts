import type Database from 'better-sqlite3';
import type { Actor, Analysis, Event } from '../types.js';
import type { Party, StoreInput, WriteResult } from './types.js';
import { bandKeys, fromBlob, SAME_STORY, similarity, toBlob, BANDS } from './minhash.js';

/** Prepared statements for writing analysed articles. Each call to write() is one transaction. */
export function createWriter(db: Database.Database, now: () => Date) {
  const q = {
    exists: db.prepare('SELECT 1 FROM articles WHERE id = ?').pluck(),
    candidates: db.prepare(
      `SELECT DISTINCT b.article AS pk, m.sig AS sig, a.story_id AS story
       FROM lsh_bands b JOIN minhash m ON m.article = b.article JOIN articles a ON a.pk = b.article
       WHERE b.key IN (${Array(BANDS).fill('?').join(',')})`,
    ),
    newStory: db.prepare('INSERT INTO stories (title, first_published, size) VALUES (?, ?, 1)'),
    growStory: db.prepare(
      `UPDATE stories SET size = size + 1,
         first_published = CASE WHEN first_published IS NULL OR (@published IS NOT NULL AND @published < first_published)
           THEN @published ELSE first_published END,
         title = COALESCE(title, @title)
       WHERE id = @story`,
    ),
    article: db.prepare(
      `INSERT INTO articles (id, ext_id, url, title, byline, published, origin, text, contexts, analysis, story_id, ingested_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    fts: db.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)'),
    minhash: db.prepare('INSERT INTO minhash (article, sig) VALUES (?, ?)'),
    band: db.prepare('INSERT OR IGNORE INTO lsh_bands (key, article) VALUES (?, ?)'),
    actor: db.prepare(
      `INSERT OR REPLACE INTO actors (article, actor, name, kind, country, sector, code, roles, mentions)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    event: db.prepare(
      `INSERT INTO events (article, story_id, event_id, event_key, type, mode, source, target, date, place,
         place_country, contexts, negated, hypothetical, trigger_text, evidence_start, evidence_end, evidence, rule, confidence)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    party: db.prepare('INSERT INTO event_parties (event, role, name, country, sector, code) VALUES (?, ?, ?, ?, ?, ?)'),
    context: db.prepare('INSERT OR IGNORE INTO event_contexts (context, event) VALUES (?, ?)'),
    quote: db.prepare(
      'INSERT OR REPLACE INTO quotes (article, quote, text, cue, speaker_name, speaker_code) VALUES (?, ?, ?, ?, ?, ?)',
    ),
  };

  /** The story an article joins: the most similar stored article's, if similar enough. */
  function findStory(keys: number[], sig: Uint32Array): number | null {
    let best: number | null = null;
    let bestSim = SAME_STORY;
    for (const row of q.candidates.all(...keys) as Array<{ pk: number; sig: Buffer; story: number }>) {
      const sim = similarity(sig, fromBlob(row.sig));
      if (sim >= bestSim && (best === null || sim > bestSim || row.story < best)) {
        best = row.story;
        bestSim = sim;
      }
    }
    return best;
  }

  function writeOne(input: StoreInput, result: WriteResult): void {
    if (q.exists.get(input.key)) {
      result.duplicates++;
      return;
    }
    const { article, analysis } = input;
    const published = analysis.published ?? article.published ?? null;
    const keys = bandKeys(input.signature);
    let story = findStory(keys, input.signature);
    if (story === null) story = Number(q.newStory.run(article.title ?? null, published).lastInsertRowid);
    else q.growStory.run({ published, title: article.title ?? null, story });
    const pk = Number(
      q.article.run(
        input.key, article.id ?? null, article.url ?? null, article.title ?? null, article.byline ?? null, published, input.origin ?? null,
        article.text, analysis.contexts.length ? `,${analysis.contexts.join(',')},` : '', JSON.stringify(analysis), story,
        now().toISOString(),
      ).lastInsertRowid,
    );
    q.fts.run(pk, article.title ?? null, article.text);
    q.minhash.run(pk, toBlob(input.signature));
    for (const key of keys) q.band.run(key, pk);
    const actors = new Map<string, Actor>();
    for (const a of analysis.actors) {
      actors.set(a.id, a);
      q.actor.run(pk, a.id, a.name, a.kind, a.country, a.sector, a.code, a.roles.join(','), a.mentions.length);
    }
    for (const qt of analysis.quotes) {
      const sp = qt.speaker ? actors.get(qt.speaker) : undefined;
      q.quote.run(pk, qt.id, qt.text, qt.cue, sp?.name ?? null, sp?.code ?? null);
    }
    const places = new Map(analysis.places.map((p) => [p.id, p]));
    for (const ev of analysis.events) {
      writeEvent(pk, story, ev, actors, places, article.text, published);
      result.events++;
    }
    result.added++;
  }

  function writeEvent(
    pk: number, story: number, ev: Event, actors: Map<string, Actor>,
    places: Map<string, Analysis['places'][number]>, text: string, published: string | null,
  ): void {
    const source = ev.source.map((id) => party(actors.get(id), id));
    const target = ev.target.map((id) => party(actors.get(id), id));
    const place = ev.place ? places.get(ev.place) : undefined;
    const key = [ev.type, codes(source), codes(target), ev.negated ? 'neg' : '', ev.hypothetical ? 'hyp' : ''].join('|');
    const evPk = Number(
      q.event.run(
        pk, story, ev.id, key, ev.type, ev.mode, JSON.stringify(source), JSON.stringify(target),
        ev.date ?? published, place?.name ?? ev.place ?? null, place?.country ?? null, JSON.stringify(ev.contexts),
        ev.negated ? 1 : 0, ev.hypothetical ? 1 : 0, text.slice(ev.trigger.start, ev.trigger.end),
        ev.evidence.start, ev.evidence.end, text.slice(ev.evidence.start, ev.evidence.end), ev.rule, ev.confidence,
      ).lastInsertRowid,
    );
    for (const [role, list] of [['source', source], ['target', target]] as const) {
      for (const p of list) q.party.run(evPk, role, p.name, p.country, p.sector, p.code);
    }
    for (const c of ev.contexts) q.context.run(c, evPk);
  }

  const writeMany = db.transaction((inputs: StoreInput[]) => {
    const result: WriteResult = { added: 0, duplicates: 0, events: 0 };
    for (const input of inputs) writeOne(input, result);
    return result;
  });

  return {
    has: (key: string): boolean => Boolean(q.exists.get(key)),
    /** Writes the inputs in one transaction: all of them or none. Known ids are counted, not written. */
    write: (inputs: StoreInput[]): WriteResult => writeMany(inputs),
  };
}

function party(a: Actor | undefined, id: string): Party {
  if (!a) return { name: id, code: null, country: null, sector: null };
  return { name: a.name, code: a.code, country: a.country, sector: a.sector };
}

const codes = (ps: Party[]): string => ps.map((p) => p.code ?? p.country ?? p.name).sort().join('+');
