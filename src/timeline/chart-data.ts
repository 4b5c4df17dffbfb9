import type { KindDefinition } from '../model/kinds.js';
import type { CalendarDate } from '../time/calendar.js';
import { formatIsoDate, toEpochDay } from '../time/calendar.js';
import type { Row } from './chart.js';
import { chartRows } from './chart.js';

/** Geometry of the timeline chart, computed here so templates only draw (inline SVG) or list (Mermaid). */
export interface TimelineChartData {
  readonly width: number;
  /** The height of the whole chart: the axis and every row. */
  readonly height: number;
  /** The height of the axis (the years) above the rows. */
  readonly axisHeight: number;
  readonly labelWidth: number;
  readonly years: readonly { readonly year: number; readonly x: number; readonly width: number; readonly shaded: boolean }[];
  readonly rows: readonly ChartBar[];
  /** Which kinds of mark the chart draws, for its legend. */
  readonly legend: { readonly bars: boolean; readonly open: boolean; readonly ongoing: boolean; readonly worst: boolean; readonly marks: boolean };
  readonly today?: { readonly x: number; readonly date: string };
  readonly period?: string;
  /** Lines of a Mermaid `gantt` block (without the fence). */
  readonly mermaid: readonly string[];
}

/**
 * A row of the chart, drawn on its own (so that a long chart can break between rows across
 * pages, under the axis repeated at the top of each page): its height, and the top of its bar and
 * the baseline of each line of its label within the row.
 */
export interface ChartBar {
  /** The top of the bar (level with the first line of the label), from the top of the row. */
  readonly y: number;
  readonly height: number;
  /** The item's name in full, and wrapped into lines that fit beside the chart. */
  readonly label: string;
  readonly lines: readonly { readonly text: string; readonly y: number }[];
  readonly shaded: boolean;
  readonly text: string;
  readonly x: number;
  readonly width: number;
  /** Where the worst case goes on beyond the best case (phases), and how far. */
  readonly worstX: number;
  readonly worstWidth: number;
  readonly openStart: boolean;
  readonly openEnd: boolean;
  readonly ongoing: boolean;
  /** Where something that comes back is marked, instead of a bar. */
  readonly marks?: readonly { readonly x: number; readonly date: string }[];
}

/*
 * The chart is drawn 560 units wide and printed across the text column (about 166 mm), so a unit
 * is about 0.3 mm and the labels (10 units) print at about 8.5 pt, like the figure's caption.
 */
const WIDTH = 560;
const LABEL_WIDTH = 200;
const LINE_HEIGHT = 12;
const ROW_PADDING = 6;
const AXIS_HEIGHT = 22;
/** Characters of a label line: 10-unit text in a 190-unit column. */
const LABEL_LINE = 36;
const MAX_LABEL = 42;

/**
 * The chart of a document's periods and phases over its years, with a marker for `today`
 * when it falls inside. Undefined when the document has no time to draw.
 */
