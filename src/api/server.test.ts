import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeInputs } from '../../bench/synthetic-store.js';
import { buildFixtureDb, RISE } from '../../test/corpus-fixture.js';
import { openStore } from '../store/index.js';
import { createApp } from './app.js';
import { openReader } from '../store/reader.js';
import { checkBind, startServer, warmUp, WARM_PATHS, type RunningServer } from './server.js';

let fx: ReturnType<typeof buildFixtureDb>;
beforeAll(() => { fx = buildFixtureDb(); });
afterAll(() => fx.cleanup());

describe('bind rule', () => {
  it('binds loopback freely and refuses other hosts without a token', () => {
    expect(() => checkBind('127.0.0.1', undefined)).not.toThrow();
    expect(() => checkBind('::1', undefined)).not.toThrow();
    expect(() => checkBind('0.0.0.0', undefined)).toThrow(/without an access token/);
    expect(() => checkBind('192.168.1.5', undefined)).toThrow(/STEPPE_TOKEN/);
    expect(() => checkBind('0.0.0.0', 'long-enough-token')).not.toThrow();
    expect(() => checkBind('0.0.0.0', 'short')).toThrow(/at least 8/);
  });
  it('does not start on a public host without a token', async () => {
    await expect(startServer({ db: fx.path, host: '0.0.0.0', port: 0 })).rejects.toThrow(/refusing/);
  });
});

describe('a running server', () => {
  let server: RunningServer;
  beforeAll(async () => { server = await startServer({ db: fx.path, port: 0, webRoot: '/nonexistent' }); });
  afterAll(async () => server.close());

  it('listens on 127.0.0.1 and answers over HTTP', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${server.url}/api/stats`);
    expect(res.status).toBe(200);
    const root = await (await fetch(`${server.url}/`)).json() as { openapi: string };
    expect(root.openapi).toBe('/openapi.json');
  });

  it('reads while another process-style writer ingests, and sees its commits', async () => {
    const before = (await (await fetch(`${server.url}/api/stats`)).json()) as { articles: number };
    const alertsBefore = (await (await fetch(`${server.url}/api/series?country=KAZ`)).json()) as { points: unknown[] };
    expect(alertsBefore.points).toEqual([]);
    const writer = openStore(fx.path);
    writer.write([...storeInputs([{ day: RISE, type: 'CONSULT', source: 'KAZ', target: 'AFG', copies: 2 }], 50_000)]);
    writer.close();
    const after = (await (await fetch(`${server.url}/api/stats`)).json()) as { articles: number };
    expect(after.articles).toBe(before.articles + 2);
    const series = (await (await fetch(`${server.url}/api/series?country=KAZ`)).json()) as { points: Array<{ count: number }> };
    expect(series.points).toEqual([{ day: RISE, key: 'all', count: 1, intensity: expect.any(Number) }]);
  });
});

describe('warm-up', () => {
  it('asks every path in order, one per turn of the event loop, and survives failures', async () => {
    const asked: string[] = [];
    await new Promise<void>((done) => warmUp((p) => {
      asked.push(p);
      if (p === '/b') throw new Error('boom');
      return Promise.resolve();
    }, ['/a', '/b', '/c'], done));
    expect(asked).toEqual(['/a', '/b', '/c']);
  });

  it('warms only paths the API answers with 200 over a real store', async () => {
    const reader = openReader(fx.path);
    try {
      const app = createApp({ reader });
      for (const path of WARM_PATHS) expect((await app.request(path)).status, path).toBe(200);
    } finally {
      reader.close();
    }
  });
});
