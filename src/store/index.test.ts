import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { input } from '../../test/store-fixtures.js';
import { MIGRATIONS } from './migrations.js';
import { bandKeys } from './minhash.js';
import { openStore, toFtsQuery } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'steppe-store-'));
let n = 0;
const fresh = () => openStore(join(dir, `s${++n}.db`));

const RUS = ['Russian government', 'RUS', 'GOV'] as [string, string, string];
const USA = ['US government', 'USA', 'GOV'] as [string, string, string];
const AFG = ['Taliban', 'AFG', 'INS'] as [string, string, string];

function seeded() {
  const s = fresh();
  const a1 = { text: 'Moscow warned Washington about the troop build-up near the border. More text follows here.', title: 'Warning issued', published: '2021-08-20', url: 'http://a.test/1' };
  const a1copy = { ...a1, url: 'http://b.test/copy' };
  const a2 = { text: 'Fighters attacked a checkpoint near Kabul on Monday, killing two guards.', title: 'Checkpoint attack', published: '2021-08-23' };
  const a3 = { text: 'Washington and Moscow agreed to resume consultations on arms control next month.', title: 'Talks agreed', published: '2021-09-02' };
  s.write([
    input(a1, [{ type: 'THREATEN', source: RUS, target: USA, contexts: ['military'] }]),
    input(a1copy, [{ type: 'THREATEN', source: RUS, target: USA, contexts: ['military'] }]),
    input(a2, [{ type: 'ASSAULT', source: AFG, date: '2021-08-23', contexts: ['terrorism'] }]),
    input(a3, [{ type: 'AGREE', source: USA, target: RUS }, { type: 'CONSULT', source: RUS, target: USA, negated: true }]),
  ]);
  return s;
}