export function timelineChartData(data: Readonly<Record<string, unknown>>, today: CalendarDate | undefined, definition: KindDefinition): TimelineChartData | undefined {
  // The chart is part of the rendered document, so its own words are in the document's language (Dutch unless it says English).
  const chart = chartRows(data, definition, data.language === 'en' ? 'en' : 'nl');
  if (!chart) return undefined;
  const [first, last] = chart.years;
  const from = toEpochDay({ year: first, month: 1, day: 1 });
  const to = toEpochDay({ year: last + 1, month: 1, day: 1 });
  const area = WIDTH - LABEL_WIDTH;
  const xOf = (date: CalendarDate) => round(LABEL_WIDTH + ((toEpochDay(date) - from) / (to - from)) * area);
  const xAfter = (date: CalendarDate) => round(LABEL_WIDTH + ((toEpochDay(date) + 1 - from) / (to - from)) * area);
  const years = [];
  for (let year = first; year <= last; year++) {
    const x = xOf({ year, month: 1, day: 1 });
    years.push({ year, x, width: round(xOf({ year: year + 1, month: 1, day: 1 }) - x), shaded: (year - first) % 2 === 1 });
  }
  let top = AXIS_HEIGHT;
  const rows: ChartBar[] = chart.rows.map((row, i) => {
    const y = 1;
    const start = row.start ? xOf(row.start) : LABEL_WIDTH;
    const end = row.end ? Math.min(xAfter(row.end), WIDTH) : WIDTH;
    const worst = row.worstEnd ? Math.min(xAfter(row.worstEnd), WIDTH) : end;
    const label = plain(row.label);
    const lines = wrap(label, LABEL_LINE).map((text, k) => ({ text, y: y + 10 + k * LINE_HEIGHT }));
    const height = Math.max(1, lines.length) * LINE_HEIGHT + ROW_PADDING;
    top += height;
    return {
      y: y + 1,
      height,
      label,
      lines,
      shaded: i % 2 === 1,
      text: row.text,
      x: Math.max(start, LABEL_WIDTH),
      width: Math.max(2, round(end - Math.max(start, LABEL_WIDTH))),
      worstX: end,
      worstWidth: Math.max(0, round(worst - end)),
      openStart: !row.start,
      openEnd: !row.end,
      ongoing: row.ongoing,
      ...(row.occurrences ? { marks: row.occurrences.map((date) => ({ x: xOf(date), date: formatIsoDate(date) })) } : {}),
    };
  });
  const todayInside = today && today.year >= first && today.year <= last;
  return {
    width: WIDTH,
    height: top,
    axisHeight: AXIS_HEIGHT,
    labelWidth: LABEL_WIDTH,
    years,
    rows,
    legend: {
      bars: rows.some((row) => !row.marks && !row.openEnd && !row.ongoing),
      open: rows.some((row) => !row.marks && row.openEnd && !row.ongoing),
      ongoing: rows.some((row) => !row.marks && row.ongoing),
      worst: rows.some((row) => row.worstWidth > 0),
      marks: rows.some((row) => row.marks !== undefined),
    },
    ...(todayInside ? { today: { x: xOf(today), date: formatIsoDate(today) } } : {}),
    ...(chart.period !== undefined ? { period: chart.period } : {}),
    mermaid: mermaid(chart.rows, first, last),
  };
}

function mermaid(rows: readonly Row[], first: number, last: number): string[] {
  const lines = ['gantt', '  dateFormat YYYY-MM-DD', '  axisFormat %Y'];
  rows.forEach((row, i) => {
    if (row.occurrences) {
      // Something that comes back: a milestone on each day it does.
      row.occurrences.forEach((date, k) => lines.push(`  ${mermaidText(row.label) || `item ${i + 1}`} : milestone, t${i + 1}m${k + 1}, ${formatIsoDate(date)}, 0d`));
      return;
    }
    const start = row.start ?? { year: first, month: 1, day: 1 };
    const end = row.worstEnd ?? row.end ?? { year: last, month: 12, day: 31 };
    lines.push(`  ${mermaidText(row.label) || `item ${i + 1}`} : t${i + 1}, ${formatIsoDate(start)}, ${formatIsoDate(end)}`);
  });
  return lines;
}

/** Mermaid reads `:`, `#` and `;` in a task name as syntax. */
function mermaidText(text: string): string {
  return shorten(text).replace(/[:#;`<>]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** A name without the writer's emphasis marks (`*Laagdrempelige hulp*`): the chart draws plain text. */
function plain(text: string): string {
  return text.replace(/(\*{1,2}|_{1,2})(?=\S)(.+?)(?<=\S)\1/g, '$2');
}

/** A label in lines of at most `width` characters, broken between words (a longer word stands alone). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line !== '' && [...line].length + 1 + [...word].length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

function shorten(text: string): string {
  const chars = [...text];
  return chars.length <= MAX_LABEL ? text : `${chars.slice(0, MAX_LABEL - 1).join('')}…`;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
