import { loadRunConfig } from '../run-config.js';
import { lstat, mkdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../../core/diagnostic.js';
import { compareDiagnostics, START_OF_FILE, summarise } from '../../core/diagnostic.js';
import { UsageError } from '../../core/errors.js';
import { displayPath, isInside, mayQuote, readText } from '../../core/files.js';
import { chooseLang, verbatim } from '../../core/i18n.js';
import { writeFileAtomic } from '../../core/write.js';
import { CHECK_FORMATTERS } from '../../formatters/index.js';
import { printable } from '../../formatters/printable.js';
import { validateDocument } from '../../validate/engine.js';
import type { CliIO } from '../io.js';
import { isStandardOutput, wantsColor } from '../io.js';
import { timelineChartData } from '../../timeline/chart-data.js';
import { todayOf } from './timeline.js';
import { cliPrinter } from '../print.js';
import { CLI_MESSAGES } from '../messages.js';
import { word } from '../../i18n/catalogue.js';
import { cannotWrite } from '../messages.js';

export interface RenderCommandOptions {
  readonly format: string;
  readonly template?: string;
  readonly output?: string;
  readonly lang?: string;
  readonly color?: string;
  readonly today?: string;
}

const EXTENSIONS: Record<string, string> = { md: 'md', html: 'html', pdf: 'pdf' };

/**
 * `agendum render FILE.. --format md|html|pdf [-o OUT]`: one document to standard output, or
 * each to a file (written atomically). A document that cannot be read or has errors is not
 * rendered: its findings are printed, the other documents are rendered, and the exit code is 1.
 */
export async function runRender(files: readonly string[], options: RenderCommandOptions, io: CliIO): Promise<number> {
  // The chart's today marker makes the output depend on the day; --today pins it.
  const format = options.format;
  if (!EXTENSIONS[format]) throw new UsageError(CLI_MESSAGES.text('unknownFormat', { format }), CLI_MESSAGES.text('useRenderFormats'));
  if (files.length === 0) throw new UsageError(CLI_MESSAGES.text('renderNeedsFile'), CLI_MESSAGES.text('renderNeedsFileHint'));
  const inputs = files.map((f) => path.resolve(io.cwd, f));
  const target = options.output && !isStandardOutput(options.output) ? path.resolve(io.cwd, options.output) : undefined;
  const toFolder = target !== undefined && (inputs.length > 1 || options.output!.endsWith('/') || (await isFolder(target)));
  if (!target && inputs.length > 1) throw new UsageError(CLI_MESSAGES.text('renderSeveral'), CLI_MESSAGES.text('renderSeveralHint'));
  if (!target && format === 'pdf' && io.stdout.isTTY) throw new UsageError(CLI_MESSAGES.text('renderPdfTerminal'), CLI_MESSAGES.text('renderPdfTerminalHint'));
  const destinations = inputs.map((input) => (toFolder ? path.join(target!, `${path.basename(input).replace(/(\.agenda)?\.ya?ml$/i, '')}.${EXTENSIONS[format]}`) : target));
  await checkDestinations(inputs, destinations, io.cwd);
  if (toFolder) await checkLinks(target!, destinations as string[], io.cwd);

  const config = await loadRunConfig(io.cwd, undefined, files);
  // Imported here so that the other commands do not load Handlebars.
  const { renderDocument } = await import('../../render/index.js');
  const lang = options.lang === 'nl' || options.lang === 'en' ? options.lang : undefined;
  const messageLang = chooseLang(options.lang ?? config.language, io.env);
  const today = todayOf(options.today, io.now ?? new Date());

  // A document that cannot be read or has errors is reported and not rendered; the others are.
  const findings: Diagnostic[] = [];
  const sources = new Map<string, string>();
  // One Chromium prints every PDF of the run.
  const printer = cliPrinter(io, messageLang);
  try {
    for (const [index, input] of inputs.entries()) {
      const shown = displayPath(input, io.cwd);
      const read = await readText(input, config.maxFileSize);
      if (!read.ok) {
        if (read.reason === 'ENOENT') throw new UsageError(CLI_MESSAGES.text('noSuchFile', { file: shown }));
        findings.push({ code: read.code, severity: 'error', message: verbatim(read.message), file: shown, path: '', range: START_OF_FILE });
        continue;
      }
      const result = validateDocument(read.text, shown, { ruleSet: [], kinds: config.kinds });
      const errors = result.diagnostics.filter((d) => d.severity === 'error');
      if (errors.length > 0 || !result.document) {
        findings.push(...errors);
        if (mayQuote(read.text)) sources.set(shown, read.text);
        continue;
      }
      const timeline = timelineChartData(result.document.data, today, result.document.definition);
      const html = renderDocument(result.document.data, result.document.kind, {
        format: format === 'md' ? 'md' : 'html',
        ...(timeline ? { timeline: timeline as unknown as Readonly<Record<string, unknown>> } : {}),
        ...(options.template ? { template: path.resolve(io.cwd, options.template) } : {}),
        ...(lang ? { lang } : {}),
        kinds: config.kinds,
      });
      const output = format === 'pdf' ? await printer.print(html) : html;
      const destination = destinations[index];
      if (!destination) {
        // A PDF goes out as its bytes.
        io.stdout.write(output);
        continue;
      }
      try {
        await mkdir(path.dirname(destination), { recursive: true });
        await writeFileAtomic(destination, output, { durable: false, ...(toFolder ? { within: target! } : {}) });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new UsageError(cannotWrite(displayPath(destination, io.cwd), code), CLI_MESSAGES.text('checkFolderWritable'));
      }
      io.stderr.write(`${printable(word(CLI_MESSAGES.text('renderWrote', { file: displayPath(destination, io.cwd) }), messageLang))}\n`);
    }
  } finally {
    await printer.close();
  }
  if (findings.length === 0) return 0;
  findings.sort(compareDiagnostics);
  const pretty = CHECK_FORMATTERS.pretty!;
  // Where standard output carries a document, the findings go beside it, never into it.
  const report = destinations.some((d) => d === undefined) ? io.stderr : io.stdout;
  report.write(pretty({ diagnostics: findings, summary: summarise(findings, new Set(findings.map((d) => d.file)).size) }, { color: wantsColor(io, options.color), sources, lang: messageLang }));
  return 1;
}

/**
 * Before anything is rendered: no output may be one of the documents (also through a symbolic
 * or hard link), and no two documents may be written to the same file.
 */
async function checkDestinations(inputs: readonly string[], destinations: readonly (string | undefined)[], cwd: string): Promise<void> {
  const identity = async (file: string) => {
    const info = await stat(file).catch(() => undefined);
    return info?.isFile() ? `${info.dev}:${info.ino}` : undefined;
  };
  const inputIds = new Set((await Promise.all(inputs.map(identity))).filter((id): id is string => id !== undefined));
  const seen = new Map<string, number>();
  for (const [index, destination] of destinations.entries()) {
    if (!destination) continue;
    const id = await identity(destination);
    if (inputs.includes(destination) || (id !== undefined && inputIds.has(id))) {
      throw new UsageError(CLI_MESSAGES.text('renderOwnInput', { file: displayPath(destination, cwd) }));
    }
    const other = seen.get(destination);
    if (other !== undefined) {
      throw new UsageError(
        CLI_MESSAGES.text('renderSameOutput', { first: displayPath(inputs[other]!, cwd), second: displayPath(inputs[index]!, cwd), file: displayPath(destination, cwd) }),
        CLI_MESSAGES.text('renderSameOutputHint'),
      );
    }
    seen.set(destination, index);
  }
}

/**
 * Rendering into a folder writes only inside it: a symbolic link there that leads out of the
 * folder (`site/plan.html → ~/.bashrc`) is refused before anything is written. A link given
 * as `-o FILE` itself is followed, as asked.
 */
async function checkLinks(folder: string, destinations: readonly string[], cwd: string): Promise<void> {
  const inside = await realpath(folder).catch(() => path.resolve(folder));
  for (const destination of destinations) {
    const info = await lstat(destination).catch(() => undefined);
    if (!info?.isSymbolicLink()) continue;
    const real = await realpath(destination).catch(() => undefined);
    if (real !== undefined && isInside(real, inside)) continue;
    throw new UsageError(CLI_MESSAGES.text('renderLinkOut', { file: displayPath(destination, cwd) }), CLI_MESSAGES.text('renderLinkOutHint'));
  }
}

async function isFolder(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isDirectory() ?? false;
}
