import type { Diagnostic } from '../../core/diagnostic.js';
import { compareDiagnostics, START_OF_FILE, summarise } from '../../core/diagnostic.js';
import type { TextInput } from '../../validate/engine.js';
import { UsageError } from '../../core/errors.js';
import { displayPath, expandPaths, readText } from '../../core/files.js';
import { CHECK_FORMATTERS } from '../../formatters/index.js';
import { validateTexts } from '../../validate/engine.js';
import type { CliIO } from '../io.js';
import { wantsColor } from '../io.js';

export interface ValidateOptions {
  readonly format: string;
  readonly color?: string;
}

export const DEFAULT_FOLDER = 'agendas';

/** `agendum validate [paths..]`: schema and semantic rules; exit 1 when any error is found. */
export async function runValidate(paths: readonly string[], options: ValidateOptions, io: CliIO): Promise<number> {
  const formatter = CHECK_FORMATTERS[options.format];
  if (!formatter) {
    throw new UsageError(`unknown format "${options.format}"`, `Use one of: ${Object.keys(CHECK_FORMATTERS).join(', ')}.`);
  }
  const files = await expandPaths(paths.length > 0 ? paths : [DEFAULT_FOLDER], io.cwd);
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, string>();
  const inputs: TextInput[] = [];
  for (const file of files) {
    const shown = displayPath(file, io.cwd);
    const read = await readText(file);
    if (!read.ok) {
      diagnostics.push({ code: read.code, severity: 'error', message: read.message, file: shown, path: '', range: START_OF_FILE });
      continue;
    }
    sources.set(shown, read.text);
    inputs.push({ file: shown, text: read.text });
  }
  diagnostics.push(...validateTexts(inputs));
  diagnostics.sort(compareDiagnostics);
  const result = { diagnostics, summary: summarise(diagnostics, files.length) };
  io.stdout.write(formatter(result, { color: wantsColor(io, options.color), sources }));
  return result.summary.errors > 0 ? 1 : 0;
}
