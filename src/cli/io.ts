/** Everything the CLI touches of the outside world, passed in so tests can run it in-process. */
export interface CliIO {
  readonly argv: readonly string[];
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: Output;
  readonly stderr: Output;
  /** The current moment; tests pass a fixed one. */
  readonly now?: Date;
}

export interface Output {
  /** Text, or bytes passed through as they are (a PDF). */
  write(chunk: string | Uint8Array): void;
  readonly isTTY?: boolean;
}

/** Colour is on for a terminal unless NO_COLOR is set; FORCE_COLOR turns it on anywhere. */
export function wantsColor(io: CliIO, choice: string = 'auto'): boolean {
  if (choice === 'always') return true;
  if (choice === 'never') return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io.stdout.isTTY === true;
}

/**
 * Whether an output path names standard output: `-`, or the names the system gives it. Written
 * to as a stream, so a PDF goes out as bytes and nothing is created beside /dev.
 */
export function isStandardOutput(file: string): boolean {
  return file === '-' || file === '/dev/stdout' || file === '/dev/fd/1' || file === '/proc/self/fd/1';
}
