/**
 * Reads the time expressions policy writers use, Dutch and English: years and ranges,
 * open and ongoing periods, vague points, deadlines, dates, quarters, month ranges,
 * recurrences and labelled segments. Numbers that are not time (ages, counts, amounts) are
 * refused with a reason, never guessed at.
 *
 * The grammar works on tokens (see tokens.ts) and tries each form on a whole slice of them;
 * expressions are short, so trying every split is cheap and keeps each form readable.
 */
import {
  addDays,
  compareDates,
  firstDay,
  isValidDate,
  lastDay,
  MAX_YEAR,
  MIN_YEAR,
  pointsEqual,
  previousPoint,
  PRECISIONS,
  toEpochDay,
  type CalendarPoint,
  type Fuzzy,
  type Precision,
} from './calendar.js';
import { addAmount } from './duration.js';
import { failure } from './failures.js';
import { parseDuration } from './parse-duration.js';
import { formatPlainTime } from './format.js';
import { normaliseWord, tokenize, type Token } from './tokens.js';
import {
  makeInterval,
  type Interval,
  type IntervalList,
  type LabelledSegment,
  type ParseFailure,
  type ParseResult,
  type PlainTimeValue,
  type Recurrence,
  type TimeValue,
} from './types.js';
import {
  DOCUMENT_PERIOD_ADJECTIVES,
  DOCUMENT_PERIOD_ARTICLES,
  DOCUMENT_PERIOD_HEADS,
  DOCUMENT_PERIOD_LEADS,
  EXCLUSIVE_DEADLINE_PREFIXES,
  FILLER_LABELS,
  FROM_PREFIXES,
  FUZZY_PREFIXES,
  INCLUSIVE_DEADLINE_PREFIXES,
  ISO_DURATION,
  MONTHS,
  NUMBER_WORDS,
  ONGOING_WORDS,
  ONWARDS_SUFFIXES,
  ORDINAL_SUFFIXES,
  ORDINALS,
  RECURRENCES,
  UNITS,
} from './words.js';

/** The first specific problem met while trying forms (a 31 februari, a backwards range). */
export interface GrammarContext {
  /** The text the tokens were cut from. */
  readonly text: string;
  failure?: ParseFailure;
}

function note(ctx: GrammarContext, made: ParseFailure): void {
  ctx.failure ??= made;
}

/** The input text of a token slice. */
function spanOf(ts: readonly Token[]): [number, number] {
  return [ts[0]?.start ?? 0, ts[ts.length - 1]?.end ?? 0];
}

function startsWith(ts: readonly Token[], words: readonly string[]): boolean {
  return words.length <= ts.length && sameWords(ts, 0, words);
}

function endsWith(ts: readonly Token[], words: readonly string[]): boolean {
  const offset = ts.length - words.length;
  return offset >= 0 && sameWords(ts, offset, words);
}

/** Whether the tokens from `offset` on are these words (a loop: these are asked for every expression read). */
function sameWords(ts: readonly Token[], offset: number, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) if (ts[offset + i]?.norm !== words[i]) return false;
  return true;
}

// ---------------------------------------------------------------------------------------
// Points

/** A point as read; a partial one (no year: "juni" in "juni t/m september 2020") is completed from the end of its range. */
interface ReadPoint {
  readonly precision: Precision;
  readonly year?: number;
  readonly quarter?: number;
  readonly month?: number;
  readonly day?: number;
  readonly fuzzy?: Fuzzy;
}

