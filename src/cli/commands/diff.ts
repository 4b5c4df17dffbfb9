import path from 'node:path';
import { loadConfig } from '../../core/config.js';
import { summarise } from '../../core/diagnostic.js';
import { UsageError } from '../../core/errors.js';
import { displayPath, readText } from '../../core/files.js';
import type { Lang } from '../../core/i18n.js';
import { chooseLang } from '../../core/i18n.js';
import type { SourceDocument } from '../../core/source.js';
import { parseSource, rangeOf } from '../../core/source.js';
import { upgradeSource } from '../../migrate/index.js';
import type { Change, Level } from '../../diff/types.js';
import { diffDocuments } from '../../diff/index.js';
import type { FileDiff, LocatedChange } from '../../formatters/diff.js';
import { DIFF_FORMATTERS, summariseDiffs } from '../../formatters/diff.js';
import { CHECK_FORMATTERS } from '../../formatters/index.js';
import { RULES } from '../../rules/index.js';
import { TIMELINE_RULES } from '../../timeline/index.js';
import { changedFiles, fileAtRevision, repositoryRoot, verifyRevision } from '../git.js';
import type { CliIO } from '../io.js';
import { wantsColor } from '../io.js';

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

/** Two versions of one document, as text, with the names to show. */
interface Pair {
  readonly oldName?: string;
  readonly newName?: string;
  readonly oldText?: string;
  readonly newText?: string;
}

/**
 * `agendum diff OLD NEW`, `agendum diff FILE --from REV [--to REV]`, `agendum diff --base REV
 * [--head REV]` and `--git-driver` (git's external diff): what changed in meaning, matched by id,
 * each change classified as breaking, approval or info.
 */
