import type { Readable } from 'node:stream';

/** Everything the CLI touches outside itself, injected so tests run commands in-process. */
export interface CliIO {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  stdin: Readable;
  /** true when stderr is a terminal (progress bars) */
  isTTY: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
  now: () => Date;
}

export function processIO(): CliIO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    isTTY: Boolean(process.stderr.isTTY),
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
  };
}

/** Thrown by commands that finished but must exit non-zero (e.g. a batch with bad lines). */
export class ExitCode extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}
