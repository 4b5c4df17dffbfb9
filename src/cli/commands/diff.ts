import { loadRunConfig } from '../run-config.js';
import path from 'node:path';
import type { Diagnostic } from '../../core/diagnostic.js';
import { compareDiagnostics, START_OF_FILE } from '../../core/diagnostic.js';
import { UsageError } from '../../core/errors.js';
import type { ReadResult } from '../../core/files.js';
import { displayPath, mayQuote, readInTree, readText } from '../../core/files.js';
import type { Lang } from '../../core/i18n.js';
import { chooseLang, verbatim } from '../../core/i18n.js';
import type { SourceDocument } from '../../core/source.js';
import { parseSource, rangeOf } from '../../core/source.js';
import { upgradeSource } from '../../migrate/index.js';
import type { Change, Level } from '../../diff/types.js';
import { diffDocuments } from '../../diff/index.js';
import type { FileDiff, LocatedChange } from '../../formatters/diff.js';
import { DIFF_FORMATTERS, summariseDiffs } from '../../formatters/diff.js';
import type { KindRegistry } from '../../model/registry.js';
import { printable } from '../../formatters/printable.js';
import { changedFiles, fileAtRevision, repositoryRoot, verifyRevision } from '../git.js';
import type { CliIO } from '../io.js';
import { wantsColor } from '../io.js';
import { CLI_MESSAGES } from '../messages.js';

export interface DiffCommandOptions {
  readonly from?: string;
  readonly to?: string;
  readonly base?: string;
  readonly head?: string;
  readonly format?: string;
  readonly exitCode?: boolean;
  readonly failOn?: string;
  readonly gitDriver?: boolean;
  readonly lang?: string;
  readonly color?: string;
  readonly config?: string;
}

/**
 * Two versions of one document with the names to show: each read as text, or as the finding
 * that it cannot be; a side that is not there (an added or removed file) has neither.
 */
interface Pair {
  readonly oldName?: string;
  readonly newName?: string;
  readonly oldRead?: ReadResult;
  readonly newRead?: ReadResult;
}

/**
 * `agendum diff OLD NEW`, `agendum diff FILE --from REV [--to REV]`, `agendum diff --base REV
 * [--head REV]` and `--git-driver` (git's external diff): what changed in meaning, matched by id,
 * each change classified as breaking, approval or info.
 */