function isYear(token: Token | undefined): boolean {
  if (token?.kind !== 'num' || token.text.length !== 4) return false;
  const year = Number(token.text);
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

/** A day of the month: "1", "20", "1e", "2nd"; returns the index after it. */
function readDay(ts: readonly Token[], i: number): { day: number; next: number } | undefined {
  const token = ts[i];
  if (token?.kind !== 'num' || token.text.length > 2) return undefined;
  const day = Number(token.text);
  if (day < 1 || day > 31) return undefined;
  const suffix = ts[i + 1];
  if (suffix && !suffix.spaced && suffix.kind === 'word' && ORDINAL_SUFFIXES.has(suffix.norm)) return { day, next: i + 2 };
  return { day, next: i + 1 };
}

/** A month name or abbreviation, with the full stop of an abbreviation ("jan."). */
function readMonth(ts: readonly Token[], i: number): { month: number; next: number } | undefined {
  const token = ts[i];
  const month = token?.kind === 'word' ? MONTHS.get(token.norm) : undefined;
  if (month === undefined) return undefined;
  const dot = ts[i + 1];
  if (dot && !dot.spaced && dot.norm === '.' && token!.norm.length <= 4) return { month, next: i + 2 };
  return { month, next: i + 1 };
}

/** A quarter number: "Q1" (returns after the digit), "eerste", "2e", "1st". */
function readQuarterOrdinal(ts: readonly Token[], i: number): { quarter: number; next: number } | undefined {
  const token = ts[i];
  if (!token) return undefined;
  const word = ORDINALS.get(token.norm);
  if (word !== undefined) return { quarter: word, next: i + 1 };
  if (token.kind === 'num' && token.text.length === 1) {
    const suffix = ts[i + 1];
    if (suffix && !suffix.spaced && ORDINAL_SUFFIXES.has(suffix.norm)) {
      const quarter = Number(token.text);
      return quarter >= 1 && quarter <= 4 ? { quarter, next: i + 2 } : undefined;
    }
  }
  return undefined;
}

function checkedDay(year: number, month: number, day: number, ts: readonly Token[], ctx: GrammarContext): ReadPoint | undefined {
  if (isValidDate(year, month, day)) return { precision: 'day', year, month, day };
  note(ctx, failure('invalid-date', sliceText(ctx, ts), spanOf(ts)));
  return undefined;
}

function sliceText(ctx: GrammarContext, ts: readonly Token[]): string {
  const [start, end] = spanOf(ts);
  return ctx.text.slice(start, end);
}

/** Quarters: "Q1 2024", "Q1-2024", "2024 Q1", "eerste kwartaal (van) 2024", "2e kwartaal 2024", "Q3" (partial). */
function readQuarter(ts: readonly Token[]): ReadPoint | undefined {
  const n = ts.length;
  // Q1 [2024]
  if (ts[0]?.norm === 'q' && ts[1]?.kind === 'num' && !ts[1].spaced && ts[1].text.length === 1) {
    const quarter = Number(ts[1].text);
    if (quarter < 1 || quarter > 4) return undefined;
    let i = 2;
    if (n === 2) return { precision: 'quarter', quarter };
    if ((ts[i]?.norm === '-' || ts[i]?.norm === '/') && !ts[i]!.spaced && isYear(ts[i + 1]) && !ts[i + 1]!.spaced) i++;
    if (i === n - 1 && isYear(ts[i])) return { precision: 'quarter', quarter, year: Number(ts[i]!.text) };
    return undefined;
  }
  // 2024 Q1, 2024-Q1
  if (isYear(ts[0])) {
    let i = 1;
    if (ts[i]?.norm === '-' && !ts[i]!.spaced) i++;
    if (ts[i]?.norm === 'q' && ts[i + 1]?.kind === 'num' && !ts[i + 1]!.spaced && i + 2 === n) {
      const quarter = Number(ts[i + 1]!.text);
      if (quarter >= 1 && quarter <= 4 && ts[i + 1]!.text.length === 1) return { precision: 'quarter', quarter, year: Number(ts[0]!.text) };
    }
    return undefined;
  }
  // [het] eerste kwartaal [van] [2024]
  let i = ts[0]?.norm === 'het' || ts[0]?.norm === 'the' ? 1 : 0;
  const ordinal = readQuarterOrdinal(ts, i);
  if (!ordinal) return undefined;
  i = ordinal.next;
  if (ts[i]?.norm !== 'kwartaal' && ts[i]?.norm !== 'quarter') return undefined;
  i++;
  if (i === n) return { precision: 'quarter', quarter: ordinal.quarter };
  if (ts[i]?.norm === 'van' || ts[i]?.norm === 'of') i++;
  if (i === n - 1 && isYear(ts[i])) return { precision: 'quarter', quarter: ordinal.quarter, year: Number(ts[i]!.text) };
  return undefined;
}

/** A point without vagueness; `partial` allows a missing year (or month and year for a bare day). */
function readBasePoint(ts: readonly Token[], ctx: GrammarContext, partial: boolean): ReadPoint | undefined {
  const n = ts.length;
  const first = ts[0];
  if (!first) return undefined;
  if (n === 1 && first.kind === 'date' && first.date) {
    const { year, month, day } = first.date;
    if (year < MIN_YEAR || year > MAX_YEAR) return undefined;
    return checkedDay(year, month, day, ts, ctx);
  }
  if (n === 1 && isYear(first)) return { precision: 'year', year: Number(first.text) };
  const quarter = readQuarter(ts);
  if (quarter) return quarter.year !== undefined || partial ? quarter : undefined;

  // [day] month [,] [year]
  const day = readDay(ts, 0);
  const month = readMonth(ts, day ? day.next : 0);
  if (month) {
    let i = month.next;
    if (i === n) {
      if (!partial) return undefined;
      return day ? { precision: 'day', month: month.month, day: day.day } : { precision: 'month', month: month.month };
    }
    if (ts[i]?.norm === ',' && day) i++;
    if (i === n - 1 && isYear(ts[i])) {
      const year = Number(ts[i]!.text);
      return day ? checkedDay(year, month.month, day.day, ts, ctx) : { precision: 'month', year, month: month.month };
    }
    // English: month day[,] year ("May 20, 2021")
    if (!day) {
      const englishDay = readDay(ts, month.next);
      if (englishDay) {
        let j = englishDay.next;
        if (ts[j]?.norm === ',') j++;
        if (j === n - 1 && isYear(ts[j])) return checkedDay(Number(ts[j]!.text), month.month, englishDay.day, ts, ctx);
      }
    }
    return undefined;
  }
  // A bare day, only as the start of a range within one month ("1 t/m 15 mei 2020").
  if (partial && day && day.next === n) return { precision: 'day', day: day.day };
  return undefined;
}

/** A point, possibly vague ("medio 2019", "eind mei 2020"). Vagueness needs a whole year or month. */
function readPoint(ts: readonly Token[], ctx: GrammarContext, partial: boolean): ReadPoint | undefined {
  for (const [words, fuzzy] of FUZZY_PREFIXES) {
    if (ts.length > words.length && startsWith(ts, words)) {
      const base = readBasePoint(ts.slice(words.length), ctx, false);
      if (base && (base.precision === 'year' || base.precision === 'month')) return { ...base, fuzzy };
      return undefined;
    }
  }
  return readBasePoint(ts, ctx, partial);
}

/** A read point as a calendar point, completing a partial one from `context` (the range's end). */
function completePoint(point: ReadPoint, context?: CalendarPoint): CalendarPoint | undefined {
  const year = point.year ?? context?.year;
  if (year === undefined) return undefined;
  const fuzzy = point.fuzzy ? { fuzzy: point.fuzzy } : {};
  switch (point.precision) {
    case 'year':
      return { precision: 'year', year, ...fuzzy };
    case 'quarter':
      return point.quarter === undefined ? undefined : { precision: 'quarter', year, quarter: point.quarter };
    case 'month':
      return point.month === undefined ? undefined : { precision: 'month', year, month: point.month, ...fuzzy };
    case 'day': {
      const month = point.month ?? (context && 'month' in context ? context.month : undefined);
      if (month === undefined || point.day === undefined || !isValidDate(year, month, point.day)) return undefined;
      return { precision: 'day', year, month, day: point.day };
    }
  }
}

/** A whole point (with its year). */
function fullPoint(ts: readonly Token[], ctx: GrammarContext): CalendarPoint | undefined {
  const read = readPoint(ts, ctx, false);
  return read && read.year !== undefined ? completePoint(read) : undefined;
}

// ---------------------------------------------------------------------------------------
// Intervals

const RANGE_SEPARATORS: ReadonlyMap<string, 'inclusive' | 'exclusive'> = new Map([
  ['tm', 'inclusive'],
  ['-', 'inclusive'],
  ['to', 'inclusive'],
  ['through', 'inclusive'],
  ['thru', 'inclusive'],
  ['tot', 'exclusive'],
]);

/** The inclusive end for an end point written exclusively ("tot 2021" → 2020). */
function exclusiveEnd(point: CalendarPoint, ts: readonly Token[], ctx: GrammarContext): CalendarPoint | undefined {
  const previous = previousPoint(point);
  if (!previous) note(ctx, failure('ambiguous', sliceText(ctx, ts), spanOf(ts)));
  return previous;
}

/** "2020 t/m 2023", "2019 tot 2021", "van juni tot en met september 2020", "januari 2020 - maart 2021". */
function readRange(ts: readonly Token[], ctx: GrammarContext): Interval | undefined {
  const body = ts[0]?.norm === 'van' || ts[0]?.norm === 'from' ? ts.slice(1) : ts;
  for (let k = 1; k < body.length - 1; k++) {
    const separator = RANGE_SEPARATORS.get(body[k]!.norm);
    if (!separator) continue;
    const right = fullPoint(body.slice(k + 1), ctx);
    if (!right) continue;
    const left = readPoint(body.slice(0, k), ctx, true);
    if (!left) continue;
    const from = completePoint(left, right);
    if (!from) continue;
    const to = separator === 'exclusive' ? exclusiveEnd(right, ts, ctx) : right;
    if (!to) continue;
    if (compareDates(firstDay(from), lastDay(to)) > 0) {
      note(ctx, failure('backwards', sliceText(ctx, ts), spanOf(ts)));
      continue;
    }
    return makeInterval('period', from, to);
  }
  return undefined;
}

/** Strips "e.v."/"en verder" and "continu"/"doorlopend" from the end. */
function openTail(ts: readonly Token[]): { body: readonly Token[]; onwards: boolean; ongoing: boolean } {
  let body = ts;
  let onwards = false;
  let ongoing = false;
  for (let round = 0; round < 2; round++) {
    const last = body[body.length - 1];
    if (!ongoing && last && ONGOING_WORDS.has(last.norm)) {
      ongoing = true;
      body = body.slice(0, -1);
      continue;
    }
    const suffix = onwards ? undefined : ONWARDS_SUFFIXES.find((words) => endsWith(body, words));
    if (suffix) {
      onwards = true;
      body = body.slice(0, body.length - suffix.length);
    }
  }
  return { body, onwards, ongoing };
}

/** Ongoing, open-ended and end-only periods and deadlines. */
function readOpen(ts: readonly Token[], ctx: GrammarContext): Interval | undefined {
  const n = ts.length;
  if (n === 1 && ONGOING_WORDS.has(ts[0]!.norm)) return makeInterval('ongoing');

  // "doorlopend vanaf 2020"
  if (n > 2 && ONGOING_WORDS.has(ts[0]!.norm)) {
    for (const prefix of FROM_PREFIXES) {
      if (!startsWith(ts.slice(1), prefix)) continue;
      const point = fullPoint(ts.slice(1 + prefix.length), ctx);
      if (point) return makeInterval('ongoing', point);
    }
  }

  // "vanaf 2018", "Vanaf 2020 continu", "vanaf 2021 e.v."
  for (const prefix of FROM_PREFIXES) {
    if (n <= prefix.length || !startsWith(ts, prefix)) continue;
    const { body, ongoing } = openTail(ts.slice(prefix.length));
    const point = fullPoint(body, ctx);
    if (point) return makeInterval(ongoing ? 'ongoing' : 'period', point);
  }

  // "2021 e.v.", "2021 en verder", "2021 e.v. doorlopend"
  const tail = openTail(ts);
  if (tail.onwards && tail.body.length > 0) {
    const point = fullPoint(tail.body, ctx);
    if (point) return makeInterval(tail.ongoing ? 'ongoing' : 'period', point);
  }

  // "uiterlijk 31 oktober 2013", "ultimo 2020"
  for (const prefix of INCLUSIVE_DEADLINE_PREFIXES) {
    if (n <= prefix.length || !startsWith(ts, prefix)) continue;
    const point = fullPoint(ts.slice(prefix.length), ctx);
    if (point) return makeInterval('deadline', undefined, point);
  }

  // "voor 2022" = by 31 december 2021
  for (const prefix of EXCLUSIVE_DEADLINE_PREFIXES) {
    if (n <= prefix.length || !startsWith(ts, prefix)) continue;
    const point = fullPoint(ts.slice(prefix.length), ctx);
    const end = point && exclusiveEnd(point, ts, ctx);
    if (end) return makeInterval('deadline', undefined, end);
  }

  // "t/m 2021", "tot 2022" (= t/m 2021): a period whose start is not said
  const separator = ts[0] ? RANGE_SEPARATORS.get(ts[0].norm) : undefined;
  if (separator && ts[0]!.norm !== '-' && n > 1) {
    const point = fullPoint(ts.slice(1), ctx);
    const end = point && (separator === 'exclusive' ? exclusiveEnd(point, ts, ctx) : point);
    if (end) return makeInterval('period', undefined, end);
  }
  return undefined;
}

/** "gedurende de looptijd (van de raamovereenkomst)", "during the term of the agreement". */
function readDocumentPeriod(ts: readonly Token[]): Interval | undefined {
  let i = 0;
  const lead = DOCUMENT_PERIOD_LEADS.find((words) => startsWith(ts, words));
  if (lead) i += lead.length;
  if (ts[i] && DOCUMENT_PERIOD_ARTICLES.has(ts[i]!.norm)) i++;
  if (ts[i] && DOCUMENT_PERIOD_ADJECTIVES.has(ts[i]!.norm)) i++;
  if (!ts[i] || !DOCUMENT_PERIOD_HEADS.has(ts[i]!.norm)) return undefined;
  i++;
  if (i === ts.length) return makeInterval('document-period');
  if (ts[i]!.norm !== 'van' && ts[i]!.norm !== 'of') return undefined;
  const rest = ts.slice(i + 1);
  if (rest.length === 0 || rest.some((t) => t.kind === 'num' || t.kind === 'date' || t.norm === ';')) return undefined;
  return makeInterval('document-period');
}

/** The words between a start and its length: "vanaf 2015, voor maximaal 1 jaar", "from May 2021 for six months". */
const LENGTH_LEADS: readonly (readonly string[])[] = [
  ['voor', 'de', 'duur', 'van'],
  ['voor', 'een', 'periode', 'van'],
  ['voor'],
  ['gedurende'],
  ['for', 'a', 'period', 'of'],
  ['for'],
];

/**
 * A start with a bounded length: "vanaf 1 januari 2015, voor maximaal 1 jaar", "per 1 maart 2021
 * voor de duur van twee jaar", "from 1 May 2021 for six months". The end is the latest the length
 * allows (the longest reading of a range), the day before the start plus the length; a length
 * without an upper bound ("minimaal een jaar") is not a bounded start.
 */
function readBoundedStart(ts: readonly Token[], ctx: GrammarContext): Interval | undefined {
  for (const prefix of FROM_PREFIXES) {
    if (ts.length <= prefix.length + 2 || !startsWith(ts, prefix)) continue;
    const rest = ts.slice(prefix.length);
    for (let k = 1; k < rest.length - 1; k++) {
      const comma = rest[k]!.norm === ',' ? 1 : 0;
      const lead = LENGTH_LEADS.find((words) => startsWith(rest.slice(k + comma), words));
      if (!lead) continue;
      const lengthTokens = rest.slice(k + comma + lead.length);
      if (lengthTokens.length === 0) continue;
      const point = fullPoint(rest.slice(0, k), ctx);
      if (!point) continue;
      const length = parseDuration(ctx.text.slice(lengthTokens[0]!.start, lengthTokens[lengthTokens.length - 1]!.end));
      if (!length.ok || !length.value.max || length.value.anchor) continue;
      const start = firstDay(point);
      const end = addDays(addAmount(start, length.value.max), -1);
      if (compareDates(end, start) < 0) continue;
      return makeInterval('period', point, { precision: 'day', year: end.year, month: end.month, day: end.day });
    }
  }
  return undefined;
}

/** One interval in any form. */
function readInterval(ts: readonly Token[], ctx: GrammarContext): Interval | undefined {
  if (ts.length === 0) return undefined;
  const documentPeriod = readDocumentPeriod(ts);
  if (documentPeriod) return documentPeriod;
  const bounded = readBoundedStart(ts, ctx);
  if (bounded) return bounded;
  const open = readOpen(ts, ctx);
  if (open) return open;
  const point = fullPoint(ts, ctx);
  if (point) return makeInterval('period', point, point);
  return readRange(ts, ctx);
}

// ---------------------------------------------------------------------------------------
// Lists and recurrences

const LIST_SEPARATORS: ReadonlySet<string> = new Set([',', '&', 'en', 'and', '/']);

function precisionRank(point: CalendarPoint | undefined): number {
  return point ? PRECISIONS.indexOf(point.precision) : 0;
}

/**
 * Merges overlapping and adjacent intervals ("2020 & 2021" is one period); for equal
 * starts or ends the coarser written bound wins, so the result does not depend on order.
 */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = [...intervals].sort(
    (a, b) =>
      toEpochDay(a.start!) - toEpochDay(b.start!) ||
      precisionRank(a.from) - precisionRank(b.from) ||
      toEpochDay(b.end!) - toEpochDay(a.end!),
  );
  const merged: Interval[] = [];
  for (const item of sorted) {
    const last = merged[merged.length - 1];
    if (last && toEpochDay(item.start!) <= toEpochDay(last.end!) + 1) {
      const later = toEpochDay(item.end!) - toEpochDay(last.end!);
      const to = later > 0 || (later === 0 && precisionRank(item.to) < precisionRank(last.to)) ? item.to! : last.to!;
      merged[merged.length - 1] = pointsEqual(last.from!, to) ? makeInterval('period', to, to) : makeInterval('period', last.from!, to);
    } else {
      merged.push(item);
    }
  }
  return merged;
}

