/**
 * The documents the monitoring commands (`progress`, `export`) report on: read from the working
 * tree, or as they stood in git at a revision or on a day. A document that cannot be read or
 * has errors is reported, not monitored.
 */
import path from 'node:path';
import type { Diagnostic } from '../core/diagnostic.js';
import { START_OF_FILE } from '../core/diagnostic.js';
import { UsageError } from '../core/errors.js';
import type { ReadResult } from '../core/files.js';
import { DEFAULT_MAX_FILE_SIZE, decodeText, displayPath, expandPaths, isInside, mayQuote, readText, tooLarge } from '../core/files.js';
import type { Lang } from '../core/i18n.js';
import { verbatim } from '../core/i18n.js';
import type { Config } from '../core/config.js';
import { writeFileAtomic } from '../core/write.js';
import { printable } from '../formatters/printable.js';
import type { KindDefinition } from '../model/kinds.js';
import { MONITOR_MESSAGES } from './monitor-messages.js';
import type { CliIO } from './io.js';
import type { ReportDocument } from '../monitor/report.js';
import { workItems } from '../monitor/items.js';
import type { CalendarDate } from '../time/calendar.js';
import { formatIsoDate, parseIsoDate } from '../time/calendar.js';
import { validateDocument } from '../validate/engine.js';
import { gitBytes, repositoryRoot, verifyRevision } from './git.js';

export interface Monitored {
  readonly documents: ReportDocument[];
  /** Errors of documents that could not be monitored. */
  readonly findings: Diagnostic[];
  /** Texts of those documents, for code frames. */
  readonly sources: Map<string, string>;
}

/** A git commit the documents are read at, and the day it was made (the committer's own date). */
export interface Snapshot {
  readonly commit: string;
  readonly day: CalendarDate;
}

/** The documents under `paths` as they are on disk. */
export async function monitoredOnDisk(paths: readonly string[], cwd: string, config: Config, lang: Lang): Promise<Monitored> {
  return monitor(await readOnDisk(paths, cwd, config), cwd, config, lang);
}

/** The documents under `paths` as committed at a snapshot (the files of its tree under those paths). */
export async function monitoredAt(snapshot: Snapshot, paths: readonly string[], cwd: string, config: Config, lang: Lang): Promise<Monitored> {
  const root = await repositoryRoot(cwd);
  const wanted = (paths.length > 0 ? paths.map((p) => path.resolve(cwd, p)) : config.documents).map((p) => {
    if (!isInside(p, root)) throw new UsageError(MONITOR_MESSAGES.text('outsideRepository', { path: displayPath(p, cwd) }));
    return path.relative(root, p).split(path.sep).join('/');
  });
  const listing = await git(['ls-tree', '-r', '-z', '--name-only', '--full-tree', snapshot.commit, '--', ...wanted.map((w) => (w === '' ? '.' : w))], root);
  const names = listing
    .toString('utf8')
    .split('\u0000')
    .filter((name) => /\.ya?ml$/i.test(name) && !name.split('/').some((part) => part.startsWith('.') || part === 'node_modules'))
    .filter((name) => !/(^|\/)agendum\.config\.ya?ml$/i.test(name))
    .sort();
  const maxBytes = config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const reads = names.map(async (name) => {
    const bytes = await git(['cat-file', 'blob', `${snapshot.commit}:${name}`], root, maxBytes + 1).catch(() => undefined);
    const read: ReadResult = bytes === undefined ? tooLarge(undefined, maxBytes) : decodeText(bytes);
    return { file: path.join(root, ...name.split('/')), read };
  });
  return monitor(await Promise.all(reads), cwd, config, lang);
}

/** The last commit (along the first parents of HEAD) made on or before a day: the documents as they stood then. */
export async function snapshotOn(day: CalendarDate, cwd: string): Promise<Snapshot | undefined> {
  const root = await repositoryRoot(cwd);
  const log = (await git(['log', '--first-parent', '--format=%H %cI', 'HEAD'], root).catch(() => Buffer.from(''))).toString('utf8');
  for (const line of log.split('\n')) {
    const [commit, when] = line.split(' ');
    const date = when ? parseIsoDate(when.slice(0, 10)) : undefined;
    if (commit && date && formatIsoDate(date) <= formatIsoDate(day)) return { commit, day: date };
  }
  return undefined;
}

