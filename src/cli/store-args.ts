import { isAbsolute, resolve } from 'node:path';
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { notFound, usageError } from '../errors.js';
import { DEFAULT_DB, openStore, type Filter, type Store } from '../store/index.js';
import type { PloverType } from '../types.js';
import type { CliIO } from './io.js';

export interface StoreArgs {
  db?: string;
}

export interface FilterArgs extends StoreArgs {
  from?: string;
  to?: string;
  country?: string;
  actor?: string;
  type?: string;
  context?: string;
  story?: string;
  limit?: string;
}

export const dbOption = (cmd: Command): Command =>
  cmd.option('--db <path>', `SQLite database (default ${DEFAULT_DB}, or $STEPPE_DB)`);

/** The filter flags shared by search, events and export. */
export function filterOptions(cmd: Command): Command {
  return dbOption(cmd)
    .option('--from <date>', 'on or after this day (YYYY-MM-DD, or YYYY-MM, YYYY)')
    .option('--to <date>', 'on or before this day')
    .option('--country <ISO3>', 'a participant (or the place) in this country, e.g. RUS')
    .option('--actor <code|name>', 'an actor code (RUSGOV, CSTO) or part of an actor name')
    .option('--type <PLOVER>', 'event type, e.g. ASSAULT')
    .option('--context <theme>', 'a context such as terrorism or migration')
    .option('--story <id>', 'only this story');
}

export function toFilter(a: FilterArgs): Filter {
  const f: Filter = {};
  if (a.from) f.from = a.from;
  if (a.to) f.to = a.to;
  if (a.country) f.country = a.country;
  if (a.actor) f.actor = a.actor;
  if (a.type) f.type = a.type as PloverType;
  if (a.context) f.context = a.context;
  if (a.story !== undefined) f.story = positiveInt(a.story, '--story');
  return f;
}

export function positiveInt(v: string, flag: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw usageError(`${flag} must be a positive whole number, got "${v}"`);
  return n;
}

export function dbPath(a: StoreArgs, io: CliIO): string {
  const p = a.db ?? io.env.STEPPE_DB ?? DEFAULT_DB;
  return isAbsolute(p) ? p : resolve(io.cwd, p);
}

/** Opens the store for a command; it is closed when `fn` is done, whatever happens. */
export async function withStore<T>(
  a: StoreArgs, io: CliIO, fn: (s: Store) => Promise<T> | T, o: { create?: boolean } = {},
): Promise<T> {
  const path = dbPath(a, io);
  if (!o.create && !existsSync(path)) throw notFound(`no database at ${path} (run steppe ingest first, or pass --db)`);
  const store = openStore(path, { now: io.now });
  try {
    return await fn(store);
  } finally {
    store.close();
  }
}

/** Writes a chunk, waiting for the stream to drain when it asks to (large exports stream). */
export async function writeChunk(io: CliIO, chunk: string): Promise<void> {
  const out = io.stdout as { write(c: string): unknown; once?: (e: string, f: () => void) => unknown };
  if (out.write(chunk) === false && out.once) await new Promise<void>((r) => out.once!('drain', r));
}
