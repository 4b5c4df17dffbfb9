/**
 * An expected failure of the command line itself (a missing path, a bad option): the CLI
 * prints the message and hint and exits with code 2, without a stack trace.
 */
export class UsageError extends Error {
  readonly hint: string | undefined;
  constructor(message: string, hint?: string) {
    super(message);
    this.name = 'UsageError';
    this.hint = hint;
  }
}
