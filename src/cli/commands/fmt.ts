import { loadRunConfig } from '../run-config.js';
import { displayPath, expandPaths, readText } from '../../core/files.js';
import { whyNotWritten, writeFileAtomic } from '../../core/write.js';
import { canonicalText } from '../../format/canonical.js';
import { inLayout, layoutOf, withLineFeeds } from '../../format/layout.js';
import { printable } from '../../formatters/printable.js';
import type { CliIO } from '../io.js';

export interface FmtOptions {
  readonly check?: boolean;
  readonly config?: string;
}

/**
 * `agendum fmt [paths..] [--check]`: rewrites documents in their canonical form, atomically,
 * keeping comments; `--check` writes nothing and exits 1 when a file would change. Files that
 * are not valid YAML are left alone and reported (exit 1).
 */
export async function runFmt(paths: readonly string[], options: FmtOptions, io: CliIO): Promise<number> {
  const config = await loadRunConfig(io.cwd, options.config, paths);
  const { files, failures } = await expandPaths(paths.length > 0 ? paths : config.documents, io.cwd);
  let failed = false;
  let changed = 0;
  for (const file of files) {
    const shown = printable(displayPath(file, io.cwd));
    const read = failures.get(file) ?? (await readText(file, config.maxFileSize));
    if (!read.ok) {
      io.stdout.write(`${shown}: ${read.message.en}\n`);
      if (read.severity !== 'warning') failed = true;
      continue;
    }
    // Formatted with line feeds, written back with the file's own line endings and BOM.
    const layout = layoutOf(read.text, read.bom);
    const canonical = canonicalText(withLineFeeds(read.text));
    const formatted = canonical === undefined ? undefined : inLayout(canonical, { ...layout, bom: false });
    if (formatted === undefined) {
      io.stdout.write(`${shown}: not valid YAML; left as it is (run agendum validate for details)\n`);
      failed = true;
      continue;
    }
    if (formatted === read.text) continue;
    changed++;
    if (options.check) {
      io.stdout.write(`${shown}: would be reformatted\n`);
    } else {
      try {
        await writeFileAtomic(file, inLayout(formatted, { crlf: false, bom: layout.bom }), { expected: read.text, regularOnly: true });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        io.stdout.write(`${shown}: ${whyNotWritten(code).en}; left as it is\n`);
        failed = true;
        continue;
      }
      io.stderr.write(`formatted ${shown}\n`);
    }
  }
  if (options.check && changed > 0) return 1;
  return failed ? 1 : 0;
}