/** A revision the user names, and the day it was committed. */
export async function snapshotOf(revision: string, cwd: string): Promise<Snapshot> {
  const commit = await verifyRevision(revision, cwd);
  const root = await repositoryRoot(cwd);
  const when = (await git(['show', '-s', '--format=%cI', commit], root)).toString('utf8').trim();
  const day = parseIsoDate(when.slice(0, 10));
  if (!day) throw new UsageError(MONITOR_MESSAGES.text('revisionDate', { revision }));
  return { commit, day };
}

/** A document that read and checked without errors, with its text and what the checks made of it. */
export interface LoadedDocument {
  /** The absolute path. */
  readonly path: string;
  /** The file as the user names it. */
  readonly file: string;
  readonly text: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly definition: KindDefinition;
}

export interface Loaded {
  readonly documents: LoadedDocument[];
  /** Why the others could not be read or have errors. */
  readonly findings: Diagnostic[];
  /** Texts of those others, for code frames. */
  readonly sources: Map<string, string>;
}

/**
 * Reads and checks documents as the commands that report on them need them: a file that cannot
 * be read, or holds a document with errors, becomes findings; the others are returned in order.
 */
export function loadDocuments(reads: ReadonlyArray<{ file: string; read: ReadResult }>, cwd: string, config: Config, lang: Lang): Loaded {
  const documents: LoadedDocument[] = [];
  const findings: Diagnostic[] = [];
  const sources = new Map<string, string>();
  for (const { file, read } of reads) {
    const shown = displayPath(file, cwd);
    if (!read.ok) {
      findings.push({ code: read.code, severity: read.severity ?? 'error', message: verbatim(read.message), file: shown, path: '', range: START_OF_FILE });
      continue;
    }
    const result = validateDocument(read.text, shown, { ruleSet: [], lang, kinds: config.kinds });
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0 || !result.document) {
      findings.push(...errors);
      if (mayQuote(read.text)) sources.set(shown, read.text);
      continue;
    }
    documents.push({ path: file, file: shown, text: read.text, data: result.document.data, definition: result.document.definition });
  }
  return { documents, findings, sources };
}

/** The files under `paths` (or the configuration's documents) on disk, read. */
export async function readOnDisk(paths: readonly string[], cwd: string, config: Config): Promise<Array<{ file: string; read: ReadResult }>> {
  const { files, failures } = await expandPaths(paths.length > 0 ? paths : config.documents, cwd);
  return Promise.all(files.map(async (file) => ({ file, read: failures.get(file) ?? (await readText(file, config.maxFileSize)) })));
}

function monitor(reads: ReadonlyArray<{ file: string; read: ReadResult }>, cwd: string, config: Config, lang: Lang): Monitored {
  const loaded = loadDocuments(reads, cwd, config, lang);
  const documents = loaded.documents.map(({ file, data, definition }) => ({
    file,
    ...(typeof data.id === 'string' ? { id: data.id } : {}),
    title: typeof data.title === 'string' ? data.title : file,
    kind: definition.label,
    items: workItems(data, definition),
  }));
  return { documents, findings: loaded.findings, sources: loaded.sources };
}

/** Writes a command's output to the file asked for (atomically), saying so on standard error. */
export async function writeOutput(target: string, output: string | Uint8Array, io: CliIO, lang: Lang): Promise<void> {
  try {
    await writeFileAtomic(target, output, { durable: false });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(MONITOR_MESSAGES.text('cannotWrite', { path: `${displayPath(target, io.cwd)}${code ? ` (${code})` : ''}` }), MONITOR_MESSAGES.text('checkFolder'));
  }
  io.stderr.write(`${lang === 'nl' ? 'geschreven' : 'wrote'} ${printable(displayPath(target, io.cwd))}\n`);
}

/** git's output as bytes; a failure is a usage error that says what git said. */
async function git(args: readonly string[], cwd: string, maxBuffer = 256 * 1024 * 1024): Promise<Buffer> {
  try {
    return await gitBytes(args, cwd, maxBuffer);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(MONITOR_MESSAGES.text('gitFailed', { command: args[0] ?? '', reason: (error as Error).message }));
  }
}
