import { formatMessage, messageGroup, type Lang } from '../core/i18n.js';
import { parseSource } from '../core/source.js';
import type { KindDefinition } from '../model/kinds.js';
import type { KindRegistry } from '../model/registry.js';
import { BUILTIN_REGISTRY } from '../model/registry.js';
import type { CalendarDate } from '../time/calendar.js';
import { addDays, addMonths, compareDates, toEpochDay } from '../time/calendar.js';
import { FREQUENCY_MONTHS, type Recurrence } from '../time/types.js';
import { projectPhases, type ProjectPhases } from './rules/phases.js';
import { phaseBounds } from './rules/plan-fit.js';
import { isRecord, ownerName, timeSites } from './sites.js';
import type { TimeSite } from './sites.js';
import { parseSite, spanOf } from './values.js';

const LABEL_WIDTH = 42;

/** The chart's own words (the rows' names and times are the documents'). */
export const CHART_MESSAGES = messageGroup('chart', {
  legend: {
    en: '█ best case  ░ worst case  ▶ open-ended  ┈ ongoing  ◆ recurring  │ today',
    nl: '█ gunstigste geval  ░ ongunstigste geval  ▶ zonder einde  ┈ doorlopend  ◆ terugkerend  │ vandaag',
  },
  targetOutcomes: { en: '{name}: target outcomes', nl: '{name}: beoogde resultaten' },
  inParts: { en: 'in parts', nl: 'in delen' },
  lengthUnknown: { en: 'length unknown', nl: 'duur onbekend' },
});

const say = (lang: Lang, key: keyof typeof CHART_MESSAGES.messages, data?: Readonly<Record<string, string>>) => formatMessage(CHART_MESSAGES.messages[key], lang, data);
const CELLS_PER_YEAR = 8;
const MAX_YEARS = 12;

export interface Row {
  readonly label: string;
  readonly text: string;
  readonly start?: CalendarDate;
  readonly end?: CalendarDate;
  readonly ongoing: boolean;
  /** For something that comes back ("jaarlijks", "elk kwartaal"): the days it comes back on, drawn as marks. */
  readonly occurrences?: readonly CalendarDate[];
  /** For a scheduled phase: where it ends at worst (drawn ░ beyond the best case), when known. */
  readonly worstEnd?: CalendarDate;
  readonly worstUnknown?: boolean;
}

/**
 * A terminal view of each document's time: one row per period, a bar over the years it
 * covers (◀ and ▶ where it is open-ended, ┈ where it is ongoing), and │ for today.
 */
export function timelineChart(inputs: readonly { file: string; text: string }[], today: CalendarDate, kinds: KindRegistry = BUILTIN_REGISTRY, lang: Lang = 'en'): string {
  const blocks: string[] = [];
  for (const input of inputs) {
    // Read as the checks read it: a file they refuse (an alias bomb, an alias inside its own
    // anchor, nesting too deep) has no data to draw.
    const data = parseSource(input.text, input.file).data;
    const definition = isRecord(data) ? kinds.get(data.kind) : undefined;
    if (!isRecord(data) || !definition) continue;
    // A document agendum fails to draw is reported by the checks; the others are drawn.
    let block: string | undefined;
    try {
      block = documentChart(input.file, data, today, definition, lang);
    } catch {
      block = undefined;
    }
    if (block) blocks.push(block);
  }
  return blocks.length > 0 ? `\n${blocks.join('\n')}` : '';
}

