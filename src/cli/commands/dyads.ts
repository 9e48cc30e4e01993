import type { Command } from 'commander';
import { ANALYTIC_FILTER, pick } from '../../api/params.js';
import { analyticOptions, filterOf, parseFlags, withAnalytics } from '../analytics-args.js';
import type { CliIO } from '../io.js';
import { formatTable, signed } from '../table.js';

const SPEC = {
  ...ANALYTIC_FILTER,
  ordered: { kind: 'bool' as const, description: 'ordered pairs (USA>AFG) instead of either direction (AFG-USA)' },
  windowDays: { kind: 'int' as const, min: 1, max: 366, default: 7, description: 'window width in days (default 7)' },
  minStories: { kind: 'int' as const, min: 1, default: 1, description: 'leave out pairs with fewer stories' },
  limit: { kind: 'int' as const, min: 1, max: 100_000, default: 20, description: 'how many pairs (default 20)' },
};

export function dyadsCommand(program: Command, io: CliIO): Command {
  return analyticOptions(program.command('dyads').description('cooperation–conflict trend per country pair: mean intensity per time window'))
    .option('--ordered', SPEC.ordered.description)
    .option('--window-days <n>', SPEC.windowDays.description)
    .option('--min-stories <n>', SPEC.minStories.description)
    .option('--limit <n>', SPEC.limit.description)
    .action(async (opts: Record<string, unknown> & { db?: string; json?: boolean }) => {
      const q = parseFlags(opts, SPEC);
      const dyads = await withAnalytics(opts.db, io, (a) => a.dyads({ ...filterOf(q), ...pick(q, ['ordered', 'windowDays', 'minStories', 'limit']) }));
      io.stdout.write(opts.json ? JSON.stringify(dyads, null, 2) + '\n' : formatTable(
        ['pair', 'stories', 'intensity', 'first', 'last', 'slope', 'trend', 'windows (oldest first)'],
        dyads.map((d) => [d.dyad, d.stories, signed(d.intensity), signed(d.windows[0]!.intensity), signed(d.windows[d.windows.length - 1]!.intensity),
          d.slope, d.trend, d.windows.slice(-8).map((w) => signed(w.intensity)).join(' ')]),
      ));
    });
}