/** "2020, 2021", "2020 & 2021", "2020/2021", "juni, juli en augustus 2020", "2018, 2020 t/m 2021". */
function readList(ts: readonly Token[], ctx: GrammarContext): Interval | IntervalList | undefined {
  const pieces: Token[][] = [[]];
  for (const token of ts) {
    if (LIST_SEPARATORS.has(token.norm)) pieces.push([]);
    else pieces[pieces.length - 1]!.push(token);
  }
  if (pieces.length < 2 || pieces.some((piece) => piece.length === 0)) return undefined;

  const read: (Interval | ReadPoint)[] = [];
  for (const piece of pieces) {
    const point = readPoint(piece, ctx, true);
    const item = point ?? readRange(piece, ctx);
    if (!item) return undefined;
    read.push(item);
  }
  // Partial items take their year (and month) from the next whole item: "juni, juli en augustus 2020".
  const items: Interval[] = [];
  let context: CalendarPoint | undefined;
  for (let i = read.length - 1; i >= 0; i--) {
    const item = read[i]!;
    if ('type' in item) {
      if (item.kind !== 'period' || !item.from || !item.to) return undefined;
      items.unshift(item);
      context = item.from;
      continue;
    }
    const point = completePoint(item, item.year === undefined ? context : undefined);
    if (!point) return undefined;
    items.unshift(makeInterval('period', point, point));
    context = point;
  }
  const merged = mergeIntervals(items);
  return merged.length === 1 ? merged[0] : { type: 'list', items: merged };
}

