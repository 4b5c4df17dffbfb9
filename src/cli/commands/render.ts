import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { summarise } from '../../core/diagnostic.js';
import { UsageError } from '../../core/errors.js';
import { displayPath, readText } from '../../core/files.js';
import { chooseLang } from '../../core/i18n.js';
import { writeFileAtomic } from '../../core/write.js';
import { CHECK_FORMATTERS } from '../../formatters/index.js';
import { validateDocument } from '../../validate/engine.js';
import type { CliIO } from '../io.js';
import { wantsColor } from '../io.js';
import { timelineChartData } from '../../timeline/chart-data.js';
import { todayOf } from './timeline.js';

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
 * each to a file (written atomically). A document with errors is not rendered: its findings
 * are printed and the exit code is 1.
 */
export async function runRender(files: readonly string[], options: RenderCommandOptions, io: CliIO): Promise<number> {
  // The chart's today marker makes the output depend on the day; --today pins it.
  const format = options.format;
  if (!EXTENSIONS[format]) throw new UsageError(`unknown format "${format}"`, 'Use md, html or pdf.');
  if (files.length === 0) throw new UsageError('render needs at least one file', 'e.g. agendum render agendas/plan.agenda.yaml --format html -o plan.html');
  const inputs = files.map((f) => path.resolve(io.cwd, f));
  const target = options.output ? path.resolve(io.cwd, options.output) : undefined;
  const toFolder = target !== undefined && (inputs.length > 1 || options.output!.endsWith('/') || (await isFolder(target)));
  if (!target && inputs.length > 1) throw new UsageError('several files need an output folder', 'Add -o FOLDER/.');
  if (!target && format === 'pdf' && io.stdout.isTTY) throw new UsageError('a PDF is not for the terminal', 'Add -o FILE.pdf.');

  // Imported here so that the other commands do not load Handlebars.
  const { renderDocument } = await import('../../render/index.js');
  const lang = options.lang === 'nl' || options.lang === 'en' ? options.lang : undefined;
  const today = todayOf(options.today, io.now ?? new Date());

  for (const input of inputs) {
    const shown = displayPath(input, io.cwd);
    const read = await readText(input);
    if (!read.ok) throw new UsageError(`${shown}: ${read.message.en}`);
    const result = validateDocument(read.text, shown, { ruleSet: [], lang: chooseLang(options.lang, io.env) });
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0 || !result.document) {
      const pretty = CHECK_FORMATTERS.pretty!;
      io.stdout.write(pretty({ diagnostics: errors, summary: summarise(errors, 1) }, { color: wantsColor(io, options.color), sources: new Map([[shown, read.text]]) }));
      return 1;
    }
    const timeline = timelineChartData(result.document.data, today);
    const html = renderDocument(result.document.data, result.document.kind, {
      format: format === 'md' ? 'md' : 'html',
      ...(timeline ? { timeline: timeline as unknown as Readonly<Record<string, unknown>> } : {}),
      ...(options.template ? { template: path.resolve(io.cwd, options.template) } : {}),
      ...(lang ? { lang } : {}),
    });
    const output = format === 'pdf' ? await pdf(html, io) : html;
    const destination = toFolder ? path.join(target!, `${path.basename(input).replace(/(\.agenda)?\.ya?ml$/i, '')}.${EXTENSIONS[format]}`) : target;
    if (!destination) {
      io.stdout.write(typeof output === 'string' ? output : Buffer.from(output).toString('latin1'));
      continue;
    }
    if (inputs.includes(destination)) throw new UsageError(`${displayPath(destination, io.cwd)} is one of the documents; render does not overwrite its input`);
    await mkdir(path.dirname(destination), { recursive: true });
    await writeFileAtomic(destination, output);
    io.stderr.write(`wrote ${displayPath(destination, io.cwd)}\n`);
  }
  return 0;
}

async function pdf(html: string, io: CliIO): Promise<Uint8Array> {
  const { renderPdf } = await import('../../render/pdf.js');
  return renderPdf(html, io.env.CHROMIUM_PATH ? { executablePath: io.env.CHROMIUM_PATH } : {});
}

async function isFolder(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isDirectory() ?? false;
}
