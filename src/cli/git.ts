import { execFile } from 'node:child_process';
import path from 'node:path';
import { UsageError } from '../core/errors.js';
import type { ReadResult } from '../core/files.js';
import { DEFAULT_MAX_FILE_SIZE, decodeText, isInside, tooLarge } from '../core/files.js';
import { CLI_MESSAGES } from './messages.js';

/** Runs git with arguments (never a shell), returning stdout; failures become UsageErrors. */
function git(args: readonly string[], cwd: string): Promise<string> {
  return gitBytes(args, cwd, 256 * 1024 * 1024).then((bytes) => bytes.toString('utf8'));
}

class OutputTooLarge extends Error {}

function gitBytes(args: readonly string[], cwd: string, maxBuffer: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile('git', [...args], { cwd, maxBuffer, encoding: 'buffer' }, (error, stdout, stderr) => {
      if (error) {
        const code = (error as NodeJS.ErrnoException).code as unknown;
        if (code === 'ENOENT') reject(new UsageError(CLI_MESSAGES.text('noGit')));
        else if (code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') reject(new OutputTooLarge());
        else reject(Object.assign(new Error(stderr.toString('utf8').trim() || error.message), { gitFailed: true }));
      } else {
        resolve(stdout);
      }
    });
  });
}

/** A revision as given by the user: it may not look like an option, and must name a commit. */
export async function verifyRevision(revision: string, cwd: string): Promise<string> {
  if (revision.startsWith('-') || /[\s\u0000]/.test(revision)) throw new UsageError(CLI_MESSAGES.text('notRevision', { revision }));
  await repositoryRoot(cwd);
  try {
    return (await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], cwd)).trim();
  } catch {
    const shallow = (await git(['rev-parse', '--is-shallow-repository'], cwd).catch(() => '')).trim() === 'true';
    throw new UsageError(
      CLI_MESSAGES.text('unknownRevision', { revision }),
      shallow ? CLI_MESSAGES.text('shallowClone') : CLI_MESSAGES.text('checkRevisionName'),
    );
  }
}

let roots = new Map<string, string>();

/** The top folder of the repository `cwd` is in; a usage error outside a repository. */
export async function repositoryRoot(cwd: string): Promise<string> {
  const known = roots.get(cwd);
  if (known) return known;
  try {
    const root = (await git(['rev-parse', '--show-toplevel'], cwd)).trim();
    roots = new Map(roots).set(cwd, root);
    return root;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(CLI_MESSAGES.text('notRepository'), CLI_MESSAGES.text('notRepositoryHint'));
  }
}

/**
 * A file's text at a revision, read as files on disk are (the same size limit and encoding
 * checks), or undefined when it does not exist there. The blob as stored: no filter or
 * textconv of the repository runs.
 */
export async function fileAtRevision(revision: string, file: string, cwd: string, maxBytes: number = DEFAULT_MAX_FILE_SIZE): Promise<ReadResult | undefined> {
  const root = await repositoryRoot(cwd);
  const absolute = path.resolve(cwd, file);
  if (!isInside(absolute, root)) throw new UsageError(CLI_MESSAGES.text('outsideRepository', { file }));
  const relative = path.relative(root, absolute).split(path.sep).join('/');
  try {
    return decodeText(await gitBytes(['cat-file', 'blob', `${revision}:${relative}`], root, maxBytes + 1));
  } catch (error) {
    if (error instanceof OutputTooLarge) return tooLarge(undefined, maxBytes);
    if (error instanceof UsageError) throw error;
    return undefined;
  }
}

export interface ChangedFile {
  readonly status: 'added' | 'modified' | 'deleted' | 'renamed';
  /** Paths relative to the repository root. */
  readonly oldPath?: string;
  readonly newPath?: string;
}

/** The YAML files that differ between two revisions (or a revision and the working tree), renames followed. */
export async function changedFiles(base: string, head: string | undefined, cwd: string): Promise<ChangedFile[]> {
  const root = await repositoryRoot(cwd);
  const output = await git(['diff', '--name-status', '-M', '-z', '--no-color', base, ...(head ? [head] : []), '--', '*.yaml', '*.yml'], root);
  const fields = output.split('\u0000').filter((f) => f !== '');
  const files: ChangedFile[] = [];
  for (let i = 0; i < fields.length; ) {
    const status = fields[i++]!;
    if (status.startsWith('R')) {
      files.push({ status: 'renamed', oldPath: fields[i++]!, newPath: fields[i++]! });
    } else if (status.startsWith('C')) {
      i++;
      files.push({ status: 'added', newPath: fields[i++]! });
    } else {
      const file = fields[i++]!;
      if (status === 'A') files.push({ status: 'added', newPath: file });
      else if (status === 'D') files.push({ status: 'deleted', oldPath: file });
      else files.push({ status: 'modified', oldPath: file, newPath: file });
    }
  }
  return files;
}