/** "jaarlijks", "ieder jaar", "annually", optionally with a period: "jaarlijks vanaf 2021". */
function readRecurrence(ts: readonly Token[], ctx: GrammarContext): Recurrence | undefined {
  for (const [words, frequency] of RECURRENCES) {
    let rest: readonly Token[] | undefined;
    if (startsWith(ts, words)) rest = ts.slice(words.length);
    else if (endsWith(ts, words)) rest = ts.slice(0, ts.length - words.length);
    if (rest === undefined) continue;
    if (rest[0]?.norm === ',') rest = rest.slice(1);
    if (rest[rest.length - 1]?.norm === ',') rest = rest.slice(0, -1);
    if (rest.length === 0) return { type: 'recurrence', frequency };
    const during = readInterval(rest, ctx);
    if (during) return { type: 'recurrence', frequency, during };
  }
  return undefined;
}

/** One unlabelled expression. */
export function readPlainTime(ts: readonly Token[], ctx: GrammarContext): PlainTimeValue | undefined {
  if (ts.length === 0) return undefined;
  return readRecurrence(ts, ctx) ?? readInterval(ts, ctx) ?? readList(ts, ctx);
}

// ---------------------------------------------------------------------------------------
// Labels and segments

/** Words of the time grammar: a label needs at least one word that is not one of these. */
export const TIME_VOCABULARY: ReadonlySet<string> = new Set([
  ...MONTHS.keys(),
  ...NUMBER_WORDS.keys(),
  ...ORDINALS.keys(),
  ...ONGOING_WORDS,
  ...UNITS.keys(),
  ...DOCUMENT_PERIOD_HEADS,
  ...FUZZY_PREFIXES.flatMap(([words]) => words),
  ...RECURRENCES.flatMap(([words]) => words),
  ...[FROM_PREFIXES, ONWARDS_SUFFIXES, INCLUSIVE_DEADLINE_PREFIXES, EXCLUSIVE_DEADLINE_PREFIXES].flat(2),
  'tm',
  'ev',
  'miv',
  'tot',
  'van',
  'to',
  'through',
  'thru',
  'q',
  'kwartaal',
  'quarter',
]);

