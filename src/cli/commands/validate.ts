import { loadRunConfig } from '../run-config.js';
import { appendFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../../core/diagnostic.js';
import { compareDiagnostics, summarise } from '../../core/diagnostic.js';
import { UsageError } from '../../core/errors.js';
import { expandPaths } from '../../core/files.js';
import { chooseLang, type Lang } from '../../core/i18n.js';
import { CHECK_FORMATTER_CHUNKS, CHECK_FORMATTER_WRITERS, CHECK_FORMATTERS } from '../../formatters/index.js';
import { printable } from '../../formatters/printable.js';
import type { KindRegistry } from '../../model/registry.js';
import type { Rule } from '../../rules/index.js';
import { RULES } from '../../rules/index.js';
import type { CalendarDate } from '../../time/calendar.js';
import type { TextInput } from '../../validate/engine.js';
import { CheckCache, cacheKey, defaultCacheFolder, repositoryRoot } from '../cache.js';
import { INTERNAL_ERROR_CODE } from '../../validate/stream.js';
import { checkFiles } from '../check-files.js';
import type { CliIO } from '../io.js';
import { wantsColor } from '../io.js';
import { ruleSetName } from '../rule-sets.js';
import { packageVersion } from '../version.js';
import { CLI_MESSAGES } from '../messages.js';
import { word } from '../../i18n/catalogue.js';

export interface ValidateOptions {
  readonly format?: string;
  readonly color?: string;
  readonly lang?: string;
  readonly quiet?: boolean;
  readonly maxWarnings?: string;
  readonly failOn?: string;
  readonly config?: string;
  readonly verbose?: boolean;
  /** Use the result cache (`--cache`, `--no-cache`); by default only `check` in a repository does. */
  readonly cache?: boolean;
  readonly cacheLocation?: string;
}

/** `agendum validate [paths..]`: schema and semantic rules; exit 1 when the documents fail. */
export function runValidate(paths: readonly string[], options: ValidateOptions, io: CliIO): Promise<number> {
  return runChecks(paths, options, io, { ruleSet: RULES });
}

export interface CheckSetup {
  readonly ruleSet: readonly Rule[];
  /** The day deadlines and overdue work are judged against. */
  readonly today?: CalendarDate;
  /** Extra text after the findings in pretty output (the terminal timeline). */
  readonly appendix?: (inputs: readonly TextInput[], kinds: KindRegistry, lang: Lang) => string;
  /** Whether the result cache is on unless asked otherwise (in a repository). */
  readonly cacheByDefault?: boolean;
}

/**
 * Reads the documents, runs the given rules with the schema, formats the findings and
 * returns the exit code. Shared by `validate`, `timeline` and `check`.
 */
export async function runChecks(paths: readonly string[], options: ValidateOptions, io: CliIO, setup: CheckSetup): Promise<number> {
  const inGitHubActions = io.env.GITHUB_ACTIONS === 'true';
  const formatName = options.format ?? (inGitHubActions ? 'github' : 'pretty');
  const formatter = CHECK_FORMATTERS[formatName];
  if (!formatter) throw new UsageError(CLI_MESSAGES.text('unknownFormat', { format: formatName }), CLI_MESSAGES.text('useOneOf', { list: Object.keys(CHECK_FORMATTERS).join(', ') }));
  const maxWarnings = parseMaxWarnings(options.maxWarnings);
  if (options.failOn !== undefined && options.failOn !== 'error' && options.failOn !== 'warning') {
    throw new UsageError(CLI_MESSAGES.text('unknownFailOn', { value: options.failOn }), CLI_MESSAGES.text('useErrorOrWarning'));
  }

  const config = await loadRunConfig(io.cwd, options.config, paths);
  const lang = chooseLang(options.lang ?? config.language, io.env);
  const { files, failures } = await expandPaths(paths.length > 0 ? paths : config.documents, io.cwd);

  const appendix = formatName === 'pretty' ? setup.appendix : undefined;
  const settings = setup.today ? { today: setup.today } : {};
  const cache = await openCache(options, io, setup, { rules: config.rules, settings, maxFileSize: config.maxFileSize }, config);
  const context = { color: wantsColor(io, options.color), lang, toolVersion: packageVersion(), verbose: options.verbose === true };
  const keep = (diagnostics: readonly Diagnostic[]) => (options.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics);
  // A formatter that can write the findings a file at a time gets them so, and the run keeps none.
  const makeWriter = appendix === undefined ? CHECK_FORMATTER_WRITERS[formatName] : undefined;
  const writer = makeWriter?.(context, (text) => io.stdout.write(text));
  const counts = { errors: 0, warnings: 0, infos: 0, internal: false };
  const onFile = writer
    ? (diagnostics: readonly Diagnostic[]) => {
        const summary = summarise(diagnostics, 0);
        counts.errors += summary.errors;
        counts.warnings += summary.warnings;
        counts.infos += summary.infos;
        counts.internal ||= diagnostics.some((d) => d.code === INTERNAL_ERROR_CODE);
        writer.add(keep(diagnostics));
      }
    : undefined;
  const { diagnostics, sources, inputs } = await checkFiles(files, {
    cwd: io.cwd,
    env: io.env,
    rules: config.rules,
    ruleSet: setup.ruleSet,
    settings,
    maxFileSize: config.maxFileSize,
    keepTexts: appendix !== undefined,
    failures,
    kinds: config.kinds,
    documentRoots: config.documents,
    cache,
    onFile,
  });
  if (cache) {
    try {
      await cache.save();
    } catch (error) {
      io.stderr.write(`agendum: ${word(CLI_MESSAGES.text('cacheNotWritten', { file: cache.file, reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message }), lang)}\n`);
    }
  }
  diagnostics.sort(compareDiagnostics);

  const summary = writer ? { files: files.length, errors: counts.errors, warnings: counts.warnings, infos: counts.infos } : summarise(diagnostics, files.length);
  const result = { diagnostics: keep(diagnostics), summary };
  const formatContext = { ...context, sources };
  if (writer) writer.end(summary);
  else {
    const chunks = CHECK_FORMATTER_CHUNKS[formatName];
    if (chunks) writeInPieces(io, chunks(result, formatContext));
    else io.stdout.write(formatter(result, formatContext));
  }
  if (appendix) io.stdout.write(printable(appendix(inputs, config.kinds, lang)));

  const stepSummary = io.env.GITHUB_STEP_SUMMARY;
  const markdown = CHECK_FORMATTERS.markdown;
  if (inGitHubActions && options.format === undefined && stepSummary && markdown) {
    await appendFile(stepSummary, markdown(result, { ...formatContext, color: false }));
  }

  // agendum's own failure on a document is a failure of the tool, reported after every finding.
  if (counts.internal || diagnostics.some((d) => d.code === INTERNAL_ERROR_CODE)) return 2;
  if (summary.errors > 0) return 1;
  if (options.failOn === 'warning' && summary.warnings > 0) return 1;
  if (maxWarnings !== undefined && summary.warnings > maxWarnings) {
    io.stderr.write(`agendum: ${word(CLI_MESSAGES.text('tooManyWarnings', { count: summary.warnings, max: maxWarnings }), lang)}\n`);
    return 1;
  }
  return 0;
}


/**
 * The result cache of this run, or undefined when it is off: keyed by agendum's version, the
 * configuration's text and the files it names, the rule set and the options the documents are
 * checked with.
 */
async function openCache(
  options: ValidateOptions,
  io: CliIO,
  setup: CheckSetup,
  checkedWith: unknown,
  config: { readonly file: string | undefined; readonly files: readonly string[] },
): Promise<CheckCache | undefined> {
  const name = ruleSetName(setup.ruleSet);
  const wanted = options.cache ?? (setup.cacheByDefault === true && repositoryRoot(io.cwd) !== undefined);
  if (!wanted || !name) return undefined;
  const text = async (file: string) => readFile(file, 'utf8').catch(() => '');
  const configFiles: Record<string, string> = {};
  for (const file of config.files) configFiles[file] = await text(file);
  const key = cacheKey({
    version: packageVersion(),
    configText: config.file ? await text(config.file) : undefined,
    configFiles,
    ruleSet: name,
    options: checkedWith,
  });
  const folder = options.cacheLocation ? path.resolve(io.cwd, options.cacheLocation) : defaultCacheFolder(io.cwd);
  return CheckCache.open(folder, name, key);
}

/** Writes a formatter's pieces to standard output, some 64 KB at a time. */
function writeInPieces(io: CliIO, chunks: Iterable<string>): void {
  let pending = '';
  for (const chunk of chunks) {
    pending += chunk;
    if (pending.length >= 65_536) {
      io.stdout.write(pending);
      pending = '';
    }
  }
  if (pending) io.stdout.write(pending);
}

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(CLI_MESSAGES.text('maxWarningsNumber', { value }));
  return Number(value);
}
