import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { lstat, open, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { compareStrings } from './diagnostic.js';
import { UsageError } from './errors.js';
import type { Message } from './i18n.js';
import { messageGroup } from './i18n.js';

const YAML_FILE = /\.ya?ml$/i;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/** The files to read, and for the folders among them that could not be listed, the finding. */
export interface Listing {
  readonly files: readonly string[];
  readonly failures: ReadonlyMap<string, ReadResult>;
}

/**
 * The YAML files the given paths stand for: files as given, folders searched recursively for
 * `*.yaml` and `*.yml` (hidden folders and node_modules skipped), sorted so the order never
 * depends on the file system. A folder that cannot be listed is among the files, with its
 * finding in `failures`, so it is reported and counted instead of silently checked as empty.
 * A path that does not exist is a usage error.
 */
export async function expandPaths(paths: readonly string[], cwd: string): Promise<Listing> {
  const found = new Set<string>();
  const failures = new Map<string, ReadResult>();
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => error);
    if (info instanceof Error) {
      if (info.code !== 'ENOENT' && info.code !== 'ENOTDIR') {
        found.add(absolute);
        continue; // reading it says why it cannot be read
      }
      throw new UsageError(FILE_MESSAGES.text('noSuchPath', { path: displayPath(absolute, cwd) }), FILE_MESSAGES.text('checkThePath'));
    }
    if (info.isDirectory()) {
      for (const file of await listFolder(absolute, new Set(), failures)) found.add(file);
    } else {
      found.add(absolute);
    }
  }
  return { files: [...found].sort(compareStrings), failures };
}

/** The words of finding the documents. */
export const FILE_MESSAGES = messageGroup('files', {
  noSuchPath: { en: 'no such file or folder: {path}', nl: 'bestand of map bestaat niet: {path}' },
  checkThePath: {
    en: 'Check the path; with no paths, agendum checks ./agendas (or the documents of agendum.config.yaml).',
    nl: 'Controleer het pad; zonder paden controleert agendum ./agendas (of de documenten van agendum.config.yaml).',
  },
});

/**
 * The configuration beside the documents is not one of them; nor are hidden files, as hidden
 * folders are not searched (.pre-commit-config.yaml in a repository whose documents are its root).
 */
const CONFIGURATION = 'agendum.config.yaml';

async function listFolder(folder: string, visited: Set<string>, failures: Map<string, ReadResult>, root?: string): Promise<string[]> {
  const real = await realpath(folder).catch(() => folder);
  const tree = root ?? real;
  if (visited.has(real)) return []; // a symlink loop
  visited.add(real);
  let entries;
  try {
    // In name order, so that which of two routes to the same folder is taken does not depend on the file system.
    entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => compareStrings(a.name, b.name));
  } catch (error) {
    failures.set(folder, unreadableFolder((error as NodeJS.ErrnoException).code));
    return [folder];
  }
  const files: string[] = [];
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await stat(full).catch(() => undefined);
      isDirectory = target?.isDirectory() ?? false;
      // A link named like a document that leads nowhere is read, and reported as unreadable.
      isFile = target ? target.isFile() : true;
      const listed = isDirectory ? !entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name) : isFile && YAML_FILE.test(entry.name) && !entry.name.startsWith('.');
      if (target && listed && !(await leadsTo(full, tree, isDirectory))) {
        // Followed, a link to ../.git/config or ~/.ssh would put that file's text in the findings.
        files.push(full);
        failures.set(full, LINK_OUTSIDE);
        continue;
      }
    }
    if (isDirectory) {
      if (!entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name)) files.push(...(await listFolder(full, visited, failures, tree)));
    } else if (isFile && YAML_FILE.test(entry.name) && entry.name !== CONFIGURATION && !entry.name.startsWith('.')) {
      files.push(full);
    }
  }
  return files;
}

/**
 * Whether a symbolic link leads to what the listing of `tree` would find itself: a folder or a
 * YAML file inside it, not inside a hidden or skipped folder of it.
 */
async function leadsTo(link: string, tree: string, isDirectory: boolean): Promise<boolean> {
  const real = await realpath(link).catch(() => undefined);
  if (real === undefined || (real === tree && isDirectory)) return real !== undefined;
  if (!isInside(real, tree)) return false;
  const segments = path.relative(tree, real).split(path.sep);
  const folders = isDirectory ? segments : segments.slice(0, -1);
  return folders.every((name) => !name.startsWith('.') && !SKIPPED_FOLDERS.has(name)) && (isDirectory || YAML_FILE.test(segments.at(-1)!));
}

