import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/agendum.js', import.meta.url));

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** The signal that ended the process (a time limit, a kill), when one did. */
  readonly signal?: NodeJS.Signals | null;
}

export interface BinaryOptions {
  readonly cwd?: string;
  readonly env?: Record<string, string>;
  /** Options for node itself (`--max-old-space-size=…`, `--import …`). */
  readonly nodeArgs?: readonly string[];
  /** A command that runs node (`setpriv …`). */
  readonly wrapper?: readonly string[];
  /** Milliseconds before the process is killed. */
  readonly timeout?: number;
}

/** Runs the built binary as a user would, without a terminal and without colour settings. */
export function runBinary(args: readonly string[], options: BinaryOptions = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    const env: Record<string, string | undefined> = { ...process.env };
    delete env.NO_COLOR;
    delete env.FORCE_COLOR;
    Object.assign(env, options.env);
    const command = [...(options.wrapper ?? []), process.execPath, ...(options.nodeArgs ?? []), BIN, ...args];
    execFile(
      command[0]!,
      command.slice(1),
      { cwd: options.cwd ?? ROOT, env, maxBuffer: 64 * 1024 * 1024, ...(options.timeout ? { timeout: options.timeout, killSignal: 'SIGKILL' as const } : {}) },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 2) : 0;
        resolve({ code, stdout, stderr, signal: error?.signal ?? null });
      },
    );
  });
}

/**
 * A wrapper under which file permissions apply to the binary. Root reads and writes any file
 * through two capabilities; setpriv takes them out of the bounding set, so a file with mode 000
 * is unreadable for root as well. For anyone else, permissions apply anyway.
 */
export const PERMISSIONS_APPLY: readonly string[] = process.getuid?.() === 0 ? ['setpriv', '--bounding-set', '-dac_override,-dac_read_search', '--'] : [];

const RUN_COMMANDS = fileURLToPath(new URL('./run-commands.mjs', import.meta.url));

/**
 * Several commands one after the other in one process of the built command line (dist/), as
 * bin/agendum.js runs one: one process with one time and memory limit for a set of commands.
 */
export function runCommands(commands: readonly (readonly string[])[], options: BinaryOptions & { cwd: string }): Promise<(RunResult & { argv: string[] })[]> {
  return new Promise((resolve, reject) => {
    const env: Record<string, string | undefined> = { ...process.env };
    delete env.NO_COLOR;
    delete env.FORCE_COLOR;
    Object.assign(env, options.env);
    const command = [...(options.wrapper ?? []), process.execPath, ...(options.nodeArgs ?? []), RUN_COMMANDS, JSON.stringify(commands)];
    execFile(command[0]!, command.slice(1), { cwd: options.cwd, env, maxBuffer: 256 * 1024 * 1024, ...(options.timeout ? { timeout: options.timeout, killSignal: 'SIGKILL' as const } : {}) }, (error, stdout, stderr) => {
      if (error) reject(new Error(`the commands process failed (${error.signal ?? error.code}): ${stderr.slice(0, 2000)}`));
      else resolve(JSON.parse(stdout) as (RunResult & { argv: string[] })[]);
    });
  });
}

/** Bytes (a PDF) kept one character a byte, so that they can be compared and written back. */
const text = (chunk: string | Uint8Array) => (typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('latin1'));

/** Runs the CLI in this process with captured output. */
export async function runInProcess(args: readonly string[], options: { cwd?: string; env?: Record<string, string>; tty?: boolean; now?: Date } = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await main({
    argv: args,
    cwd: options.cwd ?? ROOT,
    env: options.env ?? {},
    stdout: { write: (t: string | Uint8Array) => void (stdout += text(t)), isTTY: options.tty ?? false },
    stderr: { write: (t: string | Uint8Array) => void (stderr += text(t)), isTTY: false },
    ...(options.now ? { now: options.now } : {}),
  });
  return { code, stdout, stderr };
}
