import { loadRunConfig } from '../run-config.js';
import type { Diagnostic } from '../../core/diagnostic.js';
import { START_OF_FILE, summarise } from '../../core/diagnostic.js';
import { displayPath, expandPaths, mayQuote, readText } from '../../core/files.js';
import { chooseLang, verbatim } from '../../core/i18n.js';
import { whyNotWritten, writeFileAtomic } from '../../core/write.js';
import { CHECK_FORMATTERS } from '../../formatters/index.js';
import { printable } from '../../formatters/printable.js';
import { inLayout, layoutOf, withLineFeeds } from '../../format/layout.js';
import { CURRENT_SCHEMA_VERSION, migrateText } from '../../migrate/index.js';
import type { CliIO } from '../io.js';
import { wantsColor } from '../io.js';
import { CLI_MESSAGES } from '../messages.js';
import { word } from '../../i18n/catalogue.js';

export interface MigrateOptions {
  readonly check?: boolean;
  readonly config?: string;
  readonly lang?: string;
  readonly color?: string;
}

/**
 * `agendum migrate [paths..] [--check]`: rewrites documents of an older schema version for the
 * current one, atomically, changing only the lines a migration touches. `--check` writes
 * nothing and exits 1 when a file would change. Documents that cannot be migrated (not valid
 * YAML, or a conflict the migration cannot decide) are reported and left as they are (exit 1).
 */
export async function runMigrate(paths: readonly string[], options: MigrateOptions, io: CliIO): Promise<number> {
  const config = await loadRunConfig(io.cwd, options.config, paths);
  const lang = chooseLang(options.lang ?? config.language, io.env);
  const { files, failures } = await expandPaths(paths.length > 0 ? paths : config.documents, io.cwd);
  const problems: Diagnostic[] = [];
  const sources = new Map<string, string>();
  let pending = 0;
  let unwritten = 0;
  for (const file of files) {
    const shown = displayPath(file, io.cwd);
    const read = failures.get(file) ?? (await readText(file, config.maxFileSize));
    if (!read.ok) {
      problems.push({ code: read.code, severity: read.severity ?? 'error', message: verbatim(read.message), file: shown, path: '', range: START_OF_FILE });
      continue;
    }
    // Migrated with line feeds, written back with the file's own line endings and BOM.
    const layout = layoutOf(read.text, read.bom);
    const migrated = migrateText(withLineFeeds(read.text), shown);
    if (!migrated) continue;
    if (migrated.text === undefined) {
      if (mayQuote(read.text)) sources.set(shown, read.text);
      problems.push(...migrated.diagnostics);
      continue;
    }
    pending++;
    const change = `schemaVersion ${migrated.from} → ${migrated.to}`;
    if (options.check) {
      io.stdout.write(`${printable(word(CLI_MESSAGES.text('migrateWould', { file: shown, change }), lang))}\n`);
      continue;
    }
    try {
      await writeFileAtomic(file, inLayout(migrated.text, layout), { expected: read.text, regularOnly: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      io.stdout.write(`${printable(word(CLI_MESSAGES.text('leftAsItIs', { file: shown, why: whyNotWritten(code) }), lang))}\n`);
      unwritten++;
      continue;
    }
    io.stderr.write(`${printable(word(CLI_MESSAGES.text('migrateDone', { file: shown, change }), lang))}\n`);
  }
  if (problems.length > 0) {
    io.stdout.write(CHECK_FORMATTERS.pretty!({ diagnostics: problems, summary: summarise(problems, files.length) }, { color: wantsColor(io, options.color), sources, lang }));
  } else if (pending === 0) {
    io.stderr.write(`${word(CLI_MESSAGES.text('migrateNothing', { version: CURRENT_SCHEMA_VERSION }), lang)}\n`);
  }
  return problems.some((p) => p.severity === 'error') || unwritten > 0 || (options.check && pending > 0) ? 1 : 0;
}