function isLabel(ts: readonly Token[]): boolean {
  return (
    ts.some((t) => t.kind === 'word' && !TIME_VOCABULARY.has(t.norm)) &&
    !ts.some((t) => t.kind === 'num' || t.kind === 'date' || t.norm === '€' || t.norm === '$')
  );
}

const LABEL_SEPARATOR_BEFORE = /[\s:\-\u2010-\u2015,]+$/u;
const LABEL_SEPARATOR_AFTER = /^[\s:\-\u2010-\u2015,]+/u;

/** One part of a period, with the label the writer put before or after it. */
function readSegment(ts: readonly Token[], ctx: GrammarContext, verify = true): LabelledSegment | undefined {
  const whole = readPlainTime(ts, ctx);
  if (whole) return { value: whole };
  const n = ts.length;
  for (let length = n - 1; length >= 1; length--) {
    for (const position of ['before', 'after'] as const) {
      const core = position === 'before' ? ts.slice(n - length) : ts.slice(0, length);
      const labelTokens = position === 'before' ? ts.slice(0, n - length) : ts.slice(length);
      const raw = ctx.text.slice(labelTokens[0]!.start, labelTokens[labelTokens.length - 1]!.end);
      const label = (position === 'before' ? raw.replace(LABEL_SEPARATOR_BEFORE, '') : raw.replace(LABEL_SEPARATOR_AFTER, '')).trim();
      const filler = FILLER_LABELS.has(normaliseWord(label).replace(/\s+/g, ' '));
      if (label === '' || (!filler && !isLabel(labelTokens))) continue;
      const value = readPlainTime(core, ctx);
      if (!value) continue;
      if (filler) return { value };
      const segment: LabelledSegment = { label, labelPosition: position, value };
      // Only a reading that its canonical form gives back: the label must stay a label.
      if (verify && writeSegment(segment) === undefined) continue;
      return segment;
    }
  }
  return undefined;
}

