/**
 * `npm run bench -- api`: the HTTP API under a bounded loopback load. Builds (or reuses) a
 * 100,000-article synthetic store, starts `steppe serve` in its own process on 127.0.0.1 and a
 * free port, sends a fixed number of requests per endpoint at concurrency 32 and stops it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { addDays } from '../src/analytics/days.js';
import { benchCorpus, COUNTRIES, START } from './api-corpus.js';
import { load, type LoadResult } from './load.js';
import { pick, seeded } from '../src/analytics/synthetic.js';
import type { BenchOptions, BenchResult } from './section.js';

const ARTICLES = 100_000;
const REQUESTS = Number(process.env.BENCH_API_REQUESTS) || 2000;
const CONCURRENCY = 32;
const TYPES = ['ASSAULT', 'CONSULT', 'AID', 'THREATEN', 'PROTEST', 'AGREE'];
const cli = fileURLToPath(new URL('../src/cli/main.js', import.meta.url));

/** Starts the server process and resolves with its URL once it listens. */
function startServer(db: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [cli, 'serve', '--db', db, '--host', '127.0.0.1', '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => { child.kill('SIGTERM'); reject(new Error(`server did not start: ${err}`)); }, 30_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const m = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(err);
      if (m) { clearTimeout(timer); resolve({ url: m[1]!, child }); }
    });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`server exited ${code}: ${err.trim()}`)); });
  });
}

/** CPU milliseconds a process has used so far (Linux /proc, 100 ticks a second), or NaN elsewhere. */
function cpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

const stop = (child: ChildProcess) => new Promise<void>((resolve) => {
  child.removeAllListeners('exit');
  child.once('exit', () => resolve());
  child.kill('SIGTERM');
});

export async function run(opts: BenchOptions): Promise<BenchResult> {
  const corpus = benchCorpus(Math.min(ARTICLES, opts.limit));
  const { url, child } = await startServer(corpus.path);
  const lines: string[] = [];
  const metrics: Record<string, number> = { articles: corpus.articles };
  lines.push(`store: ${corpus.articles} synthetic articles ${corpus.built ? `built in ${(corpus.buildMs / 1000).toFixed(0)} s` : 'reused'} (${corpus.path})`);
  try {
    const t0 = performance.now();
    const first = await fetch(`${url}/api/alerts`);
    const cold = performance.now() - t0;
    const report = (await first.json()) as { from: string; to: string; spikes: unknown[]; breaking: unknown[] };
    lines.push(`first /api/alerts (cold, ${report.from}..${report.to}): ${cold.toFixed(0)} ms, ${report.spikes.length} spikes, ${report.breaking.length} breaking`);
    metrics['alerts.coldMs'] = cold;
    const last = report.to;
    const ids = ((await (await fetch(`${url}/api/articles?limit=500`)).json()) as { items: Array<{ id: string }> }).items.map((a) => a.id);
    const cursors: string[] = [''];
    for (let k = 0; k < 100; k++) {
      const page = (await (await fetch(`${url}/api/events?limit=50${cursors[k] ? `&cursor=${cursors[k]}` : ''}`)).json()) as { next: string | null };
      if (!page.next) break;
      cursors.push(page.next);
    }
    const weeks = Array.from({ length: 52 }, (_, k) => addDays(START, 7 * k));
    // each endpoint: the distinct questions a dashboard asks (filters, windows, pages)
    const plan: Array<[string, string[], boolean]> = [
      ['alerts', Array.from({ length: 8 }, (_, k) => `/api/alerts?to=${addDays(last, -7 * k)}`), true],
      ['events by country+type', COUNTRIES.flatMap((c) => TYPES.map((t) => `/api/events?country=${c}&type=${t}&limit=50`)), true],
      ['events pages (cursor)', cursors.map((c) => `/api/events?limit=50${c ? `&cursor=${c}` : ''}`), true],
      ['events of a week', weeks.map((d) => `/api/events?from=${d}&to=${addDays(d, 6)}&limit=100`), true],
      ['articles by country', COUNTRIES.map((c) => `/api/articles?country=${c}&limit=20`), false],
      ['article by id', ids.map((id) => `/api/articles/${id}`), false],
      // synthetic texts share a 40-word vocabulary, so only their story numbers are selective
      ['search', Array.from({ length: 50 }, (_, k) => `/api/search?q=${encodeURIComponent(`story ${1 + k * 997}`)}&limit=20`), false],
      ['series by country', COUNTRIES.map((c) => `/api/series?country=${c}&from=${addDays(last, -89)}&to=${last}`), false],
    ];
    const rnd = seeded(5);
    for (const [name, urls, target] of plan) {
      const cold = await load((i) => url + urls[i]!, urls.length, 4);
      const cpu0 = cpuMs(child.pid);
      const r: LoadResult = await load(() => url + pick(rnd, urls), REQUESTS, CONCURRENCY);
      const cpu = (cpuMs(child.pid) - cpu0) / REQUESTS;
      lines.push(`${name.padEnd(23)} ${r.requests} req over ${String(urls.length).padStart(3)} distinct: ${r.rps.toFixed(0).padStart(5)} req/s, p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms${target ? ` (target ≤ 50: ${r.p99 <= 50 ? 'met' : 'MISSED'})` : ''}, server CPU ${cpu.toFixed(2)} ms/req; first asks p50 ${cold.p50.toFixed(0)} ms, max ${cold.max.toFixed(0)} ms${r.errors + cold.errors ? `, ${r.errors + cold.errors} errors` : ''}`);
      const key = name.replace(/\W+/g, '_').replace(/_$/, '');
      Object.assign(metrics, {
        [`${key}.rps`]: r.rps, [`${key}.p50Ms`]: r.p50, [`${key}.p99Ms`]: r.p99, [`${key}.errors`]: r.errors + cold.errors,
        [`${key}.serverCpuMsPerReq`]: cpu, [`${key}.firstAskP50Ms`]: cold.p50, [`${key}.firstAskMaxMs`]: cold.max,
      });
    }
  } finally {
    await stop(child);
  }
  lines.push(`loopback only; timed runs at concurrency ${CONCURRENCY} after each distinct question was asked once (first asks at concurrency 4);`);
  lines.push(`server in its own process (steppe serve); load average at end ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`);
  return { name: `API under load (${corpus.articles} articles)`, lines, metrics };
}
