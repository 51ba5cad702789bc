/**
 * An error the user can act on: printed as one line on stderr, never with a stack trace.
 * `exitCode` 2 is a usage error (bad arguments), 1 a problem with the input.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** The one-line text of anything thrown, for messages that must not carry a stack. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0] ?? error.name;
  return String(error);
}
