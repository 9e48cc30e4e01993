import type Database from 'better-sqlite3';
import type { StoreInput, WriteResult } from './types.js';
import { BANDS, MAX_CANDIDATES, SAME_STORY, similarityToBlob, toBlob } from './minhash.js';
import { toRows, type ArticleRows } from './rows.js';

/** Prepared statements for writing analysed articles. Each call to write() is one transaction. */
export function createWriter(db: Database.Database, now: () => Date) {
  const q = {
    exists: db.prepare('SELECT 1 FROM articles WHERE id = ?').pluck(),
    // the stored articles sharing a band, those sharing most bands first (at most MAX_CANDIDATES)
    candidates: db.prepare(
      `SELECT m.sig AS sig, m.story AS story FROM minhash m WHERE m.article IN (
         SELECT article FROM lsh_bands WHERE key IN (${Array(BANDS).fill('?').join(',')})
         GROUP BY article ORDER BY COUNT(*) DESC, article LIMIT ${MAX_CANDIDATES})`,
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
    minhash: db.prepare('INSERT INTO minhash (article, sig, story) VALUES (?, ?, ?)'),
    bands: db.prepare(`INSERT OR IGNORE INTO lsh_bands (key, article) VALUES ${Array(BANDS).fill('(?, ?)').join(', ')}`),
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

  /** The story an article joins: the most similar stored article's, if similar enough (ties: oldest story). */
  function findStory(r: ArticleRows): number | null {
    let best: number | null = null;
    let bestSim = SAME_STORY;
    for (const row of q.candidates.all(...r.bands) as Array<{ sig: Buffer; story: number }>) {
      const sim = similarityToBlob(r.signature, row.sig);
      if (sim > bestSim || (sim === bestSim && (best === null || row.story < best))) {
        best = row.story;
        bestSim = sim;
      }
    }
    return best;
  }

  function writeOne(r: ArticleRows, result: WriteResult): void {
    if (q.exists.get(r.key)) {
      result.duplicates++;
      return;
    }
    let story = findStory(r);
    if (story === null) story = Number(q.newStory.run(r.title, r.published).lastInsertRowid);
    else q.growStory.run({ published: r.published, title: r.title, story });
    const pk = Number(
      q.article.run(
        r.key, r.extId, r.url, r.title, r.byline, r.published, r.origin, r.text, r.contexts, r.analysisJson, story,
        now().toISOString(),
      ).lastInsertRowid,
    );
    q.fts.run(pk, r.title, r.text);
    q.minhash.run(pk, toBlob(r.signature), story);
    const bandRows: number[] = [];
    for (const key of r.bands) bandRows.push(key, pk);
    q.bands.run(bandRows);
    for (const a of r.actors) q.actor.run(pk, ...a);
    for (const qt of r.quotes) q.quote.run(pk, ...qt);
    for (const ev of r.events) {
      const evPk = Number(q.event.run(pk, story, ...ev.cols).lastInsertRowid);
      for (const p of ev.parties) q.party.run(evPk, ...p);
      for (const c of ev.contexts) q.context.run(c, evPk);
      result.events++;
    }
    result.added++;
  }

  const writeMany = db.transaction((rows: ArticleRows[]) => {
    const result: WriteResult = { added: 0, duplicates: 0, events: 0 };
    for (const r of rows) writeOne(r, result);
    return result;
  });

  return {
    /** Writes the rows in one transaction: all of them or none. Known keys are counted, not written. */
    writeRows: (rows: ArticleRows[]): WriteResult => writeMany(rows),
    write: (inputs: StoreInput[]): WriteResult => writeMany(inputs.map((i) => toRows(i))),
  };
}
