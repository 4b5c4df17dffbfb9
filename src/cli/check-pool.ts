import { existsSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Message } from '../core/i18n.js';
import type { CustomKindSpec } from '../model/registry.js';
import type { RuleSetting } from '../validate/engine.js';
import type { PackedDocument } from './packed.js';
import type { RuleSetName } from './rule-sets.js';

/**
 * Checking many documents on several cores. Each document is checked on its own (the rules that
 * look across documents run afterwards, on what each one left), so the documents can be shared
 * out: the main thread checks them one after another from the start, and where other cores are
 * idle, worker threads take batches of the same list beside it. The replies are put back in the
 * order given.
 */

/** The worker, bundled beside the command line (see scripts/build-bundle.mjs). */
const WORKER_FILE = fileURLToPath(new URL('../bundle/check-worker.cjs', import.meta.url));

/** Below this many documents per thread, starting a worker costs more than it saves. */
const FILES_PER_WORKER = 100;
const MAX_THREADS = 8;
/** Documents sent to a worker at once, and batches in flight per worker (so none waits between them). */
const BATCH = 4;
const IN_FLIGHT = 2;
/** How long the first worker checks alone while the idle cores are counted. */
const SAMPLE_MS = 100;
/**
 * The heap of a worker. V8 lets a heap grow to several times what it holds when its limit is
 * high (the main thread's is some 4 GB here), and far less under a limit of 256 MB; the young
 * generation is kept at 8 MB, a fraction of its default, so that what checking one document
 * makes is mostly collected there. Measured on the 2,000 documents of the benchmark, a worker's
 * heap peaked at 37 MB with these limits and at 106 MB without. A document too large for this
 * heap stops its worker; what the worker was given is then checked on the main thread.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 8 };

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

export type CheckReply =
  | { readonly index: number; readonly document: PackedDocument; readonly hash: string; readonly failure?: undefined }
  | { readonly index: number; readonly failure: { readonly code: string; readonly message: Message }; readonly document?: undefined };

/** How the files of a run are shared out between threads. */
export interface PoolSetup {
  readonly job: WorkerJob;
  /** Checks one file on the main thread. */
  readonly here: (task: WorkerTask) => CheckReply | Promise<CheckReply>;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * Checks the files and gives the replies in the order of `files`.
 *
 * By default, for 200 documents or more, one worker starts at once, and after a tenth of a
 * second as many more join it as there were cores idle in that time (at most one per 100
 * documents; none where the worker is not built, as when running from the sources). The main
 * thread checks none of them: a worker's heap is bounded (see WORKER_LIMITS), so it is collected
 * often and stays small, while the main thread's heap, which V8 lets grow to several times what
 * it holds, would keep the garbage of thousands of documents; the main thread keeps only what the
 * workers send back. Workers cost CPU time of their own (each loads and warms up its own copy of
 * the code), so on cores that other work keeps busy more of them would make a run slower, not
 * faster. Fewer documents are checked on the main thread alone. `AGENDUM_WORKERS=N` has N
 * workers check every file and the main thread none, `main+N` the main thread and N workers from
 * the start, `0` the main thread alone.
 */
export async function checkInPool(files: readonly { path: string; shown: string }[], setup: PoolSetup): Promise<CheckReply[]> {
  const replies: CheckReply[] = new Array(files.length);
  const setting = /^(main\+)?(\d+)$/.exec(setup.env.AGENDUM_WORKERS ?? '');
  const built = existsSync(WORKER_FILE);
  const forced = setting ? Math.min(Number(setting[2]), files.length) : undefined;
  const mainToo = setting?.[1] !== undefined;
  const most = Math.min(availableParallelism(), MAX_THREADS, Math.floor(files.length / FILES_PER_WORKER)) - 1;
  if (!built || forced === 0 || (forced === undefined && most < 1)) {
    for (const [index, file] of files.entries()) replies[index] = await setup.here({ index, ...file });
    return replies;
  }

  // One list of work: the main thread takes documents one by one from its front, workers batches.
  let next = 0;
  const take = (count: number): number[] => {
    const taken: number[] = [];
    while (taken.length < count && next < files.length) taken.push(next++);
    return taken;
  };
  const pool = new Pool(setup.job, replies, (count) => take(count).map((index) => ({ index, ...files[index]! })));
  try {
    if (forced !== undefined) {
      pool.start(forced);
    } else {
      const idle = idleCores();
      pool.start(1);
      await new Promise((resolve) => setTimeout(resolve, SAMPLE_MS));
      pool.start(Math.min(most, Math.round(idle())));
    }
    // The main thread's share, with a turn of the event loop after each document, so that the
    // workers are started and answered on time.
    for (let index = mainToo ? take(1)[0] : undefined; index !== undefined; index = take(1)[0]) {
      replies[index] = await setup.here({ index, ...files[index]! });
      await new Promise((resolve) => setImmediate(resolve));
    }
    // Once the workers are done (they take what is left meanwhile): what a worker that stopped
    // was given, and (when every worker stopped) what no one took.
    const lost = await pool.finished();
    const untaken = take(files.length).map((index) => ({ index, ...files[index]! }));
    for (const task of [...lost, ...untaken]) replies[task.index] = await setup.here(task);
  } finally {
    pool.stop();
  }
  return replies;
}

/** The workers of one run, fed from the same list as the main thread. */
class Pool {
  private readonly workers: Worker[] = [];
  private readonly inFlight = new Map<Worker, Map<number, WorkerTask[]>>();
  private readonly left: WorkerTask[] = [];
  private batches = 0;
  private started = false;
  private stopped = false;
  private wake: (() => void) | undefined;

