/** Options shared by the early-warning commands: --db, the analytic filters, --json. */
import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import type { Command } from 'commander';
import { CorpusAnalytics } from '../analytics/corpus.js';
import type { EventFilter } from '../analytics/filter.js';
import { ANALYTIC_FILTER, parseQuery, pick, type Params, type Parsed } from '../api/params.js';
import { notFound } from '../errors.js';
import { openReader, type CorpusReader } from '../store/reader.js';
import type { CliIO } from './io.js';

export const DEFAULT_DB_PATH = './steppe.db';

export function dbFile(db: string | undefined, io: CliIO): string {
  const p = db ?? io.env.STEPPE_DB ?? DEFAULT_DB_PATH;
  return isAbsolute(p) ? p : resolve(io.cwd, p);
}

/** --db and --json, then the analytic filter flags. */
export function analyticOptions(cmd: Command, filters: readonly string[] = Object.keys(ANALYTIC_FILTER)): Command {
  cmd.option('--db <path>', `SQLite database (default ${DEFAULT_DB_PATH}, or $STEPPE_DB)`).option('--json', 'print JSON instead of a table');
  for (const name of filters) cmd.option(`--${name} <value>`, ANALYTIC_FILTER[name]!.description);
  return cmd;
}

/** Validates commander options against parameter declarations (the API's), naming flags in errors. */
export function parseFlags(opts: Record<string, unknown>, spec: Params): Parsed {
  const query: Record<string, string[]> = {};
  for (const name of Object.keys(spec)) {
    const v = opts[name];
    if (v !== undefined && v !== false) query[name] = [String(v)];
  }
  return parseQuery(query, spec, (n) => `--${n.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
}

export const filterOf = (q: Parsed): EventFilter => pick<EventFilter>(q, Object.keys(ANALYTIC_FILTER));

/** Opens the database read-only for one command and closes it after. */
export async function withAnalytics<T>(db: string | undefined, io: CliIO, fn: (a: CorpusAnalytics, r: CorpusReader) => T | Promise<T>): Promise<T> {
  const path = dbFile(db, io);
  if (!existsSync(path)) throw notFound(`no database at ${path} (run steppe ingest first, or pass --db)`);
  const reader = openReader(path);
  try {
    return await fn(new CorpusAnalytics(reader.source), reader);
  } finally {
    reader.close();
  }
}