/** The rows of a document's timeline (periods, then scheduled phases) and the years they span. */
export function chartRows(data: Readonly<Record<string, unknown>>, definition: KindDefinition, lang: Lang = 'en'): { rows: Row[]; years: [number, number]; period?: string } | undefined {
  const sites = timeSites(data, definition);
  const documentSite = sites.find((s) => s.isDocumentPeriod && s.role === 'period');
  const documentSpan = documentSite ? spanOf(documentSite) : undefined;
  const projects = projectPhases(data);
  // A phase is drawn once, as a phase: its own period or dates place it, else its schedule.
  const phasePaths = new Set(projects.flatMap((p) => p.phases.map((phase) => phase.path)));
  const periodRows = sites.filter((s) => isDrawn(s) && !phasePaths.has(s.ownerPath)).flatMap((site) => rowOf(site, documentSpan));
  const rows = [...periodRows, ...datedRows(sites, phasePaths), ...phaseRows(projects, sites, documentSpan?.start, lang)];
  if (rows.length === 0) return undefined;
  const years = yearRange(rows, documentSpan);
  if (!years) return undefined;
  // Something that comes back without a period of its own does so during the document's period, within the chart.
  const first = { year: years[0], month: 1, day: 1 };
  const last = { year: years[1], month: 12, day: 31 };
  const withMarks = rows.map((row) => (row.occurrences ? { ...row, occurrences: row.occurrences.filter((d) => compareDates(d, first) >= 0 && compareDates(d, last) <= 0) } : row));
  return { rows: withMarks, years, ...(documentSite ? { period: documentSite.text } : {}) };
}

function documentChart(file: string, data: Readonly<Record<string, unknown>>, today: CalendarDate, definition: KindDefinition, lang: Lang): string | undefined {
  const chart = chartRows(data, definition, lang);
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
  lines.push(...outcomeLines(data, lang));
  if (rows.some((r) => r.worstEnd || r.worstUnknown || r.occurrences)) lines.push(say(lang, 'legend'));
  return `${lines.join('\n')}\n`;
}

/**
 * The phases of each project: a phase with its own period or dates where they place it, the
 * others scheduled from the project's start (its own start date, its period's, else the
 * document's), best case and worst case.
 */
function phaseRows(projects: readonly ProjectPhases[], sites: readonly TimeSite[], documentStart: CalendarDate | undefined, lang: Lang): Row[] {
  const rows: Row[] = [];
  for (const project of projects) {
    const projectSite = sites.find((s) => s.role === 'period' && s.ownerPath === project.projectPath);
    const projectStart = sites.find((s) => s.role === 'point' && s.path === `${project.projectPath}/start`);
    const start = (projectStart ? spanOf(projectStart)?.start : undefined) ?? (projectSite ? spanOf(projectSite)?.start : undefined) ?? documentStart;
    const projectName = ownerName(project.project, Infinity);
    // In list order, on the calendar: a dated phase where its dates put it, the others the day
    // after the phases they wait for end (at best and at worst), so a dated phase holds up what follows.
    const placed = new Map<string, { start: CalendarDate; end: CalendarDate; worstEnd?: CalendarDate }>();
    for (const phase of project.phases) {
      const name = typeof phase.data.name === 'string' ? phase.data.name : phase.name;
      const label = `${projectName} · ${name}`;
      const dated = datedSpan(phase.path, sites);
      if (dated) {
        placed.set(phase.id, { start: dated.start, end: dated.end, worstEnd: dated.end });
        rows.push({ label, text: dated.text, start: dated.start, end: dated.end, ongoing: false });
        continue;
      }
      const before = phase.dependsOn.map((id) => placed.get(id)).filter((p): p is NonNullable<typeof p> => p !== undefined);
      const bestStart = before.length > 0 ? latestOf(before.map((p) => addDays(p.end, 1))) : start;
      if (!bestStart) continue;
      const worstStarts = before.map((p) => (p.worstEnd ? addDays(p.worstEnd, 1) : undefined));
      const worstStart = worstStarts.some((d) => d === undefined) ? undefined : worstStarts.length > 0 ? latestOf(worstStarts as CalendarDate[]) : bestStart;
      const bounds = phaseBounds(phase.data);
      const end = addDays(bestStart, Math.max(bounds.min - 1, 0));
      const worstEnd = worstStart && bounds.max !== undefined ? addDays(worstStart, Math.max(bounds.max - 1, 0)) : undefined;
      placed.set(phase.id, { start: bestStart, end, ...(worstEnd ? { worstEnd } : {}) });
      const duration = typeof phase.data.duration === 'string' ? phase.data.duration : Array.isArray(phase.data.duration) ? say(lang, 'inParts') : say(lang, 'lengthUnknown');
      rows.push({ label, text: duration, start: bestStart, end, ongoing: false, ...(worstEnd ? { worstEnd } : { worstUnknown: true }) });
    }
  }
  return rows;
}

function latestOf(dates: readonly CalendarDate[]): CalendarDate {
  return dates.reduce((a, b) => (compareDates(b, a) > 0 ? b : a));
}

