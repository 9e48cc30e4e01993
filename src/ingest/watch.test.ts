import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/index.js';
import { expandInputs, readInputs } from './sources.js';
import { parseDuration, watch } from './watch.js';

const item = (n: number) => `<item><title>Bulletin ${n}</title><link>http://feed.test/${n}</link>
  <pubDate>Mon, 0${n} Jul 2024 10:00:00 GMT</pubDate>
  <description>Bulletin ${n}: the ferry between Velsa and the islands ran ${n} extra crossings after the storm, the operator said.</description></item>`;
const rss = (items: number[]) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title>${items.map(item).join('')}</channel></rss>`;

let server: Server;
let base = '';
let downUrl = '';
const seen: IncomingHttpHeaders[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/garbage') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('\u0000\u0001 this is not xml <<<');
      return;
    }
    if (req.url === '/page.html') {
      res.writeHead(200, { 'content-type': 'text/html' }).end(`<html><head><title>Ferry news</title>
        <meta property="article:published_time" content="2024-07-02T08:00:00Z"></head><body><article>
        <p>The ferry operator in Velsa added a night crossing to the islands on Tuesday, citing demand from workers.</p>
        <p>Tickets for the new crossing go on sale next week, the operator said in a statement.</p></article></body></html>`);
      return;
    }
    if (req.url === '/broken') {
      res.writeHead(503).end('busy');
      return;
    }
    seen.push(req.headers);
    const version = seen.length >= 3 ? 'v2' : 'v1';
    const headers = { etag: `"${version}"`, 'last-modified': 'Mon, 01 Jul 2024 12:00:00 GMT', 'content-type': 'application/rss+xml' };
    if (req.headers['if-none-match'] === headers.etag) {
      res.writeHead(304, headers).end();
      return;
    }
    res.writeHead(200, headers).end(rss(version === 'v1' ? [1, 2] : [1, 2, 3]));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const closed = createServer();
  await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
  downUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/feed`;
  await new Promise((r) => closed.close(r));
});

afterAll(() => new Promise((r) => server.close(r)));

describe('watch', () => {
  it('polls with conditional GET, ingests only new items, and survives feeds that are down or garbage', async () => {
    const store = openStore(join(mkdtempSync(join(tmpdir(), 'steppe-watch-')), 'w.db'));
    const lines: string[] = [];
    const results = await watch(store, [`${base}/feed.xml`, `${base}/garbage`, downUrl, `${base}/broken`], {
      everyMs: 5, rounds: 3, workers: 1, log: (l) => lines.push(l),
    });
    const feed = results.filter((r) => r.url.endsWith('/feed.xml'));
    expect(feed.map((r) => [r.status, r.added])).toEqual([[200, 2], [304, 0], [200, 1]]);
    expect(seen[0]!['if-none-match']).toBeUndefined();
    expect(seen[1]!['if-none-match']).toBe('"v1"');
    expect(seen[1]!['if-modified-since']).toBe('Mon, 01 Jul 2024 12:00:00 GMT');
    expect(store.stats().articles).toBe(3);
    expect(store.feed(`${base}/feed.xml`)).toMatchObject({ etag: '"v2"', status: 200, error: null, items: 3 });

    const garbage = results.filter((r) => r.url.endsWith('/garbage'));
    expect(garbage).toHaveLength(3);
    expect(garbage[0]!.error).toMatch(/not a readable feed/);
    expect(results.find((r) => r.url === downUrl)!.error).toMatch(/cannot fetch/);
    expect(store.feed(`${base}/broken`)).toMatchObject({ status: 503, error: 'HTTP 503' });
    expect(lines.some((l) => l.endsWith('not modified'))).toBe(true);
    store.close();
  }, 300_000);
  it('ingest reads feed and page URLs, and reports ones that fail', async () => {
    const items = [];
    for await (const it of readInputs(expandInputs([`${base}/page.html`, `${base}/feed.xml`, `${base}/broken`, downUrl]))) items.push(it);
    const page = items[0]!.article!;
    expect(page).toMatchObject({ title: 'Ferry news', published: '2024-07-02', url: `${base}/page.html` });
    expect(page.text.split('\n\n')).toHaveLength(2);
    expect(items.filter((i) => i.article?.url?.startsWith('http://feed.test/')).length).toBeGreaterThanOrEqual(2);
    expect(items.filter((i) => i.error).map((i) => i.error)).toEqual(['HTTP 503', expect.stringMatching(/^cannot fetch/)]);
  }, 300_000);
  it('parses durations', () => {
    expect(parseDuration('10m')).toBe(600_000);
    expect(parseDuration('1.5h')).toBe(5_400_000);
    expect(parseDuration('30')).toBe(30_000);
    expect(() => parseDuration('soon')).toThrow(/--every must be a duration/);
  });
});
