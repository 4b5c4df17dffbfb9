// A worker thread of `check-pool.ts`: reads and checks the documents it is sent, a batch a
// message, and sends back what the run keeps of each (or why it could not be read).
import { parentPort, workerData } from 'node:worker_threads';
import { KindRegistry } from '../model/registry.js';
import type { WorkerJob, WorkerTask } from './check-pool.js';
import { checkFile } from './check-one.js';
import { RULE_SETS } from './rule-sets.js';

const job = workerData as WorkerJob;
const options = { rules: job.rules, ruleSet: RULE_SETS[job.ruleSet], settings: job.settings, kinds: new KindRegistry(job.customKinds) };
const port = parentPort!;

port.on('message', async (message: { batch: number; tasks: WorkerTask[] }) => {
  const replies = [];
  for (const task of message.tasks) replies.push(await checkFile(task, job.maxFileSize, options));
  port.postMessage({ batch: message.batch, replies });
});