/**
 * A file of a tree read as its listing would read it: a symbolic link that leads out of the
 * tree (or into a hidden folder of it) is not followed, and that is the finding.
 */
export async function readInTree(file: string, tree: string, maxBytes?: number): Promise<ReadResult> {
  const link = await lstat(file).then((info) => info.isSymbolicLink(), () => false);
  if (link && !(await leadsTo(file, await realpath(tree).catch(() => tree), false))) return LINK_OUTSIDE;
  return readText(file, maxBytes);
}

/** The finding for a link that leads out of the folder being checked: not followed, and said so. */
const LINK_OUTSIDE: ReadResult = {
  ok: false,
  code: 'file/link-outside',
  severity: 'warning',
  message: {
    en: 'a symbolic link that leads out of the folder being checked (or into a hidden folder of it); not followed',
    nl: 'een symbolische koppeling die buiten de gecontroleerde map leidt (of naar een verborgen map erin); niet gevolgd',
  },
};

/**
 * Whether findings may quote a file's text (code frames, the parser's words): only a file that
 * says it is a document, with `kind:` or `schemaVersion:` at the start of a line. A
 * configuration, a key or a credential reached by mistake is named, never shown.
 */
export function mayQuote(text: string): boolean {
  return /^(?:kind|schemaVersion)[ \t]*:/m.test(text);
}

function unreadableFolder(code: string | undefined): ReadResult {
  const why = code === 'EACCES' || code === 'EPERM' ? { en: ' (permission denied)', nl: ' (geen toegang)' } : code ? { en: ` (${code})`, nl: ` (${code})` } : { en: '', nl: '' };
  return { ok: false, code: 'file/unreadable', message: { en: `cannot read the folder${why.en}`, nl: `de map is niet te lezen${why.nl}` }, ...(code ? { reason: code } : {}) };
}

/**
 * Whether a path lies inside a folder: its path relative to the folder does not climb out.
 * A name that merely starts with two dots (`..notes.yaml`) is inside.
 */
export function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !path.isAbsolute(relative) && relative.split(/[\\/]/)[0] !== '..';
}

/** How a file is named in output: relative to the working folder, with `/`. */
export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  const shown = relative && !path.isAbsolute(relative) ? relative : file;
  return shown.split(path.sep).join('/');
}

/**
 * At most `maxBytes` + 1 bytes of a file: a regular file larger than the limit is not read at
 * all; anything else is read until it ends or goes over.
 */
async function readBounded(file: string, maxBytes: number, regularOnly: boolean): Promise<{ tooLarge: false; bytes: Buffer } | { tooLarge: true; size: number | undefined }> {
  // Opened without waiting where only a regular file will do: a named pipe nobody writes to blocks an open.
  const handle = await open(file, regularOnly ? constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) : 'r');
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (regularOnly && !info.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREG' });
    if (info.isFile() && info.size > maxBytes) return { tooLarge: true, size: info.size };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      // A regular file in one read of its size and a byte more (to notice that it grew).
      const want = info.isFile() && total === 0 ? info.size + 1 : 64 * 1024;
      const chunk = Buffer.alloc(Math.min(want, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) return { tooLarge: true, size: info.isFile() ? Math.max(info.size, total) : undefined };
    }
    return { tooLarge: false, bytes: Buffer.concat(chunks, total) };
  } finally {
    await handle.close();
  }
}

/** The finding for a file over the limit; `size` when it is known. */
export function tooLarge(size: number | undefined, maxBytes: number): ReadResult {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  const hint = { en: 'raise maxFileSize in agendum.config.yaml if it is meant to be this large', nl: 'verhoog maxFileSize in agendum.config.yaml als het zo groot hoort te zijn' };
  return {
    ok: false,
    code: 'file/too-large',
    message:
      size === undefined
        ? { en: `the file holds more than the ${mb(maxBytes)} agendum reads; ${hint.en}`, nl: `het bestand bevat meer dan de ${mb(maxBytes)} die agendum leest; ${hint.nl}` }
        : { en: `the file is ${mb(size)}, more than the ${mb(maxBytes)} agendum reads; ${hint.en}`, nl: `het bestand is ${mb(size)}, meer dan de ${mb(maxBytes)} die agendum leest; ${hint.nl}` },
  };
}

