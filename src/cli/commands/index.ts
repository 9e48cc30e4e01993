import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import { analyzeCommand } from './analyze.js';
import { ingestCommand } from './ingest.js';
import { watchCommand } from './watch.js';
import { searchCommand } from './search.js';
import { eventsCommand } from './events.js';
import { statsCommand } from './stats.js';
import { exportCommand } from './export.js';
import { alertsCommand } from './alerts.js';
import { trendsCommand } from './trends.js';
import { actorsCommand } from './actors.js';
import { dyadsCommand } from './dyads.js';
import { networkCommand } from './network.js';
import { serveCommand } from './serve.js';

/** A CLI command registers itself on the program and returns its Command. */
export type CommandModule = (program: Command, io: CliIO) => Command;

/** Every command of the CLI, in help order. */
export const commands: CommandModule[] = [
  analyzeCommand,
  ingestCommand,
  watchCommand,
  searchCommand,
  eventsCommand,
  statsCommand,
  exportCommand,
  alertsCommand,
  trendsCommand,
  actorsCommand,
  dyadsCommand,
  networkCommand,
  serveCommand,
];
