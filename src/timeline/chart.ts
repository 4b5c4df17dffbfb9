import { parseSource } from '../core/source.js';
import type { CalendarDate } from '../time/calendar.js';
import { addDays, toEpochDay } from '../time/calendar.js';
import { projectPhases } from './rules/phases.js';
import { schedulePhases } from './rules/plan-fit.js';
import { isRecord, ownerName, timeSites } from './sites.js';
import type { TimeSite } from './sites.js';
import { spanOf } from './values.js';

const LABEL_WIDTH = 42;
const CELLS_PER_YEAR = 8;
const MAX_YEARS = 12;

export interface Row {
  readonly label: string;
  readonly text: string;
  readonly start?: CalendarDate;
  readonly end?: CalendarDate;
  readonly ongoing: boolean;
  /** For a scheduled phase: where it ends at worst (drawn ░ beyond the best case), when known. */
  readonly worstEnd?: CalendarDate;
  readonly worstUnknown?: boolean;
}

/**
 * A terminal view of each document's time: one row per period, a bar over the years it
 * covers (◀ and ▶ where it is open-ended, ┈ where it is ongoing), and │ for today.
 */
export function timelineChart(inputs: readonly { file: string; text: string }[], today: CalendarDate): string {
  const blocks: string[] = [];
  for (const input of inputs) {
    // Read as the checks read it: a file they refuse (an alias bomb, an alias inside its own
    // anchor, nesting too deep) has no data to draw.
    const data = parseSource(input.text, input.file).data;
    if (!isRecord(data)) continue;
    // A document agendum fails to draw is reported by the checks; the others are drawn.
    let block: string | undefined;
    try {
      block = documentChart(input.file, data, today);
    } catch {
      block = undefined;
    }
    if (block) blocks.push(block);
  }
  return blocks.length > 0 ? `\n${blocks.join('\n')}` : '';
}

/** The rows of a document's timeline (periods, then scheduled phases) and the years they span. */
export function chartRows(data: Readonly<Record<string, unknown>>): { rows: Row[]; years: [number, number]; period?: string } | undefined {
  const sites = timeSites(data);
  const documentSite = sites.find((s) => s.isDocumentPeriod && s.role === 'period');
  const documentSpan = documentSite ? spanOf(documentSite) : undefined;
  const rows = [
    ...sites.filter((s) => isDrawn(s)).flatMap((site) => rowOf(site)),
    ...phaseRows(data, sites, documentSpan?.start),
  ];
  if (rows.length === 0) return undefined;
  const years = yearRange(rows, documentSpan);
  if (!years) return undefined;
  return { rows, years, ...(documentSite ? { period: documentSite.text } : {}) };
}

function documentChart(file: string, data: Readonly<Record<string, unknown>>, today: CalendarDate): string | undefined {
  const chart = chartRows(data);
  if (!chart) return undefined;
  const { rows, years } = chart;
  const documentSite = chart.period !== undefined ? { text: chart.period } : undefined;
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
  lines.push(...outcomeLines(data));
  if (rows.some((r) => r.worstEnd || r.worstUnknown)) lines.push('█ best case  ░ worst case  ▶ open-ended  ┈ ongoing  │ today');
  return `${lines.join('\n')}\n`;
}

/** The phases of each project, scheduled from the project's start, best case and worst case. */
function phaseRows(data: Readonly<Record<string, unknown>>, sites: readonly TimeSite[], documentStart: CalendarDate | undefined): Row[] {
  const rows: Row[] = [];
  for (const project of projectPhases(data)) {
    const projectSite = sites.find((s) => s.role === 'period' && s.ownerPath === project.projectPath);
    const start = (projectSite ? spanOf(projectSite)?.start : undefined) ?? documentStart;
    if (!start) continue;
    const timing = schedulePhases(project.phases);
    const projectName = ownerName(project.project);
    for (const phase of project.phases) {
      const t = timing.get(phase.id);
      if (!t) continue;
      const name = typeof phase.data.name === 'string' ? phase.data.name : phase.id;
      const duration = typeof phase.data.duration === 'string' ? phase.data.duration : Array.isArray(phase.data.duration) ? 'in delen' : 'duur onbekend';
      const bestEnd = addDays(start, Math.max(t.end.min - 1, t.start.min));
      rows.push({
        label: `${projectName} · ${name}`,
        text: duration,
        start: addDays(start, t.start.min),
        end: bestEnd,
        ongoing: false,
        ...(t.end.max !== undefined ? { worstEnd: addDays(start, Math.max(t.end.max - 1, t.start.min)) } : { worstUnknown: true }),
      });
    }
  }
  return rows;
}

/** Target outcomes with the time they should be reached in: understood, shown, not phases. */
function outcomeLines(data: Readonly<Record<string, unknown>>): string[] {
  const lines: string[] = [];
  const projects = Array.isArray(data.projects) ? data.projects : [];
  for (const project of projects) {
    if (!isRecord(project) || !isRecord(project.targetOutcomes) || !Array.isArray(project.targetOutcomes.items)) continue;
    const before = lines.length;
    // Items and their sub-items in document order, on a stack rather than by recursion.
    const stack: unknown[] = [...project.targetOutcomes.items].reverse();
    while (stack.length > 0) {
      const item = stack.pop();
      if (!isRecord(item)) continue;
      const duration = describeDuration(item.duration);
      if (duration && typeof item.text === 'string') lines.push(`  ${typeof item.number === 'string' ? `${item.number}. ` : ''}${item.text}: ${duration}`);
      if (Array.isArray(item.items)) for (let i = item.items.length - 1; i >= 0; i--) stack.push(item.items[i]);
    }
    if (lines.length > before) lines.splice(before, 0, `${ownerName(project)}: target outcomes`);
  }
  return lines;
}

function describeDuration(duration: unknown): string | undefined {
  if (typeof duration === 'string') return duration;
  if (!Array.isArray(duration)) return undefined;
  return duration.flatMap((part) => (isRecord(part) && typeof part.duration === 'string' ? [`${typeof part.label === 'string' ? `${part.label} ` : ''}${part.duration}`] : [])).join(', ');
}

/** Periods and moments (milestones, deadlines) get a row; a phase's start and end belong to its phase row. */
function isDrawn(site: TimeSite): boolean {
  if (site.isDocumentPeriod || site.role === 'duration') return false;
  return site.role === 'period' || !/\/(start|end)$/.test(site.path);
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
    if (row.worstEnd) years.push(row.worstEnd.year);
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
  if (to !== undefined && from !== undefined && cell > to) {
    if (row.worstEnd && cell <= cellOf(row.worstEnd, firstYear)) return '░';
    if (row.worstUnknown && cell === to + 1) return '▶';
  }
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

