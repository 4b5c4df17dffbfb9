/**
 * What git's external diff driver answered, kept per pair of blobs in the repository's git
 * folder (`agendum/diff/…`), so that `git log -p` starts node once rather than once per file per
 * commit: the same answer for the same blobs, path, language, colour, configuration and agendum
 * version. `bin/agendum-git-diff` reads it without starting node.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface DriverKeyInput {
  readonly version: string;
  readonly name: string;
  readonly oldHex: string;
  readonly newHex: string;
  readonly lang: 'nl' | 'en';
  readonly color: boolean;
  /** The git blob id of the repository's agendum.config.yaml, or `none`. */
  readonly config: string;
}

/** A blob id as git computes it (`git hash-object`): SHA-1 of "blob <length>\0<bytes>". */
export function gitBlobId(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.length}\u0000`).update(bytes).digest('hex');
}

/**
 * Only answers about stored blobs are kept: git passes "." for a side that does not exist and
 * zeros for a file of the working tree it has not hashed, whose content may still change.
 */
export function cacheable(oldHex: string, newHex: string): boolean {
  const stored = (hex: string) => hex === '.' || (/^[0-9a-f]{40,64}$/.test(hex) && !/^0+$/.test(hex));
  return stored(oldHex) && stored(newHex) && !(oldHex === '.' && newHex === '.');
}

/**
 * Where an answer is kept, below the cache folder: the same path `bin/agendum-git-diff` builds
 * from git's arguments, the language, colour and configuration, with shell built-ins only.
 */
export function driverKey(input: DriverKeyInput): string {
  return [input.version, `${input.oldHex}-${input.newHex}`, `${input.lang}-${input.color ? 'colour' : 'plain'}-${input.config}`, `${input.name}.txt`].join('/');
}

/** Whether a path from git can name a file of the cache (relative, no `..`, one line). */
export function cacheablePath(name: string): boolean {
  return name !== '' && !name.startsWith('/') && !name.includes('..') && !/[\n\r\u0000]/.test(name);
}

export function cacheFolder(gitCommonDir: string): string {
  return path.join(gitCommonDir, 'agendum', 'diff');
}

export async function readAnswer(folder: string, key: string): Promise<string | undefined> {
  return readFile(path.join(folder, key), 'utf8').catch(() => undefined);
}

/** Written whole or not at all (a temporary file renamed), so a reader never sees half an answer. */
export async function writeAnswer(folder: string, key: string, text: string): Promise<void> {
  const file = path.join(folder, key);
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, file);
}
