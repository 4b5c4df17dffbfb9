import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, link, open, realpath, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { isInside, readText } from './files.js';
import type { Message } from './i18n.js';

export interface WriteOptions {
  /**
   * The text the file held when it was read: the write is refused (`ECHANGED`) when the file no
   * longer holds it just before it is replaced, so that an edit made in between is not lost.
   */
  readonly expected?: string;
  /** Create the file; never replace one that exists (`EEXIST`), not even one made while writing. */
  readonly create?: boolean;
  /** Refuse (`ENOTREG`) a target that is not a regular file, instead of writing into it. */
  readonly regularOnly?: boolean;
  /**
   * The folder the write must stay in (a repository set up by `init`): a target that is, or
   * lies behind, a symbolic link leading out of it is refused (`EOUTSIDE`).
   */
  readonly within?: string;
  /**
   * Whether the data is forced to disk before it replaces the file (default). A file made from
   * others (a rendered page, a report) can be made again, so it is not: readers still see the old
   * content or the new, but rendering a thousand pages does not wait a thousand times for the disk.
   */
  readonly durable?: boolean;
}

/** An error with the code of why a write was refused. */
function refused(code: 'ECHANGED' | 'ENOTREG' | 'EEXIST' | 'EISDIR' | 'EOUTSIDE', file: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${file}`), { code });
}

/**
 * Writes a file so that readers see the old content or the new, never a half-written one:
 * the data goes to a temporary file beside the target, is flushed to disk (unless `durable` is
 * false), then renamed over it.
 * A file that exists keeps its permissions (and, for root, its owner), and one that may not be
 * written is not replaced (renaming would get around its permissions); a symbolic link stays a
 * link and the file it points to is written.
 *
 * What is not a regular file (a device such as /dev/null, a named pipe, a terminal) is never
 * replaced: the data is written into it, as a shell's `>` does (or refused, with `regularOnly`).
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  const file = await realpath(target).catch(() => target);
  if (options.within !== undefined && (await leadsOutOf(target, options.within))) throw refused('EOUTSIDE', target);
  const existing = await stat(file).catch(() => undefined);
  if (existing?.isDirectory()) throw refused('EISDIR', file);
  if (existing && !existing.isFile()) {
    if (options.regularOnly) throw refused('ENOTREG', file);
    return writeInto(file, data);
  }
  if (existing && options.create) throw refused('EEXIST', file);
  if (existing) await access(file, constants.W_OK);
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx', 0o666);
  try {
    if (existing?.isFile()) {
      await handle.chmod(existing.mode & 0o7777);
      if (process.getuid?.() === 0) await handle.chown(existing.uid, existing.gid).catch(() => undefined);
    }
    await handle.writeFile(data);
    if (options.durable !== false) await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  try {
    if (options.expected !== undefined && !(await holds(file, options.expected))) throw refused('ECHANGED', file);
    if (options.create) await createFrom(temporary, file);
    else await rename(temporary, file);
  } finally {
    await rm(temporary, { force: true });
  }
}

/**
 * Whether writing `target` would land outside `folder`: the target's real path, or (for a file
 * not there yet) that of the nearest folder above it that exists, with the rest of the path.
 */
export async function leadsOutOf(target: string, folder: string): Promise<boolean> {
  let existing = path.resolve(target);
  let rest = '';
  for (;;) {
    const real = await realpath(existing).catch(() => undefined);
    if (real !== undefined) return !isInside(path.join(real, rest), await realpath(folder).catch(() => path.resolve(folder)));
    const parent = path.dirname(existing);
    if (parent === existing) return false;
    rest = path.join(path.basename(existing), rest);
    existing = parent;
  }
}

/** Into a device or a pipe: opened for writing as it is (no truncation, no creation), written, closed. */
async function writeInto(file: string, data: string | Uint8Array): Promise<void> {
  const handle = await open(file, constants.O_WRONLY | (constants.O_NOCTTY ?? 0));
  try {
    await handle.writeFile(data);
  } finally {
    await handle.close();
  }
}

/**
 * Gives the temporary file the target's name only if no file has that name: a hard link fails
 * when the name is taken, where a rename would replace it. File systems without hard links get
 * a check and a rename.
 */
async function createFrom(temporary: string, file: string): Promise<void> {
  try {
    await link(temporary, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
    if (await stat(file).then(() => true, () => false)) throw refused('EEXIST', file);
    await rename(temporary, file);
  }
}

/** Whether a file still holds a text, read as documents are read (and never much more of it). */
async function holds(file: string, text: string): Promise<boolean> {
  const read = await readText(file, text.length * 4 + 1024);
  return read.ok && read.text === text;
}

/** Why a rewrite of a document did not happen, for `fmt` and `migrate`. */
export function whyNotWritten(code: string | undefined): Message {
  if (code === 'ECHANGED') {
    return { en: 'the file changed while it was being rewritten (another program wrote to it)', nl: 'het bestand veranderde terwijl het werd herschreven (een ander programma schreef erin)' };
  }
  if (code === 'ENOTREG') return { en: 'not a regular file', nl: 'geen gewoon bestand' };
  if (code === 'EOUTSIDE') return { en: 'a symbolic link that leads out of the folder', nl: 'een symbolische koppeling die buiten de map leidt' };
  const why = code ? ` (${code})` : '';
  return { en: `cannot write the file${why}`, nl: `het bestand is niet te schrijven${why}` };
}