/** Where a phase's own period, or its start and end dates, place it; undefined when it has neither. */
function datedSpan(phasePath: string, sites: readonly TimeSite[]): { start: CalendarDate; end: CalendarDate; text: string } | undefined {
  const own = sites.filter((s) => s.ownerPath === phasePath && s.role !== 'duration');
  if (own.length === 0) return undefined;
  let start: CalendarDate | undefined;
  let end: CalendarDate | undefined;
  for (const site of own) {
    const span = spanOf(site);
    if (span?.start && (!start || compareDates(span.start, start) < 0)) start = span.start;
    if (span?.end && (!end || compareDates(span.end, end) > 0)) end = span.end;
  }
  // Only dates that place the whole phase; a start alone leaves the rest to its schedule.
  if (!start || !end) return undefined;
  return { start, end, text: own.map((s) => s.text).join(' – ') };
}

/** Target outcomes with the time they should be reached in: understood, shown, not phases. */
function outcomeLines(data: Readonly<Record<string, unknown>>, lang: Lang): string[] {
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
    if (lines.length > before) lines.splice(before, 0, say(lang, 'targetOutcomes', { name: ownerName(project) }));
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

/**
 * A period or moment as a row. Something that comes back ("jaarlijks") is a row of marks, over its
 * own period or the document's; something open at its end ("vanaf 2021") runs to the end of the
 * document's period when that is later than its start.
 */
function rowOf(site: TimeSite, documentSpan: { start?: CalendarDate; end?: CalendarDate } | undefined): Row[] {
  const name = ownerName(site.owner, Infinity);
  const label = site.label ? `${name} · ${site.label}` : name;
  const recurrence = recurrenceOf(site);
  if (recurrence) {
    const from = recurrence.during?.start ?? documentSpan?.start;
    const to = recurrence.during?.end ?? documentSpan?.end;
    if (!from || !to) return [];
    const occurrences: CalendarDate[] = [];
    for (let at = from; compareDates(at, to) <= 0 && occurrences.length < 400; at = addMonths(at, FREQUENCY_MONTHS[recurrence.frequency])) occurrences.push(at);
    return [{ label, text: site.text, start: from, end: to, ongoing: false, occurrences }];
  }
  const span = spanOf(site);
  if (!span) return [];
  // A deadline is a moment, not work since the start of the chart: a mark on its day.
  if (!span.start && span.end && (span.kinds.has('deadline') || site.role === 'point')) {
    return [{ label, text: site.text, start: span.end, end: span.end, ongoing: false, occurrences: [span.end] }];
  }
  const end = span.end ?? (span.start && documentSpan?.end && compareDates(documentSpan.end, span.start) >= 0 ? documentSpan.end : undefined);
  return [{ label, text: site.text, ...(span.start ? { start: span.start } : {}), ...(end ? { end } : {}), ongoing: span.kinds.has('ongoing') }];
}

/** Items that say when they start and end in dates of their own (a project, a step): a bar between them. */
function datedRows(sites: readonly TimeSite[], phasePaths: ReadonlySet<string>): Row[] {
  const rows: Row[] = [];
  for (const site of sites) {
    if (site.role !== 'point' || !site.path.endsWith('/start') || phasePaths.has(site.ownerPath)) continue;
    if (sites.some((s) => s.ownerPath === site.ownerPath && s.role === 'period')) continue;
    const end = sites.find((s) => s.role === 'point' && s.path === `${site.ownerPath}/end`);
    const from = spanOf(site)?.start;
    const to = end ? spanOf(end)?.end : undefined;
    if (!from || !to || compareDates(to, from) < 0) continue;
    rows.push({ label: ownerName(site.owner, Infinity), text: `${site.text} – ${end!.text}`, start: from, end: to, ongoing: false });
  }
  return rows;
}

function recurrenceOf(site: TimeSite): Recurrence | undefined {
  if (site.role === 'duration') return undefined;
  const result = parseSite(site);
  return result.ok && result.value.type === 'recurrence' ? result.value : undefined;
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
  if (row.occurrences) return row.occurrences.some((date) => cellOf(date, firstYear) === cell) ? '◆' : ' ';
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

