import { setFlagsFromString } from 'node:v8';

/**
 * V8 flags for an ingest process that runs two or more analysis workers. By default one
 * analysis thread keeps about 0.4 of another core busy with V8 background work (TurboFan
 * compiles and GC), and every worker compiles the whole pipeline again: with two workers on two
 * cores that background work competes with the analysis threads themselves.
 * - interrupt budget ×4: a function is optimised after 4× more bytecode has run, so lukewarm
 *   functions are never compiled and hot ones are compiled once, with more type feedback (fewer
 *   deopt/recompile cycles);
 * - no concurrent recompilation: each worker compiles on its own thread, no compile threads.
 * Measured on 6,000 Reuters articles with 2 workers, CPU of all threads: 20.4 s by default,
 * 16.8–17.6 s with these flags. Only flags that V8 reads when it compiles or starts an isolate
 * are safe to change in a running process (GC threading flags are not: V8 aborts).
 * STEPPE_V8_TUNING=0 keeps V8's defaults.
 */
export const WORKER_V8_FLAGS = ['--interrupt-budget=270336', '--no-concurrent-recompilation'];

let applied = false;

/** Sets WORKER_V8_FLAGS once per process, before workers start, when `workers` ≥ 2. */
export function tuneV8ForWorkers(workers: number): boolean {
  if (applied) return true;
  if (workers < 2 || process.env.STEPPE_V8_TUNING === '0') return false;
  for (const f of WORKER_V8_FLAGS) setFlagsFromString(f);
  applied = true;
  return true;
}
