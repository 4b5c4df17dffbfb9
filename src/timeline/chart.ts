import { parse } from 'yaml';
import type { CalendarDate } from '../time/calendar.js';
import { toEpochDay } from '../time/calendar.js';
import { isRecord, ownerName, timeSites } from './sites.js';
import type { TimeSite } from './sites.js';
import { spanOf } from './values.js';

const LABEL_WIDTH = 42;
const CELLS_PER_YEAR = 8;
const MAX_YEARS = 12;

interface Row {
  readonly label: string;
  readonly text: string;
  readonly start?: CalendarDate;
  readonly end?: CalendarDate;
  readonly ongoing: boolean;
}

/**
 * A terminal view of each document's time: one row per period, a bar over the years it
 * covers (◀ and ▶ where it is open-ended, ┈ where it is ongoing), and │ for today.
 */
export function timelineChart(inputs: readonly { file: string; text: string }[], today: CalendarDate): string {
  const blocks: string[] = [];
  for (const input of inputs) {
    let data: unknown;
    try {
      data = parse(input.text);
    } catch {
      continue;
    }
    if (!isRecord(data)) continue;
    const block = documentChart(input.file, data, today);
    if (block) blocks.push(block);
  }
  return blocks.length > 0 ? `\n${blocks.join('\n')}` : '';
}

function documentChart(file: string, data: Readonly<Record<string, unknown>>, today: CalendarDate): string | undefined {
  const sites = timeSites(data);
  const documentSite = sites.find((s) => s.isDocumentPeriod && s.role === 'period');
  const rows = sites.filter((s) => s.role === 'period' && !s.isDocumentPeriod).flatMap((site) => rowOf(site));
  if (rows.length === 0) return undefined;
  const documentSpan = documentSite ? spanOf(documentSite) : undefined;
  const years = yearRange(rows, documentSpan);
  if (!years) return undefined;
  const [first, last] = years;
  const width = (last - first + 1) * CELLS_PER_YEAR;
  const title = typeof data.title === 'string' ? data.title : file;
  const lines = [`${file}: ${title}${documentSite ? ` (${documentSite.text})` : ''}`];
  let axis = ' '.repeat(LABEL_WIDTH + 1);
  for (let year = first; year <= last; year++) axis += String(year).padEnd(CELLS_PER_YEAR);
  lines.push(axis.trimEnd());
  const todayCell = cellOf(today, first);
  for (const row of rows) {
    const cells: string[] = [];
    for (let cell = 0; cell < width; cell++) cells.push(fill(row, cell, first, width));
    if (todayCell >= 0 && todayCell < width) cells[todayCell] = cells[todayCell] === ' ' ? '│' : cells[todayCell]!;
    lines.push(`${fit(row.label, LABEL_WIDTH)} ${cells.join('').trimEnd()}  ${row.text}`);
  }
  return `${lines.join('\n')}\n`;
}

function rowOf(site: TimeSite): Row[] {
  const span = spanOf(site);
  if (!span) return [];
  const name = ownerName(site.owner);
  const label = site.label ? `${name} · ${site.label}` : name;
  return [{ label, text: site.text, ...(span.start ? { start: span.start } : {}), ...(span.end ? { end: span.end } : {}), ongoing: span.kinds.has('ongoing') }];
}

function yearRange(rows: readonly Row[], documentSpan: { start?: CalendarDate; end?: CalendarDate } | undefined): [number, number] | undefined {
  const years: number[] = [];
  for (const row of rows) {
    if (row.start) years.push(row.start.year);
    if (row.end) years.push(row.end.year);
  }
  if (documentSpan?.start) years.push(documentSpan.start.year);
  if (documentSpan?.end) years.push(documentSpan.end.year);
  if (years.length === 0) return undefined;
  const first = Math.min(...years);
  const last = Math.min(Math.max(...years), first + MAX_YEARS - 1);
  return [first, last];
}

/** The cell a day falls in: each year is split into equal parts. */
function cellOf(date: CalendarDate, firstYear: number): number {
  const yearStart = toEpochDay({ year: date.year, month: 1, day: 1 });
  const yearLength = toEpochDay({ year: date.year + 1, month: 1, day: 1 }) - yearStart;
  const within = Math.floor(((toEpochDay(date) - yearStart) * CELLS_PER_YEAR) / yearLength);
  return (date.year - firstYear) * CELLS_PER_YEAR + within;
}

function fill(row: Row, cell: number, firstYear: number, width: number): string {
  const from = row.start ? cellOf(row.start, firstYear) : undefined;
  const to = row.end ? cellOf(row.end, firstYear) : undefined;
  if (from === undefined && to === undefined) return row.ongoing ? '┈' : ' ';
  if (from !== undefined && cell < from) return ' ';
  if (to !== undefined && cell > to) return ' ';
  if (from === undefined && cell === 0) return '◀';
  if (to === undefined) return cell === width - 1 ? '▶' : row.ongoing ? '┈' : '█';
  return '█';
}

function fit(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text.padEnd(width) : `${chars.slice(0, width - 1).join('')}…`;
}

