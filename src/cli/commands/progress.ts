import path from 'node:path';
import type { Diagnostic } from '../../core/diagnostic.js';
import { compareDiagnostics, summarise } from '../../core/diagnostic.js';
import { UsageError } from '../../core/errors.js';
import type { Lang } from '../../core/i18n.js';
import { chooseLang } from '../../core/i18n.js';
import { CHECK_FORMATTERS } from '../../formatters/index.js';
import type { ReportContext } from '../../monitor/format.js';
import { csvReport, htmlReport, jsonReport, markdownReport, prettyReport } from '../../monitor/format.js';
import { progressMoves, progressReport } from '../../monitor/report.js';
import { formatIsoDate, parseIsoDate } from '../../time/calendar.js';
import { parseDuration } from '../../time/index.js';
import { amountDays } from '../../time/duration.js';
import { MONITOR_MESSAGES } from '../monitor-messages.js';
import type { CliIO } from '../io.js';
import { isStandardOutput, wantsColor } from '../io.js';
import type { Monitored } from '../monitored.js';
import { monitoredAt, monitoredOnDisk, snapshotOf, snapshotOn, writeOutput } from '../monitored.js';
import { printPdf } from '../print.js';
import { loadRunConfig } from '../run-config.js';
import { packageVersion } from '../version.js';
import { todayOf } from './timeline.js';

export interface ProgressOptions {
  readonly format: string;
  readonly output?: string;
  readonly today?: string;
  readonly within: string;
  readonly asOf?: string;
  readonly since?: string;
  readonly lang?: string;
  readonly config?: string;
  readonly color?: string;
}

export const PROGRESS_FORMATS = ['pretty', 'md', 'html', 'pdf', 'json', 'csv'] as const;

/**
 * `agendum progress [paths..]`: where every piece of work of the documents stands — its status,
 * late, due soon, without a status — per document, part and owner; as of a day in git
 * (`--as-of`) and with what moved since a revision (`--since`). Documents with errors are
 * reported and left out; the exit code is then 1.
 */
export async function runProgress(paths: readonly string[], options: ProgressOptions, io: CliIO): Promise<number> {
  const format = options.format;
  if (!(PROGRESS_FORMATS as readonly string[]).includes(format)) throw new UsageError(MONITOR_MESSAGES.text('unknownFormat', { format }), MONITOR_MESSAGES.text('useFormats', { list: PROGRESS_FORMATS.join(', ') }));
  const target = options.output && !isStandardOutput(options.output) ? path.resolve(io.cwd, options.output) : undefined;
  if (format === 'pdf' && !target && io.stdout.isTTY) throw new UsageError(MONITOR_MESSAGES.text('pdfNotForTerminal'), MONITOR_MESSAGES.text('addOutput'));
  const config = await loadRunConfig(io.cwd, options.config, paths);
  const lang: Lang = chooseLang(options.lang ?? config.language, io.env);
  const withinDays = windowDays(options.within);

  let today = todayOf(options.today, io.now ?? new Date());
  let snapshot: ReportContext['snapshot'];
  let current: Monitored;
  if (options.asOf !== undefined) {
    const day = parseIsoDate(options.asOf);
    if (!day) throw new UsageError(MONITOR_MESSAGES.text('asOfDate', { value: options.asOf }));
    const found = await snapshotOn(day, io.cwd);
    if (!found) throw new UsageError(MONITOR_MESSAGES.text('nothingCommitted', { date: formatIsoDate(day) }), MONITOR_MESSAGES.text('laterDay'));
    snapshot = found;
    today = options.today !== undefined ? today : day;
    current = await monitoredAt(found, paths, io.cwd, config, lang);
  } else {
    current = await monitoredOnDisk(paths, io.cwd, config, lang);
  }
  const report = progressReport(current.documents, today, withinDays);

  let moves: ReportContext['moves'];
  if (options.since !== undefined) {
    const earlier = await snapshotOf(options.since, io.cwd);
    const before = await monitoredAt(earlier, paths, io.cwd, config, lang);
    moves = { revision: options.since, day: earlier.day, moves: progressMoves(progressReport(before.documents, earlier.day, withinDays), report) };
  }

  // Nothing could be read: the findings say why, and there is no report to print.
  if (current.documents.length === 0 && current.findings.length > 0) return reportFindings(current.findings, current.sources, lang, io, options.color, false);

  const context: ReportContext = { lang, color: !target && wantsColor(io, options.color), version: packageVersion(), ...(snapshot ? { snapshot } : {}), ...(moves ? { moves } : {}) };
  const output = await formatted(format, report, context, io);
  if (target) {
    await writeOutput(target, output, io, lang);
  } else {
    io.stdout.write(output);
  }
  return reportFindings(current.findings, current.sources, lang, io, options.color, target === undefined);
}

async function formatted(format: string, report: ReturnType<typeof progressReport>, context: ReportContext, io: CliIO): Promise<string | Uint8Array> {
  switch (format) {
    case 'md':
      return markdownReport(report, context);
    case 'html':
      return htmlReport(report, context);
    case 'pdf':
      return printPdf(htmlReport(report, context), io, context.lang);
    case 'json':
      return jsonReport(report, context);
    case 'csv':
      return csvReport(report, context);
    default:
      return prettyReport(report, context);
  }
}

/** Documents that could not be monitored: their findings, beside the report (never inside it). */
export function reportFindings(findings: readonly Diagnostic[], sources: ReadonlyMap<string, string>, lang: Lang, io: CliIO, color: string | undefined, reportOnStdout: boolean): number {
  if (findings.length === 0) return 0;
  const sorted = [...findings].sort(compareDiagnostics);
  const out = reportOnStdout ? io.stderr : io.stdout;
  out.write(CHECK_FORMATTERS.pretty!({ diagnostics: sorted, summary: summarise(sorted, new Set(sorted.map((d) => d.file)).size) }, { color: wantsColor(io, color), sources, lang }));
  return 1;
}

/**
 * How far ahead "due soon" looks: `8w`, `30d`, `2m`, `1y`, or in words ("acht weken", "2 months").
 * Months count as 30 days, years as 365.
 */
export function windowDays(text: string): number {
  const short = /^\s*(\d+)\s*([dwmyj])\s*$/i.exec(text);
  if (short) {
    const n = Number(short[1]);
    const unit = short[2]!.toLowerCase();
    return n * (unit === 'd' ? 1 : unit === 'w' ? 7 : unit === 'm' ? 30 : 365);
  }
  const parsed = parseDuration(text);
  if (parsed.ok) {
    const days = amountDays(parsed.value.max ?? parsed.value.min);
    return days.max ?? days.min;
  }
  throw new UsageError(MONITOR_MESSAGES.text('withinLength', { value: text }));
}
