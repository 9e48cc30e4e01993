import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { input } from '../store-fixtures.js';
import { cli } from './run.js';

const FIX = join(process.cwd(), 'test/fixtures/ingest');
const dir = mkdtempSync(join(tmpdir(), 'steppe-cli-store-'));
const db = join(dir, 'cli.db');
const events = join(dir, 'events.db');

beforeAll(() => {
  const s = openStore(events);
  const FRA = ['French government', 'FRA', 'GOV'] as [string, string, string];
  const DEU = ['German government', 'DEU', 'GOV'] as [string, string, string];
  s.write([
    input({ text: 'Paris accused Berlin of blocking the budget deal, officials said. "Unacceptable," one said.', title: 'Budget row', published: '2023-05-02', url: 'http://n.test/1' },
      [{ type: 'ACCUSE', source: FRA, target: DEU, contexts: ['economic'] }]),
    input({ text: 'Berlin and Paris agreed on a joint border patrol plan on Friday.', title: 'Patrol plan', published: '2023-06-09' },
      [{ type: 'AGREE', source: DEU, target: FRA, contexts: ['migration'] }]),
  ]);
  s.close();
});

describe('steppe ingest', () => {
  it('stores good items, reports bad ones with path and line, exits non-zero', async () => {
    const r = await cli(['ingest', FIX, '--db', db, '--workers', '2']);
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/^ingested 12 new articles \(\d+ events\) into .*cli\.db: 0 already stored, 6 skipped, 0 failed/);
    expect(r.stderr).toContain(`skipped ${join(FIX, 'batch.jsonl')}:3: invalid JSON`);
    expect(r.stderr).toContain(`skipped ${join(FIX, 'wire.sgm')}:13: document has no <BODY>`);
    const again = await cli(['ingest', join(FIX, 'page.html'), '--db', db]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/ingested 0 new articles .* 1 already stored/);
  }, 300_000);
  it('reads standard input', async () => {
    const r = await cli(['ingest', '-', '--db', db, '--quiet'], '{"id":"in1","text":"A harbour crane collapsed in Kessel on Sunday."}\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ingested 1 new article/);
  }, 300_000);
  it('gives one-line errors for bad arguments', async () => {
    for (const [argv, re, code] of [
      [['ingest', FIX, '--db', db, '--workers', '0'], /--workers must be a positive whole number/, 2],
      [['ingest', join(dir, 'none.txt'), '--db', db], /skipped .*none\.txt: no such file or folder/, 3],
      [['ingest', FIX, '--db', dir], /database path .* is a directory/, 5],
    ] as Array<[string[], RegExp, number]>) {
      const r = await cli(argv);
      expect(r.code).toBe(code);
      expect(r.stderr).toMatch(re);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('steppe search, events, stats', () => {
  it('searches with snippets and filters', async () => {
    const r = await cli(['search', 'grain', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Ministers agree on grain corridor/);
    expect(r.stdout).toMatch(/\[grain\]/);
    const dated = await cli(['search', 'grain', '--db', db, '--from', '2024-04-03', '--json']);
    expect(dated.stdout).toBe('');
    const json = await cli(['search', 'Paris', '--db', events, '--type', 'AGREE', '--json']);
    expect(json.stdout.trim().split('\n').map((l) => JSON.parse(l).title)).toEqual(['Patrol plan']);
  });
  it('lists events with filters', async () => {
    const r = await cli(['events', '--db', events, '--country', 'deu', '--context', 'economic']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^2023-05-02 {2}FRAGOV —ACCUSE→ DEUGOV \[economic\] {2}story \d+\n {4}Paris accused Berlin/);
    const j = await cli(['events', '--db', events, '--actor', 'German', '--to', '2023-05-31', '--json']);
    expect(j.stdout.trim().split('\n').map((l) => JSON.parse(l).type)).toEqual(['ACCUSE']);
    const none = await cli(['events', '--db', events, '--type', 'assault']);
    expect(none.stdout).toBe('');
    expect(none.stderr).toBe('0 events\n');
  });
  it('prints stats', async () => {
    const r = await cli(['stats', '--db', events]);
    expect(r.stdout).toMatch(/articles {5}2 in 2 stories/);
    const j = JSON.parse((await cli(['stats', '--db', events, '--json'])).stdout);
    expect(j).toMatchObject({ articles: 2, events: 2, storyEvents: 2 });
  });
  it('names the problem for a missing database or a bad filter', async () => {
    const missing = await cli(['events', '--db', join(dir, 'nope.db')]);
    expect(missing.code).toBe(4);
    expect(missing.stderr).toMatch(/^steppe: no database at .*nope\.db/);
    const bad = await cli(['search', 'x', '--db', events, '--from', '5 May']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('steppe: --from must be a date like 2021-08-23, got "5 May"\n');
  });
});

describe('steppe export', () => {
  it('jsonl: one stored analysis a line, filterable', async () => {
    const r = await cli(['export', '--db', events, '--format', 'jsonl', '--context', 'migration']);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ schema: 1, title: 'Patrol plan', published: '2023-06-09' });
    expect(lines[0].events[0].type).toBe('AGREE');
  });
  it('csv: a header and one quoted row per event', async () => {
    const r = await cli(['export', '--db', events, '--format', 'csv']);
    const rows = r.stdout.trim().split('\n');
    expect(rows[0]!.split(',').slice(0, 5)).toEqual(['article_id', 'story_id', 'event_id', 'date', 'type']);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toMatch(/,2023-05-02,ACCUSE,,French government,FRAGOV,FRA,German government,DEUGOV,DEU,/);
    expect(rows[1]).toMatch(/"Paris accused Berlin of blocking the budget deal, officials said\."/);
  });
  it('plover: a JSON array of PLOVER event records', async () => {
    const r = await cli(['export', '--db', events, '--format', 'plover', '--type', 'ACCUSE']);
    const recs = JSON.parse(r.stdout);
    expect(recs).toHaveLength(1);
    expect(recs[0]).toMatchObject({
      date: '2023-05-02', event: 'ACCUSE', mode: '', context: 'economic',
      source: [{ actorText: 'French government', code: 'FRA', sector: 'GOV' }],
      target: [{ actorText: 'German government', code: 'DEU', sector: 'GOV' }],
      text: 'Paris accused Berlin of blocking the budget deal, officials said.', language: 'en', publication: 'http://n.test/1',
    });
    expect(typeof recs[0].id).toBe('string');
    expect(JSON.parse((await cli(['export', '--db', events, '--format', 'plover', '--type', 'ASSAULT'])).stdout)).toEqual([]);
  });
  it('rejects an unknown format', async () => {
    const r = await cli(['export', '--db', events, '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('steppe: --format must be one of jsonl, csv, plover, got "xml"\n');
  });
});

describe('steppe watch', () => {
  it('polls a feed for the given rounds and stores its items', async () => {
    const feed = readFileSync(join(FIX, 'feed.atom'), 'utf8');
    const server = createServer((req, res) => {
      if (req.headers['if-none-match'] === '"a1"') res.writeHead(304).end();
      else res.writeHead(200, { etag: '"a1"', 'content-type': 'application/atom+xml' }).end(feed);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/atom`;
    try {
      const w = join(dir, 'watch.db');
      const r = await cli(['watch', url, '--db', w, '--every', '10ms', '--rounds', '2']);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/\/atom: 2 new, 0 known, 0 skipped\n.*\/atom: not modified\n/);
      expect(JSON.parse((await cli(['stats', '--db', w, '--json'])).stdout)).toMatchObject({ articles: 2, feeds: 1 });
    } finally {
      server.close();
    }
  }, 300_000);
  it('refuses what is not a URL, and a bad interval', async () => {
    expect((await cli(['watch', 'feed.xml', '--db', join(dir, 'x.db')])).stderr).toBe('steppe: not an http(s) URL: "feed.xml"\n');
    const r = await cli(['watch', 'http://127.0.0.1:9/x', '--every', 'often']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--every must be a duration/);
  });
});
