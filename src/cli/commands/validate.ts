import { appendFile } from 'node:fs/promises';
import { loadConfig } from '../../core/config.js';
import { compareDiagnostics, summarise } from '../../core/diagnostic.js';
import { UsageError } from '../../core/errors.js';
import { expandPaths } from '../../core/files.js';
import { chooseLang } from '../../core/i18n.js';
import { CHECK_FORMATTERS } from '../../formatters/index.js';
import { printable } from '../../formatters/printable.js';
import type { Rule } from '../../rules/index.js';
import { RULES } from '../../rules/index.js';
import type { CalendarDate } from '../../time/calendar.js';
import { TIMELINE_RULES } from '../../timeline/index.js';
import type { TextInput } from '../../validate/engine.js';
import { INTERNAL_ERROR_CODE } from '../../validate/stream.js';
import { checkFiles } from '../check-files.js';
import type { CliIO } from '../io.js';
import { wantsColor } from '../io.js';
import { packageVersion } from '../version.js';

export interface ValidateOptions {
  readonly format?: string;
  readonly color?: string;
  readonly lang?: string;
  readonly quiet?: boolean;
  readonly maxWarnings?: string;
  readonly failOn?: string;
  readonly config?: string;
  readonly verbose?: boolean;
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
  readonly appendix?: (inputs: readonly TextInput[]) => string;
}

/**
 * Reads the documents, runs the given rules with the schema, formats the findings and
 * returns the exit code. Shared by `validate`, `timeline` and `check`.
 */
export async function runChecks(paths: readonly string[], options: ValidateOptions, io: CliIO, setup: CheckSetup): Promise<number> {
  const inGitHubActions = io.env.GITHUB_ACTIONS === 'true';
  const formatName = options.format ?? (inGitHubActions ? 'github' : 'pretty');
  const formatter = CHECK_FORMATTERS[formatName];
  if (!formatter) throw new UsageError(`unknown format "${formatName}"`, `Use one of: ${Object.keys(CHECK_FORMATTERS).join(', ')}.`);
  const maxWarnings = parseMaxWarnings(options.maxWarnings);
  if (options.failOn !== undefined && options.failOn !== 'error' && options.failOn !== 'warning') {
    throw new UsageError(`unknown value for --fail-on: "${options.failOn}"`, 'Use error or warning.');
  }

  const config = await loadConfig(io.cwd, ALL_RULES.map((r) => r.meta.id), options.config);
  const lang = chooseLang(options.lang ?? config.language, io.env);
  const { files, failures } = await expandPaths(paths.length > 0 ? paths : config.documents, io.cwd);

  const appendix = formatName === 'pretty' ? setup.appendix : undefined;
  const { diagnostics, sources, inputs } = await checkFiles(files, {
    cwd: io.cwd,
    env: io.env,
    lang,
    rules: config.rules,
    ruleSet: setup.ruleSet,
    settings: setup.today ? { today: setup.today } : {},
    maxFileSize: config.maxFileSize,
    keepTexts: appendix !== undefined,
    failures,
  });
  diagnostics.sort(compareDiagnostics);

  const summary = summarise(diagnostics, files.length);
  const shown = options.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
  const result = { diagnostics: shown, summary };
  const context = { color: wantsColor(io, options.color), sources, lang, toolVersion: packageVersion(), verbose: options.verbose === true };
  io.stdout.write(formatter(result, context));
  if (appendix) io.stdout.write(printable(appendix(inputs)));

  const stepSummary = io.env.GITHUB_STEP_SUMMARY;
  const markdown = CHECK_FORMATTERS.markdown;
  if (inGitHubActions && options.format === undefined && stepSummary && markdown) {
    await appendFile(stepSummary, markdown(result, { ...context, color: false }));
  }

  // agendum's own failure on a document is a failure of the tool, reported after every finding.
  if (diagnostics.some((d) => d.code === INTERNAL_ERROR_CODE)) return 2;
  if (summary.errors > 0) return 1;
  if (options.failOn === 'warning' && summary.warnings > 0) return 1;
  if (maxWarnings !== undefined && summary.warnings > maxWarnings) {
    io.stderr.write(`agendum: ${summary.warnings} warnings, more than the ${maxWarnings} allowed by --max-warnings\n`);
    return 1;
  }
  return 0;
}

/** Every rule a configuration may name. */
const ALL_RULES: readonly Rule[] = [...RULES, ...TIMELINE_RULES];

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings needs a whole number of 0 or more, not "${value}"`);
  return Number(value);
}
