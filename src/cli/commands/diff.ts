import { loadRunConfig } from '../run-config.js';
import type { Config as RunConfig } from '../../core/config.js';
import path from 'node:path';
import type { Diagnostic } from '../../core/diagnostic.js';
import { compareDiagnostics, START_OF_FILE } from '../../core/diagnostic.js';
import { UsageError } from '../../core/errors.js';
import type { ReadResult } from '../../core/files.js';
import { decodeText, displayPath, mayQuote, readInTree, readText } from '../../core/files.js';
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
import { blobsAt, changedFiles, diffAttributes, fileAtRevision, gitCommonDir, gitOutput, historyChanges, repositoryRoot, verifyRevision } from '../git.js';
import { cacheable, cacheablePath, cacheFolder, driverKey, gitBlobId, readAnswer, writeAnswer } from '../driver-cache.js';
import { packageVersion } from '../version.js';
import { CONFIG_FILE } from '../../core/config.js';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { printPdf } from '../print.js';
import type { CliIO } from '../io.js';
import { wantsColor } from '../io.js';
import { writeFileAtomic } from '../../core/write.js';
import { CLI_MESSAGES } from '../messages.js';
import { word } from '../../i18n/catalogue.js';

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
  readonly output?: string;
}

/** Formats that print the new version with its changes marked (the redline) rather than a list of changes. */
const REDLINE_FORMATS: ReadonlySet<string> = new Set(['html', 'pdf']);

/**
 * Two versions of one document with the names to show: each read as text, or as the finding
 * that it cannot be; a side that is not there (an added or removed file) has neither.
 */
interface Pair {
  readonly oldName?: string;
  readonly newName?: string;
  readonly oldRead?: ReadResult;
  readonly newRead?: ReadResult;
  /** git followed a rename (or a move) of the file in the revision range. */
  readonly renamed?: boolean;
}

/**
 * `agendum diff OLD NEW`, `agendum diff FILE --from REV [--to REV]`, `agendum diff --base REV
 * [--head REV]` and `--git-driver` (git's external diff): what changed in meaning, matched by id,
 * each change classified as breaking, approval or info.
 */
export async function runDiff(args: readonly string[], options: DiffCommandOptions, io: CliIO): Promise<number> {
  const format = options.format ?? 'pretty';
  const redline = REDLINE_FORMATS.has(format);
  const formatter = DIFF_FORMATTERS[format];
  if (!formatter && !redline) throw new UsageError(CLI_MESSAGES.text('unknownDiffFormat', { format }), CLI_MESSAGES.text('useOneOf', { list: [...Object.keys(DIFF_FORMATTERS), ...REDLINE_FORMATS].join(', ') }));
  if (redline && (options.base !== undefined || options.gitDriver)) throw new UsageError(CLI_MESSAGES.text('redlineOneDocument', { format }), CLI_MESSAGES.text('compareOneDocument'));
  if (options.output !== undefined && !redline) throw new UsageError(CLI_MESSAGES.text('outputIsRedline'), CLI_MESSAGES.text('redirectOthers'));
  if (format === 'pdf' && (options.output === undefined || options.output === '-') && io.stdout.isTTY) throw new UsageError(CLI_MESSAGES.text('renderPdfTerminal'), CLI_MESSAGES.text('renderPdfTerminalHint'));
  if (options.failOn !== undefined && !['breaking', 'approval', 'any'].includes(options.failOn)) throw new UsageError(CLI_MESSAGES.text('unknownFailOn', { value: options.failOn }), CLI_MESSAGES.text('useDiffLevels'));
  if (options.gitDriver && args.length === 1) {
    // An unmerged path: git passes only its name, and says no more about it than this itself.
    io.stdout.write(`${printable(word(CLI_MESSAGES.text('unmergedPath', { file: args[0]! }), chooseLang(options.lang, io.env)))}\n`);
    return 0;
  }
  const config = await loadRunConfig(io.cwd, options.config, options.base !== undefined ? [] : args.filter((arg) => !arg.startsWith('-')).slice(0, 2));
  const lang = chooseLang(options.lang ?? config.language, io.env);
  if (options.gitDriver) return runDriver(args, options, io, config, lang);

  const pairs = await collectPairs(args, options, io, config.maxFileSize, config.kinds);
  const { findings, sources, diffs, compared } = comparePairs(pairs, lang, config);

  const summary = summariseDiffs(diffs);
  if (redline) {
    if (findings.length > 0) {
      io.stdout.write(DIFF_FORMATTERS.pretty!(diffs, summary, { color: wantsColor(io, options.color), lang, findings, sources }));
      return 1;
    }
    const [diff] = diffs;
    const [versions] = compared;
    if (!diff || !versions || versions.newData === null) throw new UsageError(CLI_MESSAGES.text('redlineNeedsNew'), CLI_MESSAGES.text('compareExisting'));
    await writeRedline(diff, versions, format as 'html' | 'pdf', options, io, lang, config.kinds);
  } else {
    io.stdout.write(formatter!(diffs, summary, { color: wantsColor(io, options.color), lang: lang as Lang, findings, sources }));
  }
  if (findings.some((d) => d.severity === 'error')) return 1;
  const unsatisfiedBreaking = diffs.flatMap((d) => d.changes).filter((c) => c.level === 'breaking').length;
  const unsatisfiedApproval = diffs.flatMap((d) => d.changes).filter((c) => c.level === 'approval' && !c.satisfied).length;
  if (options.failOn === 'breaking' && unsatisfiedBreaking > 0) return 1;
  if (options.failOn === 'approval' && unsatisfiedBreaking + unsatisfiedApproval > 0) return 1;
  if (options.failOn === 'any' && summary.changes > 0) return 1;
  if (options.exitCode && summary.changes > 0) return 1;
  return 0;
}