function splitAt(ts: readonly Token[], norm: string): Token[][] {
  const parts: Token[][] = [[]];
  for (const token of ts) {
    if (token.norm === norm) parts.push([]);
    else parts[parts.length - 1]!.push(token);
  }
  return parts.filter((part) => part.length > 0);
}

/** Segments separated by ";" or line breaks; a part that fails may be labelled parts split by commas. */
function readSegments(ts: readonly Token[], ctx: GrammarContext): LabelledSegment[] | undefined {
  const segments: LabelledSegment[] = [];
  for (const part of splitAt(ts, ';')) {
    const segment = readSegment(part, ctx);
    if (segment) {
      segments.push(segment);
      continue;
    }
    const pieces = splitAt(part, ',');
    if (pieces.length < 2) return undefined;
    const read = pieces.map((piece) => readSegment(piece, ctx));
    if (read.some((s) => s === undefined) || !read.some((s) => s?.label !== undefined)) return undefined;
    segments.push(...(read as LabelledSegment[]));
  }
  return segments.length > 0 ? segments : undefined;
}

// ---------------------------------------------------------------------------------------
// Entry points

/** Tokens without a closing full stop ("2020."), which says nothing about time. */
function trimTokens(ts: Token[]): Token[] {
  let end = ts.length;
  while (end > 0 && (ts[end - 1]!.norm === '.' || ts[end - 1]!.norm === ';')) end--;
  let start = 0;
  while (start < end && ts[start]!.norm === ';') start++;
  return ts.slice(start, end);
}

