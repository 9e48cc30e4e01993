import type { Command } from 'commander';
import { ANALYTIC_FILTER, pick } from '../../api/params.js';
import { analyticOptions, filterOf, parseFlags, withAnalytics } from '../analytics-args.js';
import type { CliIO } from '../io.js';
import { formatTable, signed } from '../table.js';

const SPEC = {
  ...ANALYTIC_FILTER,
  by: { kind: 'enum' as const, values: ['actor', 'country'], default: 'actor', description: 'nodes are actors (default) or countries' },
  minCount: { kind: 'int' as const, min: 1, default: 1, description: 'fewest stories on an edge' },
  limit: { kind: 'int' as const, min: 1, max: 100_000, default: 30, description: 'heaviest edges kept (default 30)' },
};

export function networkCommand(program: Command, io: CliIO): Command {
  return analyticOptions(program.command('network').description('who acts on whom: directed edges with story counts and mean intensity'))
    .option('--by <actor|country>', SPEC.by.description)
    .option('--min-count <n>', SPEC.minCount.description)
    .option('--limit <n>', SPEC.limit.description)
    .action(async (opts: Record<string, unknown> & { db?: string; json?: boolean }) => {
      const q = parseFlags(opts, SPEC);
      const net = await withAnalytics(opts.db, io, (a) => a.network({ ...filterOf(q), ...pick(q, ['by', 'minCount', 'limit']) }));
      io.stdout.write(opts.json ? JSON.stringify(net, null, 2) + '\n' : `${net.nodes.length} nodes, ${net.edges.length} edges\n` + formatTable(
        ['source', 'target', 'stories', 'intensity'],
        net.edges.map((e) => [e.source, e.target, e.count, signed(e.intensity)]),
      ));
    });
}
