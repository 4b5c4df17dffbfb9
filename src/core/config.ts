import { lstat } from 'node:fs/promises';
import path from 'node:path';
import type { Lang } from './i18n.js';
import { UsageError } from './errors.js';
import { readText } from './files.js';
import { parseSource, rangeOf } from './source.js';
import { closest } from './suggest.js';
import { configValidator } from '../schema/registry.js';
import { schemaDiagnostics } from '../schema/diagnostics.js';
import type { RuleSetting } from '../validate/engine.js';

export const CONFIG_FILE = 'agendum.config.yaml';

/** The configuration of a repository, with its paths made absolute. */
export interface Config {
  /** The config file it came from, when there is one. */
  readonly file: string | undefined;
  readonly language: Lang | undefined;
  /** Absolute paths checked when a command is given none. */
  readonly documents: readonly string[];
  readonly rules: Readonly<Record<string, RuleSetting>>;
  /** Largest file read, in bytes. */
  readonly maxFileSize: number | undefined;
  /** Levels of diff changes by code (breaking, approval, info), overriding the defaults. */
  readonly diffLevels: Readonly<Record<string, string>> | undefined;
  /**
   * Files the configuration names whose content the findings depend on (the schemas of custom
   * kinds, say), as absolute paths: the result cache is keyed by their content too.
   */
  readonly files: readonly string[];
}

/**
 * Finds agendum.config.yaml in `cwd` or the nearest parent folder, or reads `explicit` when
 * given. Without a file, the defaults: documents in ./agendas, every rule at its own severity.
 * A config that is not valid is a usage error that names the file, line and column.
 */
export async function loadConfig(cwd: string, knownCodes: readonly string[], explicit?: string): Promise<Config> {
  const file = explicit ? path.resolve(cwd, explicit) : await findUp(cwd);
  if (!file) return { file: undefined, language: undefined, documents: [path.resolve(cwd, 'agendas')], rules: {}, maxFileSize: undefined, diffLevels: undefined, files: [] };
  // Read as documents are: a configuration that cannot be read is an error, never skipped.
  const read = await readText(file);
  if (!read.ok) {
    if (read.reason === 'ENOENT') throw new UsageError(`the configuration file ${file} does not exist`);
    const why = read.code === 'file/unreadable' ? read.message.en.replace(/^cannot read the file/, '') : `: ${read.message.en}`;
    throw new UsageError(`cannot read the configuration file ${file}${why}`);
  }
  return parseConfig(read.text, file, knownCodes);
}

/** The nearest agendum.config.yaml: anything of that name counts, so one that cannot be read is reported. */
async function findUp(start: string): Promise<string | undefined> {
  let folder = path.resolve(start);
  for (;;) {
    const candidate = path.join(folder, CONFIG_FILE);
    const absent = await lstat(candidate).then(
      () => false,
      (error: NodeJS.ErrnoException) => error.code === 'ENOENT' || error.code === 'ENOTDIR',
    );
    if (!absent) return candidate;
    const parent = path.dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}

/** Parses and checks a configuration file's text; throws a UsageError naming the place of a problem. */
export function parseConfig(text: string, file: string, knownCodes: readonly string[]): Config {
  const source = parseSource(text, file);
  const fail = (line: number, column: number, message: string, hint?: string): never => {
    throw new UsageError(`${file}:${line}:${column}: ${message}`, hint);
  };
  const syntax = source.diagnostics.find((d) => d.severity === 'error');
  if (syntax) fail(syntax.range.start.line, syntax.range.start.column, syntax.message, syntax.hint);
  const data = (source.data ?? {}) as Record<string, unknown>;
  const validate = configValidator();
  if (!validate(data)) {
    const first = schemaDiagnostics(source, validate.errors ?? [])[0]!;
    fail(first.range.start.line, first.range.start.column, first.message, first.hint);
  }
  const rules = (data.rules ?? {}) as Record<string, RuleSetting>;
  for (const code of Object.keys(rules)) {
    if (knownCodes.includes(code)) continue;
    const range = rangeOf(source, `/rules/${code.replace(/~/g, '~0').replace(/\//g, '~1')}`, 'key');
    const suggestion = closest(code, knownCodes);
    fail(range.start.line, range.start.column, `unknown rule "${code}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`, 'The rules are listed in docs/rules.md.');
  }
  const folder = path.dirname(file);
  const documents = ((data.documents as string[] | undefined) ?? ['agendas']).map((d) => path.resolve(folder, d));
  return { file, language: data.language as Lang | undefined, documents, rules, maxFileSize: data.maxFileSize as number | undefined, diffLevels: (data.diff as { levels?: Record<string, string> } | undefined)?.levels, files: [] };
}
