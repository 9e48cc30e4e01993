import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A full garbage collection of the writing (main) thread after a commit, when its heap holds
 * more than `MAIN_HEAP_MB`. Rows wait up to a second for their transaction, so they outlive the
 * scavenges of the young generation and are promoted; once written they are old-generation
 * garbage that V8 collects only when its heap-growth heuristics say so. Measured on 100,000
 * generated articles with 1 worker: the main heap peaked at 137 MB used / 161 MB committed
 * (peak RSS 552 MB) by default, at 51 / 77 MB with a collection after every commit (peak RSS
 * 454 MB). A collection costs the writing thread ~10–20 ms; it does not stop the workers.
 * STEPPE_MAIN_GC=0 leaves V8 alone.
 */
export const MAIN_HEAP_MB = 48;

type Gc = () => void;

let gc: Gc | null | undefined;

/** V8's gc(), exposed for this process once (the flag applies to contexts created after it). */
function exposedGc(): Gc | null {
  if (gc !== undefined) return gc;
  gc = null;
  if (process.env.STEPPE_MAIN_GC === '0') return gc;
  const g = (globalThis as { gc?: Gc }).gc;
  if (typeof g === 'function') return (gc = g);
  try {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as Gc;
  } catch {
    gc = null;
  }
  return gc;
}

/** collections run by collectAfterCommit in this process and their wall time (for the bench) */
export const mainGcStats = { count: 0, ms: 0 };

/** Collects the main thread's garbage when its heap is over budget; returns whether it did. */
export function collectAfterCommit(budgetMb = MAIN_HEAP_MB): boolean {
  const collect = exposedGc();
  if (!collect || getHeapStatistics().used_heap_size < budgetMb * 1048576) return false;
  const t0 = performance.now();
  collect();
  mainGcStats.count++;
  mainGcStats.ms += performance.now() - t0;
  return true;
}
