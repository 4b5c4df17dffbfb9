import type { ReadResult } from '../core/files.js';
import { readRegularTextSync, readText } from '../core/files.js';
import type { ValidateOptions } from '../validate/engine.js';
import { checkDocument } from '../validate/stream.js';
import { hash } from './cache.js';
import type { CheckReply, WorkerTask } from './check-pool.js';
import { pack } from './packed.js';

/**
 * Reads one file and checks it on its own, on whichever thread: what the run keeps of it, with
 * the hash of its text (for the result cache), or why it could not be read. A regular file is
 * read at once; anything else (a pipe) is waited for.
 */
export function checkFile(task: WorkerTask, maxFileSize: number | undefined, options: ValidateOptions): CheckReply | Promise<CheckReply> {
  const read = readRegularTextSync(task.path, maxFileSize);
  if (read) return replyTo(task, read, options);
  return readText(task.path, maxFileSize).then((later) => replyTo(task, later, options));
}

function replyTo(task: WorkerTask, read: ReadResult, options: ValidateOptions): CheckReply {
  if (!read.ok) return { index: task.index, failure: { code: read.code, message: read.message } };
  return { index: task.index, document: pack(checkDocument(read.text, task.shown, options)), hash: hash(read.text) };
}
