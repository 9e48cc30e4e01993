import type { Command } from 'commander';
import type { AlertReport } from '../../analytics/corpus.js';
import { ALERT_PARAMS, alertWindow, configOf } from '../../api/routes-analytics.js';
import { dbFile, parseFlags, withAnalytics } from '../analytics-args.js';
import type { CliIO } from '../io.js';
import { formatTable, signed } from '../table.js';

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

export function alertsCommand(program: Command, io: CliIO): Command {
  const cmd = program
    .command('alerts')
    .description('unusual rises per country, dyad, type and context, and fast-growing stories, with evidence')
    .option('--db <path>', 'SQLite database (default ./steppe.db, or $STEPPE_DB)')
    .option('--json', 'print JSON instead of a table');
  for (const [name, spec] of Object.entries(ALERT_PARAMS)) cmd.option(`--${kebab(name)} <value>`, spec.description);
  return cmd.action(async (opts: Record<string, unknown> & { db?: string; json?: boolean }) => {
    const q = parseFlags(opts, ALERT_PARAMS);
    const report = await withAnalytics(opts.db, io, (a) => a.alerts(alertWindow(q), configOf(q)));
    io.stdout.write(opts.json ? JSON.stringify(report, null, 2) + '\n' : formatAlerts(report, dbFile(opts.db, io)));
  });
}

export function formatAlerts(r: AlertReport, db: string): string {
  if (!r.from) return `no dated events in ${db}\n`;
  const out = [`alerts for ${r.from} .. ${r.to} (${r.config.method}, p < ${r.config.pValue}, at least ${r.config.minCount} stories)\n`];
  if (!r.spikes.length) out.push('no unusual rises\n');
  else {
    out.push(formatTable(
      ['day', 'dimension', 'key', 'stories', 'expected', 'surprise', 'intensity'],
      r.spikes.map((s) => [s.day, s.dimension, s.key, s.count, s.expected, s.surprise, signed(s.intensity)]),
    ));
    const top = r.spikes[0]!;
    out.push(`\nevidence for ${top.dimension} ${top.key} on ${top.day}:\n`);
    for (const e of top.events) out.push(`  ${e.source.join('+') || '?'} —${e.type}→ ${e.target.join('+') || '-'}  (${signed(e.intensity)})  article ${e.articleId.slice(0, 12)}\n`);
  }
  if (r.breaking.length) {
    out.push('\nbreaking stories\n');
    out.push(formatTable(['story', 'copies', 'from', 'to', 'title'], r.breaking.map((b) => [b.storyId, b.copies, b.start, b.end, b.title])));
  }
  return out.join('');
}
