import type { Command } from 'commander';
import { ANALYTIC_FILTER } from '../../api/params.js';
import { analyticOptions, filterOf, parseFlags, withAnalytics } from '../analytics-args.js';
import type { CliIO } from '../io.js';
import { formatTable, signed } from '../table.js';

const SPEC = { ...ANALYTIC_FILTER, limit: { kind: 'int' as const, min: 1, max: 100_000, default: 20, description: 'how many (default 20)' } };

export function actorsCommand(program: Command, io: CliIO): Command {
  return analyticOptions(program.command('actors').description('most active actors: stories as source or target, mean intensity'))
    .option('--limit <n>', SPEC.limit.description)
    .action(async (opts: Record<string, unknown> & { db?: string; json?: boolean }) => {
      const q = parseFlags(opts, SPEC);
      const actors = await withAnalytics(opts.db, io, (a) => a.actors({ ...filterOf(q), limit: q.limit as number }));
      io.stdout.write(opts.json ? JSON.stringify(actors, null, 2) + '\n' : formatTable(
        ['actor', 'name', 'country', 'sector', 'stories', 'as source', 'as target', 'intensity'],
        actors.map((x) => [x.code ?? x.id, x.name, x.country, x.sector, x.stories, x.asSource, x.asTarget, signed(x.intensity)]),
      ));
    });
}