export async function runDiff(args: readonly string[], options: DiffCommandOptions, io: CliIO): Promise<number> {
  const format = options.format ?? 'pretty';
  const formatter = DIFF_FORMATTERS[format];
  if (!formatter) throw new UsageError(`unknown format "${format}" for diff`, `Use one of: ${Object.keys(DIFF_FORMATTERS).join(', ')}.`);
  if (options.failOn !== undefined && !['breaking', 'approval', 'any'].includes(options.failOn)) throw new UsageError(`unknown value for --fail-on: "${options.failOn}"`, 'Use breaking, approval or any.');
  const config = await loadConfig(io.cwd, [...RULES, ...TIMELINE_RULES].map((r) => r.meta.id), options.config);
  const lang = chooseLang(options.lang ?? config.language, io.env);

  const pairs = await collectPairs(args, options, io);
  const diffs: FileDiff[] = [];
  for (const pair of pairs) {
    // Both sides are read at the current schema version, so that a migration is no change of meaning.
    const read = (text: string | undefined, name: string | undefined) => (text === undefined ? undefined : upgradeSource(parseSource(text, name ?? '', lang), lang));
    const oldRead = read(pair.oldText, pair.oldName);
    const newRead = read(pair.newText, pair.newName);
    const oldSource = oldRead?.source;
    const newSource = newRead?.source;
    const broken = [oldRead, newRead].flatMap((r) => [...(r?.source.diagnostics ?? []), ...(r?.diagnostics ?? [])].filter((d) => d.severity === 'error'));
    if (broken.length > 0) {
      const sources = new Map([oldSource, newSource].flatMap((s) => (s ? [[s.file, s.text] as const] : [])));
      io.stdout.write(CHECK_FORMATTERS.pretty!({ diagnostics: broken, summary: summarise(broken, sources.size) }, { color: wantsColor(io, options.color), sources, lang }));
      return 1;
    }
    const result = diffDocuments(oldSource?.data ?? null, newSource?.data ?? null, { lang, ...(config.diffLevels ? { levels: config.diffLevels as Record<string, Level> } : {}) });
    const changes = result.changes.map((change) => locate(change, oldSource, newSource));
    diffs.push({ ...(pair.oldName ? { oldFile: pair.oldName } : {}), ...(pair.newName ? { newFile: pair.newName } : {}), changes });
  }

  const summary = summariseDiffs(diffs);
  if (options.gitDriver) {
    const diff = diffs[0];
    io.stdout.write(`diff --agendum a/${diff?.oldFile ?? diff?.newFile ?? ''} b/${diff?.newFile ?? diff?.oldFile ?? ''}\n`);
  }
  io.stdout.write(formatter(diffs, summary, { color: wantsColor(io, options.color), lang: lang as Lang }));
  if (options.gitDriver) return 0; // git stops showing the other files when its external diff fails
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

async function collectPairs(args: readonly string[], options: DiffCommandOptions, io: CliIO): Promise<Pair[]> {
  if (options.gitDriver) {
    // git calls: path old-file old-hex old-mode new-file new-hex new-mode
    if (args.length !== 7) throw new UsageError('--git-driver expects the seven arguments git gives an external diff');
    const [name, oldFile, , , newFile] = args as [string, string, string, string, string];
    const read = async (file: string) => (file === '/dev/null' ? undefined : await textOf(file));
    return [{ ...(oldFile !== '/dev/null' ? { oldName: name } : {}), ...(newFile !== '/dev/null' ? { newName: name } : {}), oldText: await read(oldFile), newText: await read(newFile) }].map(clean);
  }
  if (options.base !== undefined) {
    if (args.length > 0) throw new UsageError('--base compares every agenda that changed; give no files with it');
    const base = await verifyRevision(options.base, io.cwd);
    const head = options.head !== undefined ? await verifyRevision(options.head, io.cwd) : undefined;
    const root = await repositoryRoot(io.cwd);
    const shown = (file: string) => displayPath(path.join(root, file), io.cwd);
    const pairs: Pair[] = [];
    for (const file of await changedFiles(base, head, io.cwd)) {
      const oldText = file.oldPath ? await fileAtRevision(base, path.join(root, file.oldPath), io.cwd) : undefined;
      const newText = file.newPath ? (head ? await fileAtRevision(head, path.join(root, file.newPath), io.cwd) : await textOf(path.join(root, file.newPath))) : undefined;
      if (!looksLikeAgenda(oldText) && !looksLikeAgenda(newText)) continue;
      pairs.push(clean({ ...(file.oldPath ? { oldName: shown(file.oldPath) } : {}), ...(file.newPath ? { newName: shown(file.newPath) } : {}), oldText, newText }));
    }
    return pairs;
  }
  if (options.from !== undefined) {
    if (args.length !== 1) throw new UsageError('--from compares one file at two revisions: agendum diff FILE --from REV [--to REV]');
    const file = args[0]!;
    const from = await verifyRevision(options.from, io.cwd);
    const to = options.to !== undefined ? await verifyRevision(options.to, io.cwd) : undefined;
    const oldText = await fileAtRevision(from, file, io.cwd);
    const newText = to ? await fileAtRevision(to, file, io.cwd) : await textOf(path.resolve(io.cwd, file));
    if (oldText === undefined && newText === undefined) throw new UsageError(`${file} exists neither at ${options.from} nor ${options.to ?? 'in the working tree'}`);
    const name = displayPath(path.resolve(io.cwd, file), io.cwd);
    return [clean({ ...(oldText !== undefined ? { oldName: `${name}@${options.from}` } : {}), ...(newText !== undefined ? { newName: to ? `${name}@${options.to}` : name } : {}), oldText, newText })];
  }
  if (args.length !== 2) throw new UsageError('diff needs two files, or FILE --from REV, or --base REV', 'agendum diff old.yaml new.yaml');
  const [oldFile, newFile] = args as [string, string];
  const oldText = await textOf(path.resolve(io.cwd, oldFile));
  const newText = await textOf(path.resolve(io.cwd, newFile));
  if (oldText === undefined) throw new UsageError(`no such file: ${oldFile}`);
  if (newText === undefined) throw new UsageError(`no such file: ${newFile}`);
  return [{ oldName: oldFile, newName: newFile, oldText, newText }];
}

function clean(pair: { oldName?: string; newName?: string; oldText: string | undefined; newText: string | undefined }): Pair {
  return {
    ...(pair.oldName !== undefined ? { oldName: pair.oldName } : {}),
    ...(pair.newName !== undefined ? { newName: pair.newName } : {}),
    ...(pair.oldText !== undefined ? { oldText: pair.oldText } : {}),
    ...(pair.newText !== undefined ? { newText: pair.newText } : {}),
  };
}

async function textOf(file: string): Promise<string | undefined> {
  const read = await readText(file);
  if (read.ok) return read.text;
  if (read.code === 'file/unreadable') return undefined;
  throw new UsageError(`${file}: ${read.message.en}`);
}

/** Only agenda documents are compared in the pull-request view, not every YAML file of the repository. */
function looksLikeAgenda(text: string | undefined): boolean {
  return text !== undefined && /^kind:\s*(DevelopmentAgenda|ExecutionAgenda|ProjectPlan|Arrangement)\s*$/m.test(text);
}
