import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import { analyzeCommand } from './analyze.js';
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
  alertsCommand,
  trendsCommand,
  actorsCommand,
  dyadsCommand,
  networkCommand,
  serveCommand,
];