/**
 * A file's text, or the finding that it cannot be read as text (with the system's error code,
 * when there is one); a finding that is no error (a link not followed) says so.
 */
export type ReadResult = { ok: true; text: string; bom?: true } | { ok: false; code: string; message: Message; reason?: string; severity?: 'warning' };

/** Files larger than this are not read unless the configuration raises the limit (`maxFileSize`). */
export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

/**
 * Reads a file as UTF-8 text; unreadable, too large or non-UTF-8 files come back as a
 * finding, not a throw. Never more than `maxBytes` + 1 bytes are read, whatever the file
 * claims to be (a file that grows while it is read, a pipe, /dev/zero).
 */
export async function readText(file: string, maxBytes: number = DEFAULT_MAX_FILE_SIZE, options: { regularOnly?: boolean } = {}): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    const read = await readBounded(file, maxBytes, options.regularOnly === true);
    if (read.tooLarge) return tooLarge(read.size, maxBytes);
    bytes = read.bytes;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'EACCES' || code === 'EPERM'
        ? { en: ' (permission denied)', nl: ' (geen toegang)' }
        : code === 'EISDIR'
          ? { en: ' (it is a folder)', nl: ' (het is een map)' }
          : code === 'ENOENT'
            ? { en: ' (it does not exist, or is a link to nothing)', nl: ' (het bestaat niet, of is een koppeling naar niets)' }
          : code === 'ENOTREG'
            ? { en: ' (it is not a regular file)', nl: ' (het is geen gewoon bestand)' }
          : code
            ? { en: ` (${code})`, nl: ` (${code})` }
            : { en: '', nl: '' };
    return { ok: false, code: 'file/unreadable', message: { en: `cannot read the file${why.en}`, nl: `het bestand is niet te lezen${why.nl}` }, ...(code ? { reason: code } : {}) };
  }
  return decodeText(bytes);
}

/**
 * A regular file's text as `readText` gives it, read without going through the event loop, which
 * for the many small files of a check costs more than the reads; undefined for anything else (a
 * folder, a pipe, a file that cannot be opened or grows while it is read), which `readText` reads
 * and explains. Opened without blocking, so a named pipe is not waited for here.
 */
export function readRegularTextSync(file: string, maxBytes: number = DEFAULT_MAX_FILE_SIZE): ReadResult | undefined {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return undefined;
    if (info.size > maxBytes) return tooLarge(info.size, maxBytes);
    // One byte more than the file holds, to notice a file that grew since it was looked at.
    const limit = info.size + 1;
    const buffer = readBuffer(limit);
    let total = 0;
    for (let read = -1; read !== 0 && total < limit; total += read) read = readSync(fd, buffer, total, limit - total, null);
    if (total > info.size) return undefined;
    return decodeText(buffer.subarray(0, total));
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** One buffer for the files read one after another: their bytes are decoded into a string at once. */
let scratch: Buffer | undefined;
const SCRATCH_MAX = 1 << 20;

function readBuffer(size: number): Buffer {
  if (size > SCRATCH_MAX) return Buffer.allocUnsafeSlow(size);
  if (!scratch || scratch.length < size) scratch = Buffer.allocUnsafeSlow(Math.max(size, 64 * 1024));
  return scratch;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Bytes as UTF-8 text (a BOM dropped); UTF-16, invalid UTF-8 and binary data are findings. A
 * carriage return on its own ends a line, as YAML says (the yaml parser and the code frames
 * know only LF and CRLF); it becomes a line feed, so every offset stays where it was.
 */
export function decodeText(bytes: Uint8Array): ReadResult {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, code: 'file/encoding', message: { en: 'the file is UTF-16; agendum reads UTF-8', nl: 'het bestand is UTF-16; agendum leest UTF-8' } };
  }
  try {
    const text = UTF8.decode(bytes);
    if (text.includes('\u0000')) return { ok: false, code: 'file/binary', message: { en: 'the file is binary, not YAML text', nl: 'het bestand is binair, geen YAML-tekst' } };
    const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    return { ok: true, text: text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text, ...(bom ? { bom: true as const } : {}) };
  } catch {
    return { ok: false, code: 'file/encoding', message: { en: 'the file is not valid UTF-8', nl: 'het bestand is geen geldige UTF-8' } };
  }
}