/**
 * Compares each pair: a side that cannot be read or parsed is a finding, and the other pairs are
 * still compared. `parsed` keeps parsed versions for reuse (a history compares each one twice).
 */
function comparePairs(pairs: readonly Pair[], lang: Lang, config: RunConfig, parsed?: Map<string, ReturnType<typeof upgradeSource>>): Compared {
  const findings: Diagnostic[] = [];
  const sources = new Map<string, string>();
  const diffs: FileDiff[] = [];
  const compared: Array<{ oldData: unknown; newData: unknown }> = [];
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
    const read = (text: string | undefined, name: string | undefined) => {
      if (text === undefined) return undefined;
      const key = `${name ?? ''}\u0000${text}`;
      const known = parsed?.get(key);
      if (known) return known;
      const upgraded = upgradeSource(parseSource(text, name ?? ''));
      parsed?.set(key, upgraded);
      return upgraded;
    };
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
    compared.push({ oldData: oldSource?.data ?? null, newData: newSource?.data ?? null });
    diffs.push({ ...(pair.oldName ? { oldFile: pair.oldName } : {}), ...(pair.newName ? { newFile: pair.newName } : {}), ...(pair.renamed ? { renamed: true } : {}), changes });
  }
  findings.sort(compareDiagnostics);
  return { findings, sources, diffs, compared };
}

interface Compared {
  readonly findings: Diagnostic[];
  readonly sources: Map<string, string>;
  readonly diffs: FileDiff[];
  readonly compared: Array<{ oldData: unknown; newData: unknown }>;
}

/**
 * As git's external diff: the answer for one pair of blobs, from the cache when it is there. On
 * a miss the answers for the whole history of the repository's agendas are computed in this one
 * process (each version parsed once), so that the rest of a `git log -p` finds them.
 */
async function runDriver(args: readonly string[], options: DiffCommandOptions, io: CliIO, config: RunConfig, lang: Lang): Promise<number> {
  const color = wantsColor(io, options.color);
  const [name = '', , oldHex = '', , , newHex = '', , newName = name] = args;
  // Renames (nine arguments) and chosen options are answered afresh; the script knows neither.
  const plain = args.length === 7 && options.lang === undefined && (options.color ?? 'auto') === 'auto' && options.config === undefined;
  const cache = plain && cacheable(oldHex, newHex) && cacheablePath(name) && name === newName ? await driverCacheOf(io, name, oldHex, newHex, color) : undefined;
  if (cache) {
    const known = await readAnswer(cache.folder, cache.key);
    if (known !== undefined) {
      io.stdout.write(known);
      return 0;
    }
  }
  const pairs = await collectPairs(args, options, io, config.maxFileSize, config.kinds);
  const answer = driverAnswer(pairs, comparePairs(pairs, lang, config), lang, color);
  io.stdout.write(answer);
  if (cache) {
    // The cache only speeds git up: when it cannot be written, git still has its answer.
    await writeAnswer(cache.folder, cache.key, answer).catch(() => undefined);
    await answerHistory(io, config, lang, color, name, cache.folder).catch(() => undefined);
  }
  // git stops at the first file whose external diff fails, and shows none of the others.
  return 0;
}

/** What the driver prints for a pair: git's header line, then the changes. */
function driverAnswer(pairs: readonly Pair[], result: Compared, lang: Lang, color: boolean): string {
  const pair = pairs[0];
  const header = `${printable(`diff --agendum a/${pair?.oldName ?? pair?.newName ?? ''} b/${pair?.newName ?? pair?.oldName ?? ''}`)}\n`;
  return header + DIFF_FORMATTERS.pretty!(result.diffs, summariseDiffs(result.diffs), { color, lang, findings: result.findings, sources: result.sources });
}

async function driverCacheOf(io: CliIO, name: string, oldHex: string, newHex: string, color: boolean): Promise<{ folder: string; key: string } | undefined> {
  const root = await repositoryRoot(io.cwd).catch(() => undefined);
  if (root === undefined) return undefined;
  const common = await gitCommonDir(root);
  const configText = await readFile(path.join(io.cwd, CONFIG_FILE)).catch(() => undefined);
  // The language of the environment (the script cannot read the configuration's); the configuration is in the key.
  const key = driverKey({ version: packageVersion(), name, oldHex, newHex, lang: chooseLang(undefined, io.env), color, config: configText ? gitBlobId(configText) : 'none' });
  return { folder: cacheFolder(common), key };
}

