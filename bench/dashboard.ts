/**
 * `npm run bench -- dashboard`: the dashboard's first view in Debian's chromium over the 100,000-
 * article bench store (bench/api-corpus.ts): from navigation start to the map and the timeline
 * drawn (the page's `steppe:first-view` mark). The first load meets a cold server; then a fixed
 * number of reloads in fresh tabs with the browser cache disabled. Target: ≤ 1 s.
 */
import type { BrowserContext } from 'playwright-core';
import { startServer } from '../src/api/server.js';
import { benchCorpus } from './api-corpus.js';
import { CHROMIUM, hasChromium, launchBrowser } from './browser.js';
import type { BenchOptions, BenchResult } from './section.js';

const ARTICLES = 100_000;
const LOADS = Number(process.env.BENCH_DASHBOARD_LOADS) || 7;
const TARGET_MS = 1000;

async function firstView(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    await page.waitForSelector('body[data-first-view]', { timeout: 60_000 });
    if (errors.length) throw new Error(`page error: ${errors[0]}`);
    return await page.evaluate(() => performance.getEntriesByName('steppe:first-view')[0]!.startTime);
  } finally {
    await page.close();
  }
}

export async function run(opts: BenchOptions): Promise<BenchResult> {
  const name = 'dashboard first view (chromium, map + timeline drawn)';
  if (!hasChromium()) return { name, lines: [`skipped: no chromium at ${CHROMIUM}`], metrics: {} };
  const corpus = benchCorpus(Math.min(ARTICLES, opts.limit));
  const server = await startServer({ db: corpus.path, port: 0 });
  const browser = await launchBrowser();
  const lines = [`store: ${corpus.articles} synthetic articles ${corpus.built ? `built in ${(corpus.buildMs / 1000).toFixed(0)} s` : 'reused'} (${corpus.path})`];
  try {
    const cold = await firstView(browser.context, `${server.url}/`);
    const warm: number[] = [];
    for (let k = 0; k < LOADS; k++) warm.push(await firstView(browser.context, `${server.url}/`));
    warm.sort((a, b) => a - b);
    const median = warm[Math.floor(warm.length / 2)]!;
    const worst = warm[warm.length - 1]!;
    const filtered = await firstView(browser.context, `${server.url}/?country=AFG&type=ASSAULT`);
    lines.push(`first load (cold server): ${cold.toFixed(0)} ms`);
    lines.push(`${LOADS} reloads, cache disabled: median ${median.toFixed(0)} ms, worst ${worst.toFixed(0)} ms (target ≤ ${TARGET_MS} ms: ${median <= TARGET_MS ? 'met' : 'missed'})`);
    lines.push(`filtered view (?country=AFG&type=ASSAULT): ${filtered.toFixed(0)} ms`);
    return { name, lines, metrics: { articles: corpus.articles, coldMs: cold, medianMs: median, worstMs: worst, filteredMs: filtered, targetMs: TARGET_MS } };
  } finally {
    await browser.close();
    await server.close();
  }
}
