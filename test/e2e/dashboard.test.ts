/**
 * The dashboard in a real browser (Debian's chromium through playwright-core): the sample corpus is
 * ingested by the built CLI into a temporary store, `steppe serve` runs in-process on 127.0.0.1,
 * and the analyst's path is walked: map → country → events, search → article with highlighted
 * quotes and events, alert → evidence. A screenshot of each view lands in test-output/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, hasChromium, launchBrowser, type Browser } from '../../bench/browser.js';
import { startServer, type RunningServer } from '../../src/api/server.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');
const WEB = join(ROOT, 'dist', 'web');
const OUT = join(ROOT, 'test-output');
const HOSTILE = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">';

if (!hasChromium()) console.warn(`dashboard e2e tests skipped: no chromium at ${CHROMIUM} (apt-get install chromium)`);

describe.skipIf(!hasChromium())('dashboard in chromium', () => {
  let dir: string, server: RunningServer, browser: Browser, page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CLI) || !existsSync(join(WEB, 'index.html'))) throw new Error('the build is missing: run npm run build (npm test does)');
    dir = mkdtempSync(join(tmpdir(), 'steppe-e2e-'));
    const db = join(dir, 'e2e.db');
    const hostile = join(dir, 'hostile.jsonl');
    writeFileSync(hostile, JSON.stringify({
      id: 'hostile-markup', title: `Markup test ${HOSTILE}`, published: '2026-11-24',
      text: `Officials in Niamey said on Tuesday that the page showed ${HOSTILE} instead of the report. Niger's government accused Mali of spreading false reports.`,
    }) + '\n');
    execFileSync(process.execPath, [CLI, 'ingest', join(ROOT, 'examples', 'corpus'), hostile, '--db', db, '--quiet', '--workers', '1'], { stdio: 'pipe' });
    server = await startServer({ db, port: 0, webRoot: WEB });
    browser = await launchBrowser();
    page = await browser.context.newPage();
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()} ${r.url()}`); });
    page.on('request', (r) => { if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) problems.push(`off-origin request ${r.url()}`); });
    mkdirSync(OUT, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const shot = (name: string) => page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
  const ready = (sel: string) => page.waitForSelector(`${sel}[data-ready="1"]`, { timeout: 20_000 });

  it('opens on the map, timeline, network, alerts and events', async () => {
    await page.goto(server.url);
    await page.waitForSelector('body[data-first-view]', { timeout: 20_000 });
    await Promise.all(['#events-panel', '#alerts-panel', '#network-panel'].map(ready));
    expect(await page.locator('svg.map path[data-iso3]').count()).toBeGreaterThan(150);
    expect(await page.locator('#timeline-panel canvas').count()).toBeGreaterThan(0);
    await page.waitForSelector('#timeline-panel[data-alerts]');
    expect(Number(await page.getAttribute('#timeline-panel', 'data-alerts'))).toBeGreaterThan(0);
    expect(await page.locator('#network-panel canvas').count()).toBeGreaterThan(0);
    await shot('dashboard');
    await page.locator('#timeline-panel').screenshot({ path: join(OUT, 'timeline.png') });
    await page.locator('#network-panel').screenshot({ path: join(OUT, 'network.png') });
  });

  it('filters every view to a country clicked on the map, in the URL', async () => {
    const all = Number(/(\d+) events/.exec(await page.locator('#events-panel .status').innerText())![1]);
    await page.locator('svg.map path[data-iso3="BFA"]').click();
    await page.waitForURL(/country=BFA/);
    await ready('#events-panel');
    await ready('#map-panel');
    expect(await page.getAttribute('svg.map path[data-iso3="BFA"]', 'class')).toContain('selected');
    expect(await page.inputValue('input[name="country"]')).toBe('BFA');
    const shown = Number(/(\d+) events/.exec(await page.locator('#events-panel .status').innerText())![1]);
    const api = (await (await fetch(`${server.url}/api/events?country=BFA&limit=1`)).json()) as { total: number };
    expect(shown).toBe(api.total);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(all);
    const rows = await page.locator('#events-panel .event-row').allInnerTexts();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => /Burkina Faso|BFA/.test(r)).length).toBeGreaterThan(rows.length / 2);
    await shot('map-country');
  });

  it('searches, opens an article and shows its quotes and events highlighted and explained', async () => {
    await page.fill('input[name="q"]', 'Djibo mayor');
    await page.press('input[name="q"]', 'Enter');
    await page.waitForURL(/q=Djibo/);
    await ready('#events-panel');
    const hit = page.locator('#events-panel .search-row', { hasText: 'Militants storm town of Djibo' });
    await expect(hit.count()).resolves.toBe(1);
    await shot('search');
    await hit.locator('button').click();
    await ready('#reader');
    expect(page.url()).toMatch(/article=/);
    const quotes = await page.locator('#reader .article-text span.quote').allInnerTexts();
    expect(quotes.join('')).toContain('We will not abandon Djibo');
    expect(await page.locator('#reader .article-text span.evidence').count()).toBeGreaterThan(0);
    expect(await page.locator('#reader .article-text span.trigger').count()).toBeGreaterThan(0);
    const card = page.locator('#reader .event-card').first();
    expect(await card.innerText()).toMatch(/rule[\s\S]*evidence/);
    expect(await page.locator('#reader .event-card', { hasText: 'ASSAULT' }).count()).toBeGreaterThan(0);
    await card.locator('button').click();
    expect(await page.locator('#reader .article-text span.focus').count()).toBeGreaterThan(0);
    await page.locator('#reader').screenshot({ path: join(OUT, 'reader.png') });
    await page.click('#reader .close');
    await expect(page.locator('#reader').isHidden()).resolves.toBe(true);
  });

  it('opens an alert with its evidence events and articles', async () => {
    await page.goto(server.url);
    await ready('#alerts-panel');
    const first = page.locator('#alerts-panel li.alert').first();
    expect(await first.innerText()).toMatch(/Burkina Faso/);
    await first.locator('.alert-head').click();
    await page.waitForURL(/alert=spike/);
    const evidence = first.locator('.evidence');
    expect(await evidence.locator('.evidence-events li').count()).toBeGreaterThan(2);
    expect(await evidence.locator('.evidence-articles li').count()).toBeGreaterThan(2);
    await shot('alert');
    await evidence.locator('.evidence-articles button').first().click();
    await ready('#reader');
    expect((await page.locator('#reader .article-text').innerText()).length).toBeGreaterThan(50);
    await page.click('#reader .close');
  });

  it('restores a shared address, and moves the window with the date slider', async () => {
    await page.goto(`${server.url}/?country=BFA&type=ASSAULT`);
    await ready('#events-panel');
    await ready('#map-panel');
    expect(await page.inputValue('input[name="country"]')).toBe('BFA');
    expect(await page.inputValue('select[name="type"]')).toBe('ASSAULT');
    const types = await page.locator('#events-panel .event-row .type-badge').allInnerTexts();
    expect(types.length).toBeGreaterThan(0);
    expect(types.every((t) => t.startsWith('ASSAULT'))).toBe(true);
    await page.locator('.slider input[type=range]').evaluate((el: HTMLInputElement) => {
      el.value = String(Number(el.max) - 7);
      el.dispatchEvent(new Event('change'));
    });
    await page.waitForURL(/to=2026-11-17/);
    await ready('#events-panel');
    const days = await page.locator('#events-panel .event-row .date').allInnerTexts();
    expect(days.length).toBeGreaterThan(0);
    expect(days.every((d) => d <= '2026-11-17')).toBe(true);
    await shot('shared-filtered');
  });

  it('picks a date range by dragging across the timeline', async () => {
    await page.goto(server.url);
    await ready('#timeline-panel');
    const box = (await page.locator('#timeline-panel .u-over').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await page.waitForURL(/from=2026-11-\d\d&to=2026-11-\d\d/);
    const url = new URL(page.url());
    expect(url.searchParams.get('from')! < url.searchParams.get('to')!).toBe(true);
    expect(await page.inputValue('input[name="from"]')).toBe(url.searchParams.get('from'));
  });

  it('renders stored markup as text: a <script> in an article never runs', async () => {
    await page.goto(`${server.url}/?article=hostile-markup`);
    await ready('#reader');
    expect(await page.locator('#reader .article-text').innerText()).toContain(HOSTILE);
    expect(await page.locator('#reader h2').innerText()).toContain('<script>');
    expect(await page.locator('#reader script, #reader img').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.locator('#reader').screenshot({ path: join(OUT, 'markup-as-text.png') });
  });

  it('logged no console error, page error, failed or off-origin request', () => {
    expect(problems).toEqual([]);
  });
});
