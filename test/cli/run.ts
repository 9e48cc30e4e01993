import { Readable } from 'node:stream';
import { runCli } from '../../src/cli/run.js';
import type { CliIO } from '../../src/cli/io.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output and the given standard input. */
export async function cli(argv: string[], stdin = '', env: Record<string, string> = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: Readable.from([Buffer.from(stdin)]),
    isTTY: false,
    env,
    cwd: process.cwd(),
    now: () => new Date('2024-05-01T12:00:00Z'),
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}
