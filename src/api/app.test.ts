import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureDb, RISE } from '../../test/corpus-fixture.js';
import { openReader, type CorpusReader } from '../store/reader.js';
import { createApp, ROUTES } from './app.js';

let fx: ReturnType<typeof buildFixtureDb>;
let reader: CorpusReader;
let app: ReturnType<typeof createApp>;
const get = async (path: string, headers: Record<string, string> = {}) => {
  const res = await app.request(path, { headers });
  return { status: res.status, body: (await res.json()) as any };
};

beforeAll(() => {
  fx = buildFixtureDb();
  reader = openReader(fx.path);
  app = createApp({ reader });
});
afterAll(() => {
  reader.close();
  fx.cleanup();
});

describe('corpus endpoints', () => {
  it('lists articles with totals and pages', async () => {
    const all = await get('/api/articles?limit=5');
    expect(all.status).toBe(200);
    expect(all.body.items).toHaveLength(5);
    expect(all.body.total).toBeGreaterThan(400);
    const next = await get('/api/articles?limit=5&offset=5');
    expect(next.body.items[0].id).not.toBe(all.body.items[0].id);
    expect(next.body.total).toBe(all.body.total);
    const afg = await get(`/api/articles?country=afg&from=${RISE}&to=${RISE}&type=ASSAULT`);
    expect(afg.body.total).toBeGreaterThanOrEqual(10);
  });
  it('gives one article with its analysis, 404 for an unknown id', async () => {
    const first = (await get('/api/articles?limit=1')).body.items[0];
    const one = await get(`/api/articles/${first.id}`);
    expect(one.status).toBe(200);
    expect(one.body.analysis.schema).toBe(1);
    expect(one.body.analysis.events.length).toBeGreaterThan(0);
    expect(one.body.text.length).toBeGreaterThan(20);
    const missing = await get('/api/articles/no-such-article');
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toMatch(/no article/);
  });
  it('lists events one per story, filtered, with totals', async () => {
    const ev = await get(`/api/events?country=AFG&type=ASSAULT&from=${RISE}&to=${RISE}`);
    expect(ev.status).toBe(200);
    expect(ev.body.total).toBe(ev.body.items.length);
    expect(ev.body.items.every((e: any) => e.type === 'ASSAULT' && e.date === RISE)).toBe(true);
    const copied = await get('/api/events?type=AID&actor=UZBGOV&country=AFG');
    const stories = copied.body.items.map((e: any) => e.storyId);
    expect(new Set(stories).size).toBe(stories.length);
  });
  it('searches text with paging', async () => {
    const s = await get('/api/search?q=government&limit=3');
    expect(s.status).toBe(200);
    expect(s.body.items).toHaveLength(3);
    expect(s.body.more).toBe(true);
    expect((await get('/api/search')).status).toBe(400);
  });
  it('reports stats', async () => {
    const s = await get('/api/stats');
    expect(s.body.articles).toBeGreaterThan(s.body.stories - 1);
  });
});

describe('analytics endpoints', () => {
  it('alerts the injected rise on its day, with evidence, and the copied story as breaking', async () => {
    const a = await get(`/api/alerts?from=2021-08-01&to=2021-08-29`);
    expect(a.status).toBe(200);
    const afg = a.body.spikes.find((s: any) => s.dimension === 'country' && s.key === 'AFG');
    expect(afg.day).toBe(RISE);
    expect(afg.events.length).toBeGreaterThan(0);
    expect(afg.articles[0].articleId).toMatch(/^[0-9a-f]{64}$/);
    expect(a.body.breaking.map((b: any) => b.copies)).toEqual([6]);
    const strict = await get(`/api/alerts?from=2021-08-01&to=2021-08-29&minCount=50`);
    expect(strict.body.spikes).toEqual([]);
  });
  it('gives series, split or filtered', async () => {
    const s = await get(`/api/series?country=AFG&context=terrorism&from=${RISE}&to=${RISE}`);
    expect(s.body.points).toHaveLength(1);
    expect(s.body.points[0].count).toBeGreaterThanOrEqual(10);
    const byType = await get('/api/series?by=type&from=2021-06-01&to=2021-06-30');
    expect(new Set(byType.body.points.map((p: any) => p.key)).size).toBeGreaterThan(5);
    const dyad = await get('/api/series?dyad=AFG>PAK&by=dyad');
    expect(dyad.body.points.every((p: any) => p.key === 'AFG>PAK')).toBe(true);
  });
  it('ranks actors, pairs and a network', async () => {
    const actors = await get('/api/actors?limit=3');
    const counts = actors.body.items.map((a: any) => a.stories);
    expect(counts).toEqual([...counts].sort((x: number, y: number) => y - x));
    expect(actors.body.items.every((a: any) => a.asSource + a.asTarget >= a.stories && /^[A-Z]{3}GOV$/.test(a.id))).toBe(true);
    expect(actors.body.total).toBe(5);
    const dyads = await get('/api/dyads?windowDays=30');
    expect(dyads.body[0].windows.length).toBeGreaterThan(1);
    const net = await get('/api/network?by=country');
    expect(net.body.edges.length).toBeGreaterThan(5);
    expect(net.body.nodes.map((n: any) => n.id).sort()).toEqual(['AFG', 'IRN', 'PAK', 'TJK', 'UZB']);
  });
});

