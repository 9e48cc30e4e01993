import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import { analyzeCommand } from './analyze.js';

/** A CLI command registers itself on the program and returns its Command. */
export type CommandModule = (program: Command, io: CliIO) => Command;

/** Every command of the CLI, in help order. */
export const commands: CommandModule[] = [
  analyzeCommand,
];
