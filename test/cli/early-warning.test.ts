import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureDb, RISE } from '../corpus-fixture.js';
import { cli } from './run.js';

let fx: ReturnType<typeof buildFixtureDb>;
beforeAll(() => { fx = buildFixtureDb(); });
afterAll(() => fx.cleanup());

describe('early-warning commands', () => {
  it('alerts: JSON with the injected rise, and a readable table', async () => {
    const r = await cli(['alerts', '--db', fx.path, '--from', '2021-08-01', '--to', '2021-08-29', '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.spikes.find((s: any) => s.dimension === 'country' && s.key === 'AFG').day).toBe(RISE);
    const t = await cli(['alerts', '--db', fx.path, '--from', '2021-08-01', '--to', '2021-08-29', '--p-value', '0.0001']);
    expect(t.code).toBe(0);
    expect(t.stdout).toMatch(new RegExp(`${RISE}\\s+country\\s+AFG`));
    expect(t.stdout).toMatch(/evidence for/);
    expect(t.stdout).toMatch(/breaking stories/);
  });

  it('trends: a country and context series', async () => {
    const r = await cli(['trends', '--db', fx.path, '--country', 'AFG', '--context', 'terrorism', '--json']);
    const trend = JSON.parse(r.stdout);
    expect(trend.filter).toEqual({ country: 'AFG', context: 'terrorism' });
    expect(trend.points.find((p: any) => p.day === RISE).count).toBeGreaterThanOrEqual(10);
    const table = await cli(['trends', '--db', fx.path, '--dyad', 'AFG>PAK', '--type', 'assault', '--from', RISE, '--to', RISE]);
    expect(table.stdout).toMatch(new RegExp(`${RISE}\\s+1\\d\\s+-9\\.0\\s+#+`));
  });

  it('actors, dyads and network print tables and JSON', async () => {
    const a = await cli(['actors', '--db', fx.path, '--limit', '2']);
    expect(a.stdout.split('\n').filter(Boolean)).toHaveLength(4);
    const d = JSON.parse((await cli(['dyads', '--db', fx.path, '--window-days', '30', '--json'])).stdout);
    expect(d.length).toBeGreaterThan(3);
    expect(d[0].dyad).toMatch(/^[A-Z]{3}-[A-Z]{3}$/);
    const o = JSON.parse((await cli(['dyads', '--db', fx.path, '--ordered', '--json'])).stdout);
    expect(o[0].dyad).toMatch(/^[A-Z]{3}>[A-Z]{3}$/);
    const n = await cli(['network', '--db', fx.path, '--by', 'country']);
    expect(n.stdout).toMatch(/^5 nodes, \d+ edges/);
  });

  it('refuses bad flags and a missing database in one line', async () => {
    const bad = await cli(['trends', '--db', fx.path, '--country', 'Afghanistan']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('steppe: --country must be an ISO 3166-1 alpha-3 code like AFG, got "Afghanistan"\n');
    const cfg = await cli(['alerts', '--db', fx.path, '--p-value', '7']);
    expect(cfg.code).toBe(2);
    expect(cfg.stderr).toMatch(/--p-value must be/);
    const missing = await cli(['alerts', '--db', '/nonexistent/steppe.db']);
    expect(missing.code).toBe(4);
    expect(missing.stderr).toMatch(/no database at/);
  });
});

describe('steppe serve', () => {
  it('refuses a public host without a token, and a bad port, in one line', async () => {
    const r = await cli(['serve', '--db', fx.path, '--host', '0.0.0.0']);
    expect(r.code).toBe(5);
    expect(r.stderr).toBe('steppe: refusing to listen on 0.0.0.0 without an access token (give --token or set STEPPE_TOKEN)\n');
    const p = await cli(['serve', '--db', fx.path, '--port', 'eighty']);
    expect(p.code).toBe(2);
    expect(p.stderr).toMatch(/--port must be/);
  });
});