/** Tokens of a text for the time grammar. */
export function timeTokens(text: string): Token[] | undefined {
  const ts = tokenize(text);
  return ts && trimTokens(ts);
}

/**
 * Reads a time expression: a date, period, deadline, recurrence or labelled segments.
 * Never throws; a failure says why and where. A bare year written as a YAML number may be
 * passed as a number.
 */
export function parseTime(input: string | number): ParseResult<TimeValue> {
  try {
    const text = typeof input === 'number' ? String(input) : typeof input === 'string' ? input : '';
    if (text.trim() === '') return failure('empty', text);
    const ts = timeTokens(text);
    if (!ts) return failure('too-long', text.trim());
    const ctx: GrammarContext = { text };
    if (ts.length === 0) return explainTime(ts, ctx);
    const segments = readSegments(ts, ctx);
    if (!segments) return explainTime(ts, ctx);
    const only = segments.length === 1 ? segments[0] : undefined;
    const value: TimeValue = only && only.label === undefined ? only.value : { type: 'segments', segments };
    return { ok: true, value, normalised: formatTime(value) };
  } catch {
    // The grammar is total; this only guards the promise that parsing never throws.
    return failure('unknown', typeof input === 'string' ? input : String(input));
  }
}

/** Deep equality for plain data (time values). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const keysB = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return (
    keysA.length === keysB.length &&
    keysA.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

/**
 * A labelled segment as text. The label goes beside the expression with a space ("Pilots
 * in 2020", "2020 bekendheid CSG"), or with ": " / " - " where a plain space would let the
 * label's word be read as part of the expression ("Evaluatie van: 2020 t/m 2021").
 */
function writeSegment(segment: LabelledSegment): string | undefined {
  const expression = formatPlainTime(segment.value);
  if (segment.label === undefined) return expression;
  const before = segment.labelPosition !== 'after';
  const forms = before
    ? [`${segment.label} ${expression}`, `${segment.label}: ${expression}`]
    : [`${expression} ${segment.label}`, `${expression} - ${segment.label}`];
  return forms.find((form) => {
    const ts = timeTokens(form);
    const reread = ts ? readSegment(ts, { text: form }, false) : undefined;
    return reread !== undefined && sameValue(reread, segment);
  });
}