describe('schema and migrations', () => {
  it('creates the schema on open, records its version and reopens without migrating again', () => {
    const path = join(dir, 'mig.db');
    const s = openStore(path);
    expect(s.schemaVersion).toBe(MIGRATIONS.length);
    s.close();
    const raw = new Database(path);
    expect(raw.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
    expect(openStore(path).stats().schemaVersion).toBe(MIGRATIONS.length);
  });
  it('migrates a version 1 database without losing rows: signatures learn their story, copies still join it', () => {
    const path = join(dir, 'v1.db');
    const raw = new Database(path);
    raw.exec(MIGRATIONS[0]!);
    raw.pragma('user_version = 1');
    const text = 'Dock workers at the port began a two-day strike on Monday over pay and shift schedules, halting grain loading.';
    const sig = input({ text }).signature;
    raw.prepare("INSERT INTO stories (id, title, size) VALUES (7, 'Strike', 1)").run();
    raw.prepare(`INSERT INTO articles (pk, id, text, analysis, story_id, ingested_at) VALUES (1, 'k1', ?, '{}', 7, '2024-01-01')`).run(text);
    raw.prepare('INSERT INTO minhash (article, sig) VALUES (1, ?)').run(Buffer.from(sig.buffer));
    for (const key of bandKeys(sig)) raw.prepare('INSERT INTO lsh_bands (key, article) VALUES (?, 1)').run(key);
    raw.close();
    const s = openStore(path);
    expect(s.schemaVersion).toBe(MIGRATIONS.length);
    expect(s.counts()).toMatchObject({ articles: 1, stories: 1, minhash: 1 });
    s.write([input({ text, url: 'http://copy.test/strike' })]);
    expect(s.stats()).toMatchObject({ articles: 2, stories: 1 });
    s.close();
    const check = new Database(path, { readonly: true });
    expect(check.prepare('SELECT article, story FROM minhash ORDER BY article').all()).toEqual([{ article: 1, story: 7 }, { article: 2, story: 7 }]);
    check.close();
  });
  it('refuses a database from a newer steppe with a one-line error', () => {
    const path = join(dir, 'newer.db');
    const raw = new Database(path);
    raw.pragma(`user_version = ${MIGRATIONS.length + 5}`);
    raw.close();
    expect(() => openStore(path)).toThrow(/schema version \d+ is newer/);
  });
  it('refuses a file that is not a database', () => {
    expect(() => openStore(dir)).toThrow(/is a directory/);
  });
});

describe('writing', () => {
  it('is idempotent: the same article twice adds nothing; same text at another URL is a copy', () => {
    const s = fresh();
    const a = { text: 'The council met on Friday and approved the water budget.', url: 'http://x.test/a' };
    expect(s.write([input(a)])).toMatchObject({ added: 1, duplicates: 0 });
    expect(s.write([input(a)])).toMatchObject({ added: 0, duplicates: 1 });
    expect(s.write([input({ ...a, url: 'http://y.test/a' })])).toMatchObject({ added: 1 });
    const st = s.stats();
    expect(st.articles).toBe(2);
    expect(st.stories).toBe(1);
  });
  it('stores analysis, actors and events readable by id', () => {
    const s = seeded();
    const hit = s.search('checkpoint')[0]!;
    const art = s.article(hit.articleId)!;
    expect(art.title).toBe('Checkpoint attack');
    expect(art.analysis.events[0]!.type).toBe('ASSAULT');
    expect(s.actors().map((a) => a.code)).toEqual(expect.arrayContaining(['RUSGOV', 'USAGOV', 'AFGINS']));
  });
});

describe('events and series', () => {
  it('counts an event once per story, lists every copy on request', () => {
    const s = seeded();
    expect(s.events({ type: 'THREATEN' })).toHaveLength(1);
    expect(s.events({ type: 'THREATEN', copies: true })).toHaveLength(2);
    const st = s.stats();
    expect(st.events).toBe(5);
    expect(st.storyEvents).toBe(4);
    expect(st.byType.find((t) => t.type === 'THREATEN')).toEqual({ type: 'THREATEN', events: 2, stories: 1 });
  });
  it('filters by date range, country, actor, type and context', () => {
    const s = seeded();
    const types = (f: Parameters<typeof s.events>[0]) => s.events(f).map((e) => e.type).sort();
    expect(types({ from: '2021-08-21', to: '2021-08-31' })).toEqual(['ASSAULT']);
    expect(types({ to: '2021-08' })).toEqual(['ASSAULT', 'THREATEN']);
    expect(types({ country: 'afg' })).toEqual(['ASSAULT']);
    expect(types({ country: 'USA' })).toEqual(['AGREE', 'CONSULT', 'THREATEN']);
    expect(types({ actor: 'RUSGOV' })).toEqual(['AGREE', 'CONSULT', 'THREATEN']);
    expect(types({ actor: 'taliban' })).toEqual(['ASSAULT']);
    expect(types({ context: 'terrorism' })).toEqual(['ASSAULT']);
    expect(types({ type: 'CONSULT' })).toEqual(['CONSULT']);
    const e = s.events({ type: 'CONSULT' })[0]!;
    expect(e.negated).toBe(true);
    expect(e.source[0]).toEqual({ name: 'Russian government', code: 'RUSGOV', country: 'RUS', sector: 'GOV' });
    expect(e.evidence).toMatch(/^Washington and Moscow agreed/);
    expect(e.date).toBe('2021-09-02');
  });
  it('rejects bad filters with a message naming the value', () => {
    const s = seeded();
    expect(() => s.events({ from: 'yesterday' })).toThrow(/--from must be a date/);
    expect(() => s.events({ type: 'PUNCH' as never })).toThrow(/unknown event type "PUNCH"/);
    expect(() => s.events({ country: 'Russia' })).toThrow(/--country must be an ISO alpha-3/);
  });
  it('builds daily series by type, country, dyad and context, each story once', () => {
    const s = seeded();
    expect(s.series('type', { type: 'THREATEN' })).toEqual([{ day: '2021-08-20', key: 'THREATEN', count: 1 }]);
    expect(s.series('dyad', { from: '2021-08-01', to: '2021-08-31' })).toEqual([{ day: '2021-08-20', key: 'RUS>USA', count: 1 }]);
    expect(s.series('country', { to: '2021-08-20' })).toEqual([
      { day: '2021-08-20', key: 'RUS', count: 1 }, { day: '2021-08-20', key: 'USA', count: 1 },
    ]);
    expect(s.series('context')).toEqual([
      { day: '2021-08-20', key: 'military', count: 1 }, { day: '2021-08-23', key: 'terrorism', count: 1 },
    ]);
  });
});

describe('search', () => {
  it('ranks with bm25, marks snippets and keeps every copy searchable', () => {
    const s = seeded();
    const hits = s.search('troop border');
    expect(hits).toHaveLength(2);
    expect(hits[0]!.storyId).toBe(hits[1]!.storyId);
    expect(hits[0]!.snippet).toMatch(/\[troop\]/);
  });
  it('applies filters', () => {
    const s = seeded();
    expect(s.search('Moscow')).toHaveLength(3);
    expect(s.search('Moscow', { type: 'AGREE' }).map((h) => h.title)).toEqual(['Talks agreed']);
    expect(s.search('Moscow', { from: '2021-09-01' }).map((h) => h.title)).toEqual(['Talks agreed']);
    expect(s.search('Kabul', { country: 'AFG' })).toHaveLength(1);
    expect(s.search('Kabul', { country: 'USA' })).toHaveLength(0);
    expect(s.search('Moscow', { actor: 'USAGOV', context: 'military' })).toHaveLength(2);
  });
  it('turns a person\'s query into safe FTS5 syntax', () => {
    expect(toFtsQuery('arms "control talks" OR treaty*')).toBe('"arms" "control talks" OR "treaty"*');
    expect(toFtsQuery('a-b (c')).toBe('"a" "b" "c"');
    expect(() => toFtsQuery('  ** ')).toThrow(/no words/);
  });
});
