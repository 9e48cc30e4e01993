/**
 * Where a process's RSS goes, sampled over a run: preload it into any script, e.g.
 *   PROBE_OUT=/tmp/mem.tsv node --import ./dist/bench/memory-probe.js dist/bench/ingest-child.js ingest IN 0 DB 1
 * Every PROBE_MS (500) the main thread records RSS (anonymous / file-backed), its own V8 heap
 * (used, committed), array buffers, and each worker thread's heap (used/committed: new, old,
 * large-object and code space) as the workers report it over a BroadcastChannel; `other` is what
 * none of these explain (native: SQLite, malloc arenas, V8 compiler zones, the node binary).
 * At exit it writes the samples as TSV and prints the sample of the highest RSS on stderr.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { getHeapSpaceStatistics, getHeapStatistics } from 'node:v8';
import { BroadcastChannel, isMainThread, threadId } from 'node:worker_threads';

interface WorkerHeap { id: number; used: number; phys: number; ab: number; spaces: Record<string, number> }

const channel = new BroadcastChannel('steppe-memory-probe');
const every = Number(process.env.PROBE_MS) || 500;
const mb = (x: number) => Math.round(x / 1048576);
const spaces = () => Object.fromEntries(getHeapSpaceStatistics().map((s) => [s.space_name, s.physical_space_size]));

function status(): { rss: number; anon: number; file: number } {
  const s = readFileSync('/proc/self/status', 'utf8');
  const kb = (k: string) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(s)?.[1] ?? 0) * 1024;
  return { rss: kb('VmRSS'), anon: kb('RssAnon'), file: kb('RssFile') };
}

if (!isMainThread) {
  setInterval(() => {
    const h = getHeapStatistics();
    const report: WorkerHeap = { id: threadId, used: h.used_heap_size, phys: h.total_physical_size, ab: process.memoryUsage().arrayBuffers, spaces: spaces() };
    channel.postMessage(report);
  }, every).unref();
  channel.unref();
} else {
  const workers = new Map<number, WorkerHeap>();
  channel.onmessage = (e) => {
    const w = (e as { data: WorkerHeap }).data;
    workers.set(w.id, w);
  };
  channel.unref();
  const rows: Array<Record<string, number | string>> = [];
  let peak: Record<string, number | string> | null = null;
  const t0 = Date.now();
  setInterval(() => {
    const st = status();
    const h = getHeapStatistics();
    const ws = [...workers.values()];
    const sum = (f: (w: WorkerHeap) => number) => mb(ws.reduce((a, w) => a + f(w), 0));
    const r: Record<string, number | string> = {
      s: ((Date.now() - t0) / 1000).toFixed(1), rss: mb(st.rss), anon: mb(st.anon), file: mb(st.file),
      mainUsed: mb(h.used_heap_size), mainPhys: mb(h.total_physical_size), mainAb: mb(process.memoryUsage().arrayBuffers),
      wUsed: sum((w) => w.used), wPhys: sum((w) => w.phys), wAb: sum((w) => w.ab),
      workers: ws.map((w) => `${mb(w.used)}/${mb(w.phys)}:new${mb(w.spaces.new_space ?? 0)},old${mb(w.spaces.old_space ?? 0)},lo${mb(w.spaces.large_object_space ?? 0)},code${mb(w.spaces.code_space ?? 0)}`).join(' '),
    };
    r.other = (r.rss as number) - (r.mainPhys as number) - (r.mainAb as number) - (r.wPhys as number) - (r.wAb as number);
    rows.push(r);
    if (!peak || r.rss > peak.rss) peak = r;
  }, every).unref();
  process.on('exit', () => {
    const cols = Object.keys(rows[0] ?? {});
    const out = process.env.PROBE_OUT;
    if (out) writeFileSync(out, [cols.join('\t'), ...rows.map((r) => cols.map((c) => r[c]).join('\t'))].join('\n') + '\n');
    process.stderr.write(`memory probe: highest RSS sample ${JSON.stringify(peak)}\n`);
  });
}
