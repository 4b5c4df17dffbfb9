// A worker thread of `check-pool.ts`: reads and checks the documents it is sent, one message
// each, and sends back what the run keeps of each (or why it could not be read).
import { parentPort, workerData } from 'node:worker_threads';
import { readRegularTextSync, readText } from '../core/files.js';
import { KindRegistry } from '../model/registry.js';
import { hash } from './cache.js';
import { checkDocument } from '../validate/stream.js';
import type { WorkerJob, WorkerReply, WorkerTask } from './check-pool.js';
import { RULE_SETS } from './rule-sets.js';

const job = workerData as WorkerJob;
const options = { rules: job.rules, ruleSet: RULE_SETS[job.ruleSet], settings: job.settings, kinds: new KindRegistry(job.customKinds) };
const port = parentPort!;

port.on('message', async (task: WorkerTask) => {
  const read = readRegularTextSync(task.path, job.maxFileSize) ?? (await readText(task.path, job.maxFileSize));
  const reply: WorkerReply = read.ok
    ? { index: task.index, document: checkDocument(read.text, task.shown, options), hash: hash(read.text) }
    : { index: task.index, failure: { code: read.code, message: read.message } };
  port.postMessage(reply);
});
