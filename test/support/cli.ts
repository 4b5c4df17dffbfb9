import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/agendum.js', import.meta.url));

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built binary as a user would, without a terminal and without colour settings. */
export function runBinary(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    const env: Record<string, string | undefined> = { ...process.env };
    delete env.NO_COLOR;
    delete env.FORCE_COLOR;
    Object.assign(env, options.env);
    execFile(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 2) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Runs the CLI in this process with captured output. */
export async function runInProcess(args: readonly string[], options: { cwd?: string; env?: Record<string, string>; tty?: boolean; now?: Date } = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await main({
    argv: args,
    cwd: options.cwd ?? ROOT,
    env: options.env ?? {},
    stdout: { write: (t: string) => void (stdout += t), isTTY: options.tty ?? false },
    stderr: { write: (t: string) => void (stderr += t), isTTY: false },
    ...(options.now ? { now: options.now } : {}),
  });
  return { code, stdout, stderr };
}