/** Commits of history answered ahead at most, newest first. */
const HISTORY_LIMIT = 1000;

/**
 * The answers for every change to a file with the same diff attribute in the newest commits of
 * HEAD, written to the cache; once per HEAD.
 */
async function answerHistory(io: CliIO, config: RunConfig, lang: Lang, color: boolean, name: string, folder: string): Promise<void> {
  const root = await repositoryRoot(io.cwd);
  const head = await gitOutput(['rev-parse', '--verify', '--quiet', 'HEAD'], root).then((out) => out.trim());
  const marker = path.join(folder, packageVersion(), `history-${head}-${lang}-${color ? 'colour' : 'plain'}`);
  if (head === '' || (await readFile(marker).then(() => true, () => false))) return;
  const changes = (await historyChanges(root, HISTORY_LIMIT)).filter((change) => change.paths.every((p) => !/[\n\u0000]/.test(p)));
  const attribute = await diffAttributes(root, [name, ...changes.flatMap((change) => change.paths)]);
  const wanted = attribute.get(name);
  const relevant = changes.filter((change) => change.paths.some((p) => attribute.get(p) === wanted));
  const hexes = [...new Set(relevant.flatMap((change) => [change.oldHex, change.newHex]).filter((hex) => !/^0+$/.test(hex)))];
  const blobs = await blobsAt(hexes, root);
  const byHex = new Map(hexes.map((hex, index) => [hex, blobs[index]] as const));
  const parsed = new Map<string, ReturnType<typeof upgradeSource>>();
  const configText = await readFile(path.join(io.cwd, CONFIG_FILE)).catch(() => undefined);
  const configId = configText ? gitBlobId(configText) : 'none';
  for (const change of relevant) {
    const [oldPath, newPath = oldPath] = change.paths as [string, string?];
    // Renames come to the driver with nine arguments and are answered afresh.
    if (oldPath !== newPath || !cacheablePath(oldPath)) continue;
    const side = (hex: string) => (/^0+$/.test(hex) ? '.' : hex);
    const key = driverKey({ version: packageVersion(), name: oldPath, oldHex: side(change.oldHex), newHex: side(change.newHex), lang: chooseLang(undefined, io.env), color, config: configId });
    if ((await readAnswer(folder, key)) !== undefined) continue;
    const read = (hex: string) => {
      const bytes = /^0+$/.test(hex) ? undefined : byHex.get(hex);
      return bytes === undefined ? undefined : decodeText(bytes);
    };
    const oldRead = read(change.oldHex);
    const newRead = read(change.newHex);
    const pairs = [pairOf(oldRead && oldPath, newRead && newPath, oldRead, newRead)];
    await writeAnswer(folder, key, driverAnswer(pairs, comparePairs(pairs, lang, config, parsed), lang, color));
  }
  await mkdir(path.dirname(marker), { recursive: true });
  await writeFile(marker, '');
}

/** The new version with its changes marked, as HTML or PDF, to standard output or the file of -o (written atomically). */
async function writeRedline(diff: FileDiff, versions: { oldData: unknown; newData: unknown }, format: 'html' | 'pdf', options: DiffCommandOptions, io: CliIO, lang: Lang, kinds: KindRegistry): Promise<void> {
  const { redlineHtml } = await import('../../redline/index.js');
  const html = redlineHtml(versions.oldData, versions.newData, diff.changes, { lang, kinds, ...(diff.oldFile ? { oldName: diff.oldFile } : {}), ...(diff.newFile ? { newName: diff.newFile } : {}) });
  let output: string | Uint8Array = html;
  if (format === 'pdf') {
    output = await printPdf(html, io, lang);
  }
  if (options.output === undefined || options.output === '-') {
    io.stdout.write(output);
    return;
  }
  const destination = path.resolve(io.cwd, options.output);
  for (const input of [diff.oldFile, diff.newFile]) {
    if (input !== undefined && path.resolve(io.cwd, input) === destination) throw new UsageError(CLI_MESSAGES.text('diffOutputIsInput', { file: options.output }));
  }
  try {
    await writeFileAtomic(destination, output, { durable: false });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code ? CLI_MESSAGES.text('cannotWriteCode', { file: displayPath(destination, io.cwd), code }) : CLI_MESSAGES.text('cannotWrite', { file: displayPath(destination, io.cwd) }), CLI_MESSAGES.text('checkFolderWritable'));
  }
  io.stderr.write(`${printable(word(CLI_MESSAGES.text('renderWrote', { file: displayPath(destination, io.cwd) }), lang))}\n`);
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
      const pair = pairOf(oldRead && file.oldPath && shown(file.oldPath), newRead && file.newPath && shown(file.newPath), oldRead, newRead);
      pairs.push(file.status === 'renamed' ? { ...pair, renamed: true } : pair);
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