function formatSegment(segment: LabelledSegment): string {
  const expression = formatPlainTime(segment.value);
  if (segment.label === undefined) return expression;
  const before = segment.labelPosition !== 'after';
  return writeSegment(segment) ?? (before ? `${segment.label}: ${expression}` : `${expression} - ${segment.label}`);
}

/** The canonical Dutch form of a time value; `parseTime` reads it back to the same value. */
export function formatTime(value: TimeValue): string {
  if (value.type !== 'segments') return formatPlainTime(value);
  return value.segments.map(formatSegment).join('; ');
}

// ---------------------------------------------------------------------------------------
// Why not

/** What a text that is not time looks like, most telling first. */
export function explainTime(ts: readonly Token[], ctx: GrammarContext): ParseFailure {
  const text = ctx.text;
  const whole = text.trim();
  const wholeSpan: [number, number] = [text.indexOf(whole), text.indexOf(whole) + whole.length];
  if (ts.length === 0) return failure('unknown', whole, wholeSpan);

  if (ts.some((t) => t.norm === '€' || t.norm === '$' || t.norm === 'euro' || t.norm === 'eur')) return failure('amount', whole, wholeSpan);

  for (let i = 0; i + 2 < ts.length; i++) {
    if (ts[i]!.text === '24' && ts[i + 1]!.norm === '/' && ts[i + 2]!.text === '7') {
      return failure('round-the-clock', '24/7', [ts[i]!.start, ts[i + 2]!.end]);
    }
  }

  // "18-", "18+", "(18- en 18+)"
  for (let i = 0; i + 1 < ts.length; i++) {
    const [number, sign, after] = [ts[i]!, ts[i + 1]!, ts[i + 2]];
    if (number.kind !== 'num' || number.text.length > 3 || isYear(number)) continue;
    if ((sign.norm === '+' || sign.norm === '-') && !sign.spaced && !(after && !after.spaced && after.kind === 'num')) {
      return failure('age', text.slice(number.start, sign.end), [number.start, sign.end]);
    }
  }

  // "4 tot 18 jaar", "jongeren vanaf 12 jaar", "twee maanden"
  const unitAt = ts.findIndex(
    (t, i) => UNITS.has(t.norm) && i > 0 && (ts[i - 1]!.kind === 'num' || NUMBER_WORDS.has(ts[i - 1]!.norm) || ts[i - 1]!.norm === 'half' || ts[i - 1]!.norm.startsWith('anderhal')),
  );
  if (unitAt >= 0 || ISO_DURATION.test(whole)) {
    const years = unitAt >= 0 && UNITS.get(ts[unitAt]!.norm) === 'year';
    return failure(years ? 'age-or-duration' : 'duration-not-time', whole, wholeSpan);
  }

  // "45 voorlichtingen", "200.000 slachtoffers"
  for (let i = 0; i < ts.length; i++) {
    const token = ts[i]!;
    if (token.kind !== 'num' || isYear(token)) continue;
    let j = i + 1;
    while (ts[j]?.norm === '.' && !ts[j]!.spaced && ts[j + 1]?.kind === 'num' && ts[j + 1]!.text.length === 3 && !ts[j + 1]!.spaced) j += 2;
    const next = ts[j];
    if (j > i + 1 || (next?.kind === 'word' && !TIME_VOCABULARY.has(next.norm) && !ORDINAL_SUFFIXES.has(next.norm))) {
      const end = next?.kind === 'word' ? next.end : ts[j - 1]!.end;
      return failure('count', text.slice(token.start, end), [token.start, end]);
    }
  }

  if (ctx.failure) return ctx.failure;

  // "50-85", "1850": numbers that would have to be years
  const notYear = ts.find(
    (t) =>
      (t.kind === 'num' && !isYear(t) && (t.text.length === 4 || !ts.some(isYear))) ||
      (t.kind === 'date' && t.date !== undefined && (t.date.year < MIN_YEAR || t.date.year > MAX_YEAR)),
  );
  if (notYear) {
    const found = notYear.kind === 'date' ? String(notYear.date!.year) : notYear.text;
    return failure('not-a-year', found, [notYear.start, notYear.end]);
  }

  const unknownWord = ts.find((t) => t.kind === 'word' && !TIME_VOCABULARY.has(t.norm));
  return unknownWord && ts.length > 1 ? failure('unknown', unknownWord.text, [unknownWord.start, unknownWord.end]) : failure('unknown', whole, wholeSpan);
}
