import type { Command } from 'commander';
import type { Trend } from '../../analytics/corpus.js';
import { DIMENSIONS, type Dimension } from '../../analytics/types.js';
import { ANALYTIC_FILTER } from '../../api/params.js';
import { analyticOptions, filterOf, parseFlags, withAnalytics } from '../analytics-args.js';
import type { CliIO } from '../io.js';
import { formatTable, signed } from '../table.js';

const SPEC = { ...ANALYTIC_FILTER, by: { kind: 'enum' as const, values: DIMENSIONS, description: 'split by country, type, dyad or context' } };

export function trendsCommand(program: Command, io: CliIO): Command {
  return analyticOptions(program.command('trends').description('stories per day (each story once) with mean cooperation–conflict intensity'))
    .option('--by <dimension>', SPEC.by.description)
    .action(async (opts: Record<string, unknown> & { db?: string; json?: boolean }) => {
      const q = parseFlags(opts, SPEC);
      const trend = await withAnalytics(opts.db, io, (a) => a.trend({ ...filterOf(q), by: q.by as Dimension | undefined }));
      io.stdout.write(opts.json ? JSON.stringify(trend, null, 2) + '\n' : formatTrend(trend));
    });
}

function formatTrend(t: Trend): string {
  const what = Object.entries(t.filter).map(([k, v]) => `${k}=${v}`).join(' ') || 'all events';
  if (!t.points.length) return `no stories for ${what}\n`;
  const max = Math.max(...t.points.map((p) => p.count));
  const bar = (n: number) => '#'.repeat(Math.max(1, Math.round((n / max) * 30)));
  return `stories per day for ${what}${t.by === 'all' ? '' : `, by ${t.by}`}\n` + formatTable(
    t.by === 'all' ? ['day', 'stories', 'intensity', ''] : ['day', t.by, 'stories', 'intensity', ''],
    t.points.map((p) => (t.by === 'all' ? [p.day, p.count, signed(p.intensity), bar(p.count)] : [p.day, p.key, p.count, signed(p.intensity), bar(p.count)])),
  );
}