export async function runDiff(args: readonly string[], options: DiffCommandOptions, io: CliIO): Promise<number> {
  const format = options.format ?? 'pretty';
  const formatter = DIFF_FORMATTERS[format];
  if (!formatter) throw new UsageError(CLI_MESSAGES.text('unknownDiffFormat', { format }), CLI_MESSAGES.text('useOneOf', { list: Object.keys(DIFF_FORMATTERS).join(', ') }));
  if (options.failOn !== undefined && !['breaking', 'approval', 'any'].includes(options.failOn)) throw new UsageError(CLI_MESSAGES.text('unknownFailOn', { value: options.failOn }), CLI_MESSAGES.text('useDiffLevels'));
  if (options.gitDriver && args.length === 1) {
    // An unmerged path: git passes only its name, and says no more about it than this itself.
    io.stdout.write(`${printable(`* Unmerged path ${args[0]!}`)}\n`);
    return 0;
  }
  const config = await loadRunConfig(io.cwd, options.config, options.base !== undefined ? [] : args.filter((arg) => !arg.startsWith('-')).slice(0, 2));
  const lang = chooseLang(options.lang ?? config.language, io.env);

  const pairs = await collectPairs(args, options, io, config.maxFileSize, config.kinds);
  // A side that cannot be read or parsed is a finding; the other pairs are still compared.
  const findings: Diagnostic[] = [];
  const sources = new Map<string, string>();
  const diffs: FileDiff[] = [];
  for (const pair of pairs) {
    const unreadable = [
      [pair.oldName, pair.oldRead],
      [pair.newName, pair.newRead],
    ].flatMap(([name, read]) =>
      read && typeof read === 'object' && !read.ok ? [{ code: read.code, severity: read.severity ?? ('error' as const), message: verbatim(read.message), file: String(name ?? ''), path: '', range: START_OF_FILE }] : [],
    );
    if (unreadable.length > 0) {
      findings.push(...unreadable);
      continue;
    }
    const textOfRead = (read: ReadResult | undefined) => (read?.ok ? read.text : undefined);
    const oldText = textOfRead(pair.oldRead);
    const newText = textOfRead(pair.newRead);
    // Both sides are read at the current schema version, so that a migration is no change of meaning.
    const read = (text: string | undefined, name: string | undefined) => (text === undefined ? undefined : upgradeSource(parseSource(text, name ?? '')));
    const oldUpgraded = read(oldText, pair.oldName);
    const newUpgraded = read(newText, pair.newName);
    const oldSource = oldUpgraded?.source;
    const newSource = newUpgraded?.source;
    const broken = [oldUpgraded, newUpgraded].flatMap((r) => [...(r?.source.diagnostics ?? []), ...(r?.diagnostics ?? [])].filter((d) => d.severity === 'error'));
    if (broken.length > 0) {
      for (const source of [oldSource, newSource]) if (source && mayQuote(source.text)) sources.set(source.file, source.text);
      findings.push(...broken);
      continue;
    }
    const result = diffDocuments(oldSource?.data ?? null, newSource?.data ?? null, { lang, kinds: config.kinds, ...(config.diffLevels ? { levels: config.diffLevels as Record<string, Level> } : {}) });
    const changes = result.changes.map((change) => locate(change, oldSource, newSource));
    diffs.push({ ...(pair.oldName ? { oldFile: pair.oldName } : {}), ...(pair.newName ? { newFile: pair.newName } : {}), changes });
  }
  findings.sort(compareDiagnostics);

  const summary = summariseDiffs(diffs);
  if (options.gitDriver) {
    const pair = pairs[0];
    io.stdout.write(printable(`diff --agendum a/${pair?.oldName ?? pair?.newName ?? ''} b/${pair?.newName ?? pair?.oldName ?? ''}`) + '\n');
  }
  io.stdout.write(formatter(diffs, summary, { color: wantsColor(io, options.color), lang: lang as Lang, findings, sources }));
  // git stops at the first file whose external diff fails, and shows none of the others.
  if (options.gitDriver) return 0;
  if (findings.some((d) => d.severity === 'error')) return 1;
  const unsatisfiedBreaking = diffs.flatMap((d) => d.changes).filter((c) => c.level === 'breaking').length;
  const unsatisfiedApproval = diffs.flatMap((d) => d.changes).filter((c) => c.level === 'approval' && !c.satisfied).length;
  if (options.failOn === 'breaking' && unsatisfiedBreaking > 0) return 1;
  if (options.failOn === 'approval' && unsatisfiedBreaking + unsatisfiedApproval > 0) return 1;
  if (options.failOn === 'any' && summary.changes > 0) return 1;
  if (options.exitCode && summary.changes > 0) return 1;
  return 0;
}

/** Where a change is: in the new file, or in the old one for a removal. */
function locate(c: Change<string>, oldSource?: SourceDocument, newSource?: SourceDocument): LocatedChange {
  const source = c.newPointer !== undefined ? newSource : oldSource;
  const pointer = c.newPointer ?? c.oldPointer;
  if (!source || pointer === undefined) return c;
  const range = rangeOf(source, pointer, 'key');
  return { ...c, file: source.file, line: range.start.line, column: range.start.column };
}

