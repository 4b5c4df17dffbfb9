import { execFile, spawn } from 'node:child_process';
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

export function gitBytes(args: readonly string[], cwd: string, maxBuffer: number): Promise<Buffer> {
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

export interface Revision {
  readonly commit: string;
  readonly date: string;
  readonly author: string;
  readonly subject: string;
  /** The file's path at this commit, relative to the repository root (it may have been renamed since). */
  readonly path: string;
}

/** The commits that changed a file, newest first, following renames; each with the file's path there. */
export async function revisionsOf(file: string, cwd: string, maxCount?: number): Promise<Revision[]> {
  const root = await repositoryRoot(cwd);
  const absolute = path.resolve(cwd, file);
  if (!isInside(absolute, root)) throw new UsageError(CLI_MESSAGES.text('outsideRepository', { file }));
  const relative = path.relative(root, absolute).split(path.sep).join('/');
  const output = await git(
    ['log', '--follow', '-M', '--no-color', '--date=short', '--format=%x01%H%x00%ad%x00%an%x00%s', '--name-only', '-z', ...(maxCount !== undefined ? [`--max-count=${maxCount}`] : []), '--', relative],
    root,
  ).catch((error: unknown) => {
    // A repository without commits has no history of any file.
    if ((error as { gitFailed?: boolean }).gitFailed) return '';
    throw error;
  });
  const revisions: Revision[] = [];
  for (const record of output.split('\u0001').slice(1)) {
    // H NUL date NUL author NUL subject NUL, then a newline and the path, NUL.
    const [commit = '', date = '', author = '', subject = '', name = ''] = record.split('\u0000');
    const pathAt = name.replace(/^\n/, '') || relative;
    revisions.push({ commit, date, author, subject, path: pathAt });
  }
  return revisions;
}

/**
 * Many blobs in one git process (`git cat-file --batch`): each `REV:PATH` to its bytes, or
 * undefined when it does not exist there.
 */
export async function blobsAt(specs: readonly string[], cwd: string): Promise<Array<Buffer | undefined>> {
  if (specs.length === 0) return [];
  const root = await repositoryRoot(cwd);
  const output = await new Promise<Buffer>((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => reject(error.code === 'ENOENT' ? new UsageError(CLI_MESSAGES.text('noGit')) : error));
    child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(chunks)) : reject(new Error(`git cat-file exited with ${code}`))));
    child.stdin.end(specs.map((spec) => `${spec.replace(/\n/g, ' ')}\n`).join(''));
  });
  const blobs: Array<Buffer | undefined> = [];
  let at = 0;
  for (let i = 0; i < specs.length; i++) {
    const end = output.indexOf(0x0a, at);
    const header = output.subarray(at, end).toString('utf8');
    at = end + 1;
    const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!match) {
      blobs.push(undefined);
      continue;
    }
    const size = Number(match[2]);
    blobs.push(match[1] === 'blob' ? output.subarray(at, at + size) : undefined);
    at += size + 1;
  }
  return blobs;
}

/** git's output for arguments, as text. */
export function gitOutput(args: readonly string[], cwd: string): Promise<string> {
  return git(args, cwd);
}

/** The repository's git folder shared by its worktrees, as an absolute path. */
export async function gitCommonDir(root: string): Promise<string> {
  const dir = (await git(['rev-parse', '--git-common-dir'], root)).trim();
  return path.resolve(root, dir);
}

export interface HistoryChange {
  readonly oldHex: string;
  readonly newHex: string;
  /** The path, or the old and the new path of a rename. */
  readonly paths: readonly string[];
}

/** Every file change in the newest commits of HEAD (first parents' diffs, renames followed), as blob ids. */
export async function historyChanges(root: string, maxCount: number): Promise<HistoryChange[]> {
  const output = await git(['log', `--max-count=${maxCount}`, '--format=', '--raw', '--no-abbrev', '-z', '-M', 'HEAD'], root);
  const fields = output.split('\u0000');
  const changes: HistoryChange[] = [];
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!.replace(/^\n+/, '');
    if (!field.startsWith(':')) continue;
    const [, , oldHex = '', newHex = '', status = ''] = field.slice(1).split(' ');
    const twoPaths = status.startsWith('R') || status.startsWith('C');
    const paths = twoPaths ? [fields[i + 1]!, fields[i + 2]!] : [fields[i + 1]!];
    i += paths.length;
    if (status.startsWith('C')) continue;
    changes.push({ oldHex, newHex, paths });
  }
  return changes;
}

/** The value of the `diff` attribute of each path (`agendum` where .gitattributes says diff=agendum). */
export async function diffAttributes(root: string, paths: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(paths)];
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn('git', ['check-attr', '--stdin', '-z', 'diff'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(chunks).toString('utf8')) : reject(new Error(`git check-attr exited with ${code}`))));
    child.stdin.end(unique.map((p) => `${p}\u0000`).join(''));
  });
  const fields = output.split('\u0000');
  const values = new Map<string, string>();
  for (let i = 0; i + 2 < fields.length; i += 3) values.set(fields[i]!, fields[i + 2]!);
  return values;
}