describe('validation and documents', () => {
  it.each([
    ['/api/events?limit=0', /limit/],
    ['/api/events?limit=abc', /limit/],
    ['/api/events?country=Afghanistan', /country/],
    ['/api/events?type=HUG', /PLOVER/],
    ['/api/events?from=2021-13-01', /from/],
    ['/api/events?colour=red', /unknown parameter "colour"/],
    ['/api/events?limit=1&limit=2', /2 times/],
    ['/api/alerts?pValue=3', /pValue/],
    ['/api/alerts?from=2021-08-10&to=2021-08-01', /after/],
    ['/api/alerts?dimensions=planet', /dimensions/],
    ['/api/alerts?from=2000-01-01', /at most 366 days/],
    ['/api/series?by=colour', /by/],
    ['/api/series?dyad=AFGPAK', /dyad/],
    ['/api/network?by=planet', /by/],
  ])('%s answers 400', async (path, message) => {
    const r = await get(path);
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('usage');
    expect(r.body.error.message).toMatch(message);
  });
  it('answers 404 for unknown endpoints', async () => {
    expect((await get('/api/nothing')).status).toBe(404);
  });
  it('documents every route in /openapi.json', async () => {
    const doc = await get('/openapi.json');
    expect(doc.body.openapi).toMatch(/^3\./);
    for (const r of ROUTES) expect(doc.body.paths[r.path.replace(/:(\w+)/g, '{$1}')]).toBeDefined();
    const refs = JSON.stringify(doc.body).match(/#\/components\/schemas\/(\w+)/g)!;
    for (const ref of refs) expect(doc.body.components.schemas[ref.split('/').pop()!]).toBeDefined();
  });
});

describe('token rule', () => {
  it('needs a bearer token on every API path when one is set', async () => {
    const guarded = createApp({ reader, token: 'sesame-open-1' });
    for (const path of ['/api/stats', '/api/events', '/openapi.json', '/api/articles/x']) {
      expect((await guarded.request(path)).status).toBe(401);
      expect((await guarded.request(path, { headers: { Authorization: 'Bearer wrong-token' } })).status).toBe(401);
    }
    const ok = await guarded.request('/api/stats', { headers: { Authorization: 'Bearer sesame-open-1' } });
    expect(ok.status).toBe(200);
  });
});

describe('cursor paging', () => {
  it('walks every event once by cursor, in the order offsets give', async () => {
    const total = (await get('/api/events?limit=1')).body.total;
    const seen: string[] = [];
    let next: string | null = null;
    do {
      const page: any = (await get(`/api/events?limit=97${next ? `&cursor=${next}` : ''}`)).body;
      expect(page.total).toBe(total);
      seen.push(...page.items.map((e: any) => `${e.articleId}/${e.eventId}`));
      next = page.next;
    } while (next);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    const byOffset = (await get('/api/events?limit=5&offset=97')).body.items.map((e: any) => `${e.articleId}/${e.eventId}`);
    expect(seen.slice(97, 102)).toEqual(byOffset);
  });
  it('refuses a forged cursor and offset with cursor', async () => {
    expect((await get('/api/events?cursor=bm9uc2Vuc2U')).status).toBe(400);
    const next = (await get('/api/events?limit=2')).body.next;
    expect((await get(`/api/events?cursor=${next}&offset=4`)).body.error.message).toMatch(/not both/);
  });
});
