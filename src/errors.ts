/** Typed errors. They are turned into exit codes (CLI) or HTTP statuses (API) only at the edges. */
export type ErrorCode = 'usage' | 'input' | 'not_found' | 'config' | 'conflict' | 'internal';

export class SteppeError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'SteppeError';
    this.code = code;
  }
}

export const inputError = (message: string) => new SteppeError('input', message);
export const usageError = (message: string) => new SteppeError('usage', message);
export const configError = (message: string) => new SteppeError('config', message);
export const notFound = (message: string) => new SteppeError('not_found', message);

/** Exit codes used by the CLI. */
export const EXIT: Record<ErrorCode, number> = {
  usage: 2,
  input: 3,
  not_found: 4,
  config: 5,
  conflict: 6,
  internal: 1,
};

/** One line, no stack: what a person reads on stderr. */
export function describeError(err: unknown): string {
  if (err instanceof SteppeError) return err.message;
  if (err instanceof Error) return err.message.split('\n')[0] ?? String(err);
  return String(err);
}
