import { Command, CommanderError } from 'commander';
import { SteppeError, EXIT, describeError } from '../errors.js';
import { commands } from './commands/index.js';
import { ExitCode, type CliIO } from './io.js';

const VERSION = '0.1.0';

/** Builds the program: one subcommand per module in the registry. */
export function buildProgram(io: CliIO): Command {
  const program = new Command('steppe')
    .description('news to explainable PLOVER events, offline')
    .version(VERSION)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(s.split('\n')[0] + '\n'),
    });
  for (const register of commands) {
    const sub = register(program, io);
    sub.exitOverride().configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(s.split('\n')[0] + '\n'),
    });
  }
  return program;
}

/** Runs the CLI and returns the exit code; errors become one line on stderr, never a stack. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof ExitCode) return err.code;
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      return err.exitCode === 0 ? 0 : EXIT.usage;
    }
    io.stderr.write(`steppe: ${describeError(err)}\n`);
    if (err instanceof SteppeError) return EXIT[err.code];
    if (io.env.STEPPE_DEBUG && err instanceof Error) io.stderr.write(`${err.stack}\n`);
    return EXIT.internal;
  }
}
