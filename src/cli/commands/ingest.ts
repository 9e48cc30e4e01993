import type { Command } from 'commander';
import { defaultWorkers, ingest, type IngestSummary } from '../../ingest/run.js';
import { createProgress } from '../../ingest/progress.js';
import { expandInputs, readInputs, totalBytes } from '../../ingest/sources.js';
import { ExitCode, type CliIO } from '../io.js';
import { dbOption, positiveInt, withStore, type StoreArgs } from '../store-args.js';

interface IngestArgs extends StoreArgs {
  workers?: string;
  quiet?: boolean;
  progressEvery?: string;
}

const MAX_REPORTED = 20;

export function summaryLine(s: IngestSummary, db: string): string {
  return `ingested ${s.added} new articles (${s.events} events) into ${db}: ${s.duplicates} already stored, `
    + `${s.skipped} skipped, ${s.failed} failed; ${s.read} read in ${s.seconds.toFixed(1)} s (${s.rate.toFixed(1)} articles/s)\n`;
}

export function ingestCommand(program: Command, io: CliIO): Command {
  return dbOption(
    program
      .command('ingest')
      .description('analyse and store files, folders, globs, HTML pages, RSS/Atom feeds (files or URLs), JSONL or - (stdin)')
      .argument('<inputs...>', 'paths, folders, globs, URLs, or - for standard input'),
  )
    .option('--workers <n>', 'analysis worker threads (default: cores − 1, at least 1)')
    .option('--quiet', 'no progress output')
    .option('--progress-every <seconds>', 'seconds between progress lines when stderr is not a terminal', '5')
    .action(async (inputs: string[], a: IngestArgs) => {
      const workers = a.workers ? positiveInt(a.workers, '--workers') : defaultWorkers();
      const every = positiveInt(a.progressEvery ?? '5', '--progress-every');
      const expanded = expandInputs(inputs);
      await withStore(a, io, async (store) => {
        const progress = a.quiet
          ? undefined
          : createProgress({ stream: io.stderr, tty: io.isTTY, totalBytes: totalBytes(expanded), every });
        let reported = 0;
        const stop = new AbortController();
        const onSigint = () => stop.abort();
        process.once('SIGINT', onSigint);
        try {
          const s = await ingest(store, readInputs(expanded, { stdin: io.stdin }), {
            workers, progress, signal: stop.signal,
            onProblem: (p) => {
              // on a terminal, clear the bar's line first; the bar redraws below
              if (reported++ < MAX_REPORTED) io.stderr.write(`${progress && io.isTTY ? '\r\u001b[K' : ''}skipped ${p.where}: ${p.reason}\n`);
            },
          });
          if (reported > MAX_REPORTED) io.stderr.write(`… and ${reported - MAX_REPORTED} more skipped\n`);
          io.stdout.write(summaryLine(s, store.path));
          if (s.skipped + s.failed > 0) throw new ExitCode(3);
        } finally {
          process.off('SIGINT', onSigint);
        }
      }, { create: true });
    });
}