  constructor(
    private readonly job: WorkerJob,
    private readonly replies: CheckReply[],
    private readonly take: (count: number) => WorkerTask[],
  ) {}

  start(count: number): void {
    if (this.stopped) return;
    this.started = true;
    for (let i = 0; i < count; i++) {
      const worker = new Worker(WORKER_FILE, { workerData: this.job, resourceLimits: WORKER_LIMITS });
      this.workers.push(worker);
      this.inFlight.set(worker, new Map());
      worker.on('message', (reply: { batch: number; replies: CheckReply[] }) => {
        this.inFlight.get(worker)?.delete(reply.batch);
        for (const one of reply.replies) this.replies[one.index] = one;
        this.send(worker);
        this.settle();
      });
      worker.on('error', () => this.lose(worker));
      worker.on('exit', () => this.lose(worker));
      for (let k = 0; k < IN_FLIGHT; k++) this.send(worker);
    }
    this.settle();
  }

  private send(worker: Worker): void {
    const tasks = this.take(BATCH);
    if (tasks.length === 0) return;
    const batch = this.batches++;
    this.inFlight.get(worker)!.set(batch, tasks);
    worker.postMessage({ batch, tasks });
  }

  /** A worker that stopped: what it was given goes back to the main thread. */
  private lose(worker: Worker): void {
    const tasks = this.inFlight.get(worker);
    if (!tasks) return;
    this.inFlight.delete(worker);
    for (const batch of tasks.values()) this.left.push(...batch);
    this.settle();
  }

  private settle(): void {
    const busy = [...this.inFlight.values()].some((batches) => batches.size > 0);
    if (!busy) this.wake?.();
  }

  /** Waits for the batches in flight; gives the tasks of workers that stopped. Starts none after this. */
  async finished(): Promise<WorkerTask[]> {
    this.stopped = true;
    if (this.started) {
      await new Promise<void>((resolve) => {
        this.wake = resolve;
        this.settle();
      });
    }
    return this.left.splice(0);
  }

  stop(): void {
    this.stopped = true;
    for (const worker of this.workers) {
      this.inFlight.delete(worker);
      void worker.terminate();
    }
  }
}

/**
 * How many cores' worth of time goes unused from now to when the returned function is called.
 * The load average would answer at once, but it trails by a minute: just after `npm ci` or a
 * build it still counts cores that are free again.
 */
function idleCores(): () => number {
  const idle = () => cpus().reduce((sum, cpu) => sum + cpu.times.idle, 0);
  const total = () => cpus().reduce((sum, cpu) => sum + cpu.times.user + cpu.times.nice + cpu.times.sys + cpu.times.idle + cpu.times.irq, 0);
  const [idleBefore, totalBefore] = [idle(), total()];
  return () => {
    const elapsed = total() - totalBefore;
    return elapsed > 0 ? ((idle() - idleBefore) / elapsed) * cpus().length : 0;
  };
}
