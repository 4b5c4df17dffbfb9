import path from 'node:path';
import { UsageError } from '../../core/errors.js';
import type { Lang } from '../../core/i18n.js';
import { chooseLang } from '../../core/i18n.js';
import type { CalendarEntry } from '../../monitor/calendar.js';
import { calendarEntries, icsCalendar } from '../../monitor/calendar.js';
import { csvTable } from '../../monitor/csv.js';
import type { WorkItem } from '../../monitor/items.js';
import { workItems } from '../../monitor/items.js';
import { say, STATE_WORDS } from '../../monitor/words.js';
import { formatIsoDate } from '../../time/calendar.js';
import { timelineChartData } from '../../timeline/chart-data.js';
import { MONITOR_MESSAGES } from '../monitor-messages.js';
import type { CliIO } from '../io.js';
import { isStandardOutput } from '../io.js';
import { loadDocuments, readOnDisk, writeOutput } from '../monitored.js';
import { loadRunConfig } from '../run-config.js';
import { packageVersion } from '../version.js';
import { reportFindings } from './progress.js';
import { todayOf } from './timeline.js';

export interface ExportOptions {
  readonly format: string;
  readonly output?: string;
  readonly today?: string;
  readonly lang?: string;
  readonly config?: string;
  readonly color?: string;
}

export const EXPORT_FORMATS = ['ics', 'csv', 'mermaid'] as const;

interface Exported {
  readonly file: string;
  readonly id?: string;
  readonly title: string;
  readonly items: readonly WorkItem[];
  readonly entries: readonly CalendarEntry[];
  readonly mermaid?: readonly string[];
}

/**
 * `agendum export [paths..] --format ics|csv|mermaid`: the documents' deadlines, milestones and
 * phases for a calendar, every piece of work for a spreadsheet, or each document's timeline as
 * a Mermaid gantt chart. Documents with errors are reported and left out (exit code 1).
 */
export async function runExport(paths: readonly string[], options: ExportOptions, io: CliIO): Promise<number> {
  const format = options.format;
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(MONITOR_MESSAGES.text('unknownFormat', { format }), MONITOR_MESSAGES.text('useFormats', { list: EXPORT_FORMATS.join(', ') }));
  const target = options.output && !isStandardOutput(options.output) ? path.resolve(io.cwd, options.output) : undefined;
  const config = await loadRunConfig(io.cwd, options.config, paths);
  const lang: Lang = chooseLang(options.lang ?? config.language, io.env);
  const today = todayOf(options.today, io.now ?? new Date());

  const { documents, findings, sources } = loadDocuments(await readOnDisk(paths, io.cwd, config), io.cwd, config, lang);
  const exported: Exported[] = documents.map(({ file, data, definition }) => {
    const document = { file, ...(typeof data.id === 'string' ? { id: data.id } : {}), title: typeof data.title === 'string' ? data.title : file };
    const chart = format === 'mermaid' ? timelineChartData(data, today, definition) : undefined;
    return {
      ...document,
      items: format === 'csv' ? workItems(data, definition) : [],
      entries: format === 'ics' ? calendarEntries(data, definition, document) : [],
      ...(chart ? { mermaid: chart.mermaid } : {}),
    };
  });

  const output = format === 'ics' ? ics(exported, lang, today) : format === 'csv' ? csv(exported, lang) : mermaid(exported);
  if (target) {
    await writeOutput(target, output, io, lang);
  } else {
    io.stdout.write(output);
  }
  return reportFindings(findings, sources, lang, io, options.color, target === undefined);
}

function ics(exported: readonly Exported[], lang: Lang, today: ReturnType<typeof todayOf>): string {
  const name = exported.length === 1 ? exported[0]!.title : 'agendum';
  return icsCalendar(exported.flatMap((e) => e.entries), name, lang, today, packageVersion());
}

/** One row per piece of work: document, number, type, title, part, owner, period, start, end, status. */
function csv(exported: readonly Exported[], lang: Lang): string {
  const header = [say('document', lang), say('number', lang), say('type', lang), say('title', lang), say('part', lang), say('owner', lang), say('when', lang), say('start', lang), say('end', lang), say('status', lang)];
  const rows = exported.flatMap((document) =>
    document.items.map((item) => [
      document.title,
      item.number ?? '',
      item.type[lang],
      item.title,
      item.group ? [item.group.number, item.group.title].filter(Boolean).join(' ') : '',
      item.owners.join(', '),
      item.when ?? '',
      item.start ? formatIsoDate(item.start) : '',
      item.end ? formatIsoDate(item.end) : '',
      item.writtenStatus ?? STATE_WORDS[item.state][lang],
    ]),
  );
  return csvTable(header, rows);
}

/** One document: its gantt chart as Mermaid. Several: Markdown with a heading and a chart each. */
function mermaid(exported: readonly Exported[]): string {
  const charted = exported.filter((e) => e.mermaid);
  if (charted.length === 1 && exported.length === 1) return `${charted[0]!.mermaid!.join('\n')}\n`;
  return `${charted.map((e) => `## ${e.title.replace(/[\r\n]+/g, ' ')}\n\n\`\`\`mermaid\n${e.mermaid!.join('\n')}\n\`\`\`\n`).join('\n')}`;
}