async function collectPairs(args: readonly string[], options: DiffCommandOptions, io: CliIO, maxBytes: number | undefined, kinds: KindRegistry): Promise<Pair[]> {
  const isAgenda = (read: ReadResult | undefined) => isDocumentOf(kinds, read);
  const read = (file: string) => textOf(file, maxBytes);
  if (options.gitDriver) {
    // git calls: path old-file old-hex old-mode new-file new-hex new-mode, and for a rename or a
    // copy also new-path and the lines git would print about it ("similarity index …").
    if (args.length !== 7 && args.length !== 9) throw new UsageError(CLI_MESSAGES.text('gitDriverArgs'));
    const [name, oldFile, , , newFile, , , newName = name] = args as [string, string, string, string, string, string, string, string?];
    const oldRead = await read(path.resolve(io.cwd, oldFile));
    const newRead = await read(path.resolve(io.cwd, newFile));
    return [pairOf(oldRead && name, newRead && newName, oldRead, newRead)];
  }
  if (options.base !== undefined) {
    if (args.length > 0) throw new UsageError(CLI_MESSAGES.text('baseNoFiles'));
    const base = await verifyRevision(options.base, io.cwd);
    const head = options.head !== undefined ? await verifyRevision(options.head, io.cwd) : undefined;
    const root = await repositoryRoot(io.cwd);
    const shown = (file: string) => displayPath(path.join(root, file), io.cwd);
    const pairs: Pair[] = [];
    // One file that cannot be read is a finding of its own; it never stops the others from being compared.
    const guarded = (reading: Promise<ReadResult | undefined>) => reading.catch((error: unknown): ReadResult => unreadable(error));
    for (const file of await changedFiles(base, head, io.cwd)) {
      const oldRead = file.oldPath ? await guarded(fileAtRevision(base, path.join(root, file.oldPath), io.cwd, maxBytes)) : undefined;
      const newRead = file.newPath ? await guarded(head ? fileAtRevision(head, path.join(root, file.newPath), io.cwd, maxBytes) : workingTree(path.join(root, file.newPath), root, maxBytes)) : undefined;
      if (!isAgenda(oldRead) && !isAgenda(newRead) && !mayBeAgenda(oldRead, file.oldPath) && !mayBeAgenda(newRead, file.newPath)) continue;
      pairs.push(pairOf(oldRead && file.oldPath && shown(file.oldPath), newRead && file.newPath && shown(file.newPath), oldRead, newRead));
    }
    return pairs;
  }
  if (options.from !== undefined) {
    if (args.length !== 1) throw new UsageError(CLI_MESSAGES.text('fromOneFile'));
    const file = args[0]!;
    const from = await verifyRevision(options.from, io.cwd);
    const to = options.to !== undefined ? await verifyRevision(options.to, io.cwd) : undefined;
    const oldRead = await fileAtRevision(from, file, io.cwd, maxBytes);
    const newRead = to ? await fileAtRevision(to, file, io.cwd, maxBytes) : await read(path.resolve(io.cwd, file));
    if (oldRead === undefined && newRead === undefined) throw new UsageError(options.to === undefined ? CLI_MESSAGES.text('neitherWorkingTree', { file, from: options.from }) : CLI_MESSAGES.text('neither', { file, from: options.from, to: options.to }));
    const name = displayPath(path.resolve(io.cwd, file), io.cwd);
    return [pairOf(oldRead && `${name}@${options.from}`, newRead && (to ? `${name}@${options.to}` : name), oldRead, newRead)];
  }
  if (args.length !== 2) throw new UsageError(CLI_MESSAGES.text('diffNeeds'), CLI_MESSAGES.text('diffNeedsHint'));
  const [oldFile, newFile] = args as [string, string];
  const oldRead = await read(path.resolve(io.cwd, oldFile));
  const newRead = await read(path.resolve(io.cwd, newFile));
  if (oldRead === undefined) throw new UsageError(CLI_MESSAGES.text('noSuchFile', { file: oldFile }));
  if (newRead === undefined) throw new UsageError(CLI_MESSAGES.text('noSuchFile', { file: newFile }));
  return [{ oldName: oldFile, newName: newFile, oldRead, newRead }];
}

function pairOf(oldName: string | false | undefined, newName: string | false | undefined, oldRead: ReadResult | undefined, newRead: ReadResult | undefined): Pair {
  return {
    ...(oldName ? { oldName } : {}),
    ...(newName ? { newName } : {}),
    ...(oldRead ? { oldRead } : {}),
    ...(newRead ? { newRead } : {}),
  };
}

/** A file of the working tree, as the pull-request view reads it: a link out of the repository is not followed. */
async function workingTree(file: string, root: string, maxBytes: number | undefined): Promise<ReadResult | undefined> {
  const read = await readInTree(file, root, maxBytes);
  return !read.ok && read.reason === 'ENOENT' ? undefined : read;
}

/** A file's text or the finding that it cannot be read; undefined when it is not there (git's /dev/null too). */
async function textOf(file: string, maxBytes: number | undefined): Promise<ReadResult | undefined> {
  if (file === '/dev/null') return undefined;
  const read = await readText(file, maxBytes);
  return !read.ok && read.reason === 'ENOENT' ? undefined : read;
}

function unreadable(error: unknown): ReadResult {
  const why = error instanceof Error ? error.message : String(error);
  return { ok: false, code: 'file/unreadable', message: { en: `cannot read the file: ${why}`, nl: `het bestand is niet te lezen: ${why}` } };
}

/** Only documents of a known kind are compared in the pull-request view, not every YAML file of the repository. */
function isDocumentOf(kinds: KindRegistry, read: ReadResult | undefined): boolean {
  if (read?.ok !== true) return false;
  const kind = /^kind:[ \t]*["']?([A-Za-z][A-Za-z0-9]*)["']?[ \t]*(?:#.*)?$/m.exec(read.text)?.[1];
  return kinds.get(kind) !== undefined;
}

/** A file that cannot be read is reported when its name says it is an agenda. */
function mayBeAgenda(read: ReadResult | undefined, file: string | undefined): boolean {
  return read?.ok === false && file !== undefined && /\.agenda\.ya?ml$/i.test(file);
}
