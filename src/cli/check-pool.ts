import { existsSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Message } from '../core/i18n.js';
import type { CustomKindSpec } from '../model/registry.js';
import type { RuleSetting } from '../validate/engine.js';
import type { CheckedDocument } from '../validate/stream.js';
import type { RuleSetName } from './rule-sets.js';

/**
 * Worker threads for checking many documents at once. Each document is checked on its own
 * (the rules that look across documents run afterwards, on what each worker sends back), so
 * the documents can be spread over the cores; the replies are put back in the order given.
 */

/** The worker, bundled beside the command line (see scripts/build-bundle.mjs). */
const WORKER_FILE = fileURLToPath(new URL('../bundle/check-worker.cjs', import.meta.url));

/** Below this many documents per worker, starting a worker costs more than it saves. */
const FILES_PER_WORKER = 100;
const MAX_WORKERS = 8;

/** What every worker of a run is told once. */
export interface WorkerJob {
  readonly ruleSet: RuleSetName;
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly settings: { readonly today?: { readonly year: number; readonly month: number; readonly day: number } };
  readonly maxFileSize: number | undefined;
  /** The kinds the repository registers, rebuilt into a registry by each worker. */
  readonly customKinds: readonly CustomKindSpec[];
}

export interface WorkerTask {
  readonly index: number;
  readonly path: string;
  readonly shown: string;
}

export type WorkerReply =
  | { readonly index: number; readonly document: CheckedDocument; readonly hash: string; readonly failure?: undefined }
  | { readonly index: number; readonly failure: { readonly code: string; readonly message: Message }; readonly document?: undefined };

/**
 * How many workers to use for `files` documents: as many as there are cores idle right now, at
 * most one per 100 documents; none when that is fewer than two, or where the worker is not built
 * (running from the sources). Workers cost about a fifth more CPU time in all (each loads and
 * warms up its own copy of the code, and the findings cross threads), so on cores that other
 * work keeps busy they make a run slower, not faster. `AGENDUM_WORKERS` sets the number (0: none).
 */
export async function workerCount(files: number, env: Readonly<Record<string, string | undefined>>): Promise<number> {
  if (!existsSync(WORKER_FILE)) return 0;
  const setting = env.AGENDUM_WORKERS;
  if (setting !== undefined && /^\d+$/.test(setting)) return Math.min(Number(setting), files);
  const most = Math.min(availableParallelism(), MAX_WORKERS, Math.floor(files / FILES_PER_WORKER));
  if (most < 2) return 0;
  const useful = Math.min(most, Math.round(await idleCores()));
  return useful >= 2 ? useful : 0;
}

/**
 * How many cores' worth of time went unused over a tenth of a second. The load average would
 * answer at once, but it trails by a minute: just after `npm ci` or a build it still counts
 * cores that are free again.
 */
async function idleCores(): Promise<number> {
  const idle = () => cpus().reduce((sum, cpu) => sum + cpu.times.idle, 0);
  const total = () => cpus().reduce((sum, cpu) => sum + cpu.times.user + cpu.times.nice + cpu.times.sys + cpu.times.idle + cpu.times.irq, 0);
  const [idleBefore, totalBefore] = [idle(), total()];
  await sleep(100);
  const elapsed = total() - totalBefore;
  return elapsed > 0 ? ((idle() - idleBefore) / elapsed) * cpus().length : 0;
}

/** Checks the files on `count` workers; the replies come back in the order of `files`. */
export function checkInWorkers(files: readonly { path: string; shown: string }[], job: WorkerJob, count: number): Promise<WorkerReply[]> {
  return new Promise((resolve, reject) => {
    const replies: WorkerReply[] = new Array(files.length);
    let next = 0;
    let done = 0;
    const workers: Worker[] = [];
    const finish = (error?: unknown) => {
      for (const worker of workers) void worker.terminate();
      if (error) reject(error instanceof Error ? error : new Error(String(error)));
      else resolve(replies);
    };
    const send = (worker: Worker) => {
      if (next >= files.length) return;
      const index = next++;
      worker.postMessage({ index, path: files[index]!.path, shown: files[index]!.shown } satisfies WorkerTask);
    };
    if (files.length === 0) return resolve(replies);
    for (let i = 0; i < count; i++) {
      const worker = new Worker(WORKER_FILE, { workerData: job });
      workers.push(worker);
      worker.on('message', (reply: WorkerReply) => {
        replies[reply.index] = reply;
        done += 1;
        if (done === files.length) finish();
        else send(worker);
      });
      worker.on('error', finish);
      // Two documents in flight per worker, so that none waits for the main thread between them.
      send(worker);
      send(worker);
    }
  });
}
