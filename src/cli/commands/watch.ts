import type { Command } from 'commander';
import { usageError } from '../../errors.js';
import { isUrl } from '../../ingest/sources.js';
import { parseDuration, watch } from '../../ingest/watch.js';
import type { CliIO } from '../io.js';
import { dbOption, positiveInt, withStore, type StoreArgs } from '../store-args.js';

interface WatchArgs extends StoreArgs {
  every: string;
  rounds?: string;
  workers?: string;
}

export function watchCommand(program: Command, io: CliIO): Command {
  return dbOption(
    program
      .command('watch')
      .description('poll RSS/Atom feeds (conditional GET) and ingest new items until interrupted')
      .argument('<urls...>', 'feed URLs'),
  )
    .option('--every <duration>', 'time between polls: 10m, 30s, 1h', '10m')
    .option('--rounds <n>', 'stop after this many polls of every feed')
    .option('--workers <n>', 'analysis worker threads', '1')
    .action(async (urls: string[], a: WatchArgs) => {
      const everyMs = parseDuration(a.every);
      for (const u of urls) if (!isUrl(u)) throw usageError(`not an http(s) URL: "${u}"`);
      const rounds = a.rounds ? positiveInt(a.rounds, '--rounds') : undefined;
      const workers = positiveInt(a.workers ?? '1', '--workers');
      const stop = new AbortController();
      const onSigint = () => stop.abort();
      process.once('SIGINT', onSigint);
      try {
        await withStore(a, io, (store) => watch(store, urls, {
          everyMs, rounds, workers, signal: stop.signal, now: io.now,
          log: (line) => io.stderr.write(`${io.now().toISOString()} ${line}\n`),
          onProblem: (p) => io.stderr.write(`skipped ${p.where}: ${p.reason}\n`),
        }), { create: true });
      } finally {
        process.off('SIGINT', onSigint);
      }
    });
}
