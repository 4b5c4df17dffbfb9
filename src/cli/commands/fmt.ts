import { loadRunConfig } from '../run-config.js';
import { displayPath, expandPaths, readText } from '../../core/files.js';
import { whyNotWritten, writeFileAtomic } from '../../core/write.js';
import { canonicalText } from '../../format/canonical.js';
import { inLayout, layoutOf, withLineFeeds } from '../../format/layout.js';
import { printable } from '../../formatters/printable.js';
import type { CliIO } from '../io.js';
import { CLI_MESSAGES } from '../messages.js';
import { word } from '../../i18n/catalogue.js';
import type { Text } from '../../core/i18n.js';
import { chooseLang } from '../../core/i18n.js';

export interface FmtOptions {
  readonly check?: boolean;
  readonly config?: string;
  readonly lang?: string;
}

/**
 * `agendum fmt [paths..] [--check]`: rewrites documents in their canonical form, atomically,
 * keeping comments; `--check` writes nothing and exits 1 when a file would change. Files that
 * are not valid YAML are left alone and reported (exit 1).
 */
export async function runFmt(paths: readonly string[], options: FmtOptions, io: CliIO): Promise<number> {
  const config = await loadRunConfig(io.cwd, options.config, paths);
  const lang = chooseLang(options.lang ?? config.language, io.env);
  const say = (text: Text) => `${word(text, lang)}\n`;
  const { files, failures } = await expandPaths(paths.length > 0 ? paths : config.documents, io.cwd);
  let failed = false;
  let changed = 0;
  for (const file of files) {
    const shown = printable(displayPath(file, io.cwd));
    const read = failures.get(file) ?? (await readText(file, config.maxFileSize));
    if (!read.ok) {
      io.stdout.write(say(CLI_MESSAGES.text('fmtUnreadable', { file: shown, why: read.message })));
      if (read.severity !== 'warning') failed = true;
      continue;
    }
    // Formatted with line feeds, written back with the file's own line endings and BOM.
    const layout = layoutOf(read.text, read.bom);
    const canonical = canonicalText(withLineFeeds(read.text));
    const formatted = canonical === undefined ? undefined : inLayout(canonical, { ...layout, bom: false });
    if (formatted === undefined) {
      io.stdout.write(say(CLI_MESSAGES.text('fmtNotYaml', { file: shown })));
      failed = true;
      continue;
    }
    if (formatted === read.text) continue;
    changed++;
    if (options.check) {
      io.stdout.write(say(CLI_MESSAGES.text('fmtWould', { file: shown })));
    } else {
      try {
        await writeFileAtomic(file, inLayout(formatted, { crlf: false, bom: layout.bom }), { expected: read.text, regularOnly: true });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        io.stdout.write(say(CLI_MESSAGES.text('leftAsItIs', { file: shown, why: whyNotWritten(code) })));
        failed = true;
        continue;
      }
      io.stderr.write(say(CLI_MESSAGES.text('fmtDone', { file: shown })));
    }
  }
  if (options.check && changed > 0) return 1;
  return failed ? 1 : 0;
}
