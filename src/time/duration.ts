/**
 * Lengths of time. A month is not a fixed number of days (28 to 31), so an amount keeps
 * calendar months apart from days: years and quarters fold into months (exact: a year is
 * always 12 months), weeks into days (exact: 7). Hours stay hours, so "binnen 24 uur" is not
 * rewritten as "een dag". Comparisons between months and days are made honestly, as bounds
 * over every possible start date (see {@link compareAmounts}).
 */
import { addDays, addMonths, type CalendarDate } from './calendar.js';

/** An exact calendar quantity; every field a non-negative integer. */
export interface DurationAmount {
  /** Calendar months, years and quarters included (anderhalf jaar = 18). */
  readonly months: number;
  /** Days, weeks included (twee weken = 14). */
  readonly days: number;
  readonly hours: number;
}

/**
 * Where a duration is counted from when the writer says so: "de eerste drie maanden van het
 * project" is the window from the start of the project (`of` keeps "het project" verbatim).
 */
export interface DurationAnchor {
  readonly at: 'start';
  readonly of?: string;
}

/**
 * How long something takes, as a range: "twee maanden" is min = max = 2 months; "zes
 * maanden tot een jaar" is 6..12 months; "binnen 1 week" and "maximaal 3 maanden" have a
 * zero minimum; "minimaal 3 maanden" has no maximum (`max` absent: unbounded). Wording that
 * does not change the range ("na 2 tot 3 jaar", "gedurende twee maanden") is not kept here:
 * the writer's text is kept beside the value.
 */
export interface Duration {
  readonly type: 'duration';
  readonly min: DurationAmount;
  readonly max?: DurationAmount;
  readonly anchor?: DurationAnchor;
}

export const ZERO: DurationAmount = { months: 0, days: 0, hours: 0 };

/** Builds an amount from the units people write. Fractions must come out whole. */
export function amountOf(parts: {
  years?: number;
  quarters?: number;
  months?: number;
  weeks?: number;
  days?: number;
  hours?: number;
}): DurationAmount {
  return {
    months: (parts.years ?? 0) * 12 + (parts.quarters ?? 0) * 3 + (parts.months ?? 0),
    days: (parts.weeks ?? 0) * 7 + (parts.days ?? 0),
    hours: parts.hours ?? 0,
  };
}

export function isZeroAmount(a: DurationAmount): boolean {
  return a.months === 0 && a.days === 0 && a.hours === 0;
}

export function amountsEqual(a: DurationAmount, b: DurationAmount): boolean {
  return a.months === b.months && a.days === b.days && a.hours === b.hours;
}

export function addAmounts(a: DurationAmount, b: DurationAmount): DurationAmount {
  return { months: a.months + b.months, days: a.days + b.days, hours: a.hours + b.hours };
}

/**
 * The date an amount after `date`: first the months in one step (clamped to the month's
 * last day, see `addMonths`), then the days, then the hours rounded up to whole days (the
 * model has no time of day: "binnen 36 uur" from 1 mei lands on 3 mei).
 */
export function addAmount(date: CalendarDate, amount: DurationAmount): CalendarDate {
  return addDays(addMonths(date, amount.months), amount.days + Math.ceil(amount.hours / 24));
}

/**
 * The last day (inclusive) of something that starts on `start` and lasts `amount`: two
 * months from 1 januari 2020 run to 29 februari 2020; from 31 januari 2021 to 30 maart 2021.
 * For a zero amount this is the day before `start`.
 */
export function inclusiveEnd(start: CalendarDate, amount: DurationAmount): CalendarDate {
  return addDays(addAmount(start, amount), -1);
}

/** A closed range of day counts. */
export interface DayRange {
  readonly min: number;
  readonly max: number;
}

/** Days in a Gregorian 400-year cycle: the calendar repeats after 4800 months. */
const CYCLE_DAYS = 146097;
const CYCLE_MONTHS = 4800;
let monthStarts: Int32Array | undefined;
const spanCache = new Map<number, DayRange>();

/** Days from the start of the cycle to the start of each month, over two cycles. */
function monthStartTable(): Int32Array {
  if (monthStarts) return monthStarts;
  const table = new Int32Array(2 * CYCLE_MONTHS + 1);
  let days = 0;
  for (let i = 0; i < 2 * CYCLE_MONTHS; i++) {
    table[i] = days;
    const year = 2000 + Math.floor(i / 12);
    const month = (i % 12) + 1;
    days += month === 2 ? ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  }
  table[2 * CYCLE_MONTHS] = days;
  monthStarts = table;
  return table;
}

/**
 * How many days `months` calendar months can take, over every start month of the
 * 400-year cycle: 1 month is 28–31 days, 2 months 59–62, 12 months 365–366. The clamping of
 * `addMonths` stays inside these bounds (from a 31st it lands on the next month's last day,
 * which is the same as counting whole months from the next month).
 */
export function monthSpanDays(months: number): DayRange {
  if (!Number.isInteger(months) || months < 0) throw new RangeError(`months must be a non-negative integer, not ${months}`);
  const cached = spanCache.get(months);
  if (cached) return cached;
  const table = monthStartTable();
  const cycles = Math.floor(months / CYCLE_MONTHS);
  const rest = months - cycles * CYCLE_MONTHS;
  let min = Infinity;
  let max = -Infinity;
  for (let start = 0; start < CYCLE_MONTHS; start++) {
    const days = (table[start + rest] ?? 0) - (table[start] ?? 0);
    if (days < min) min = days;
    if (days > max) max = days;
  }
  const range = { min: min + cycles * CYCLE_DAYS, max: max + cycles * CYCLE_DAYS };
  spanCache.set(months, range);
  return range;
}

/** How many days an amount can take (hours as fractions of a day), over every start date. */
export function amountDays(amount: DurationAmount): DayRange {
  const months = monthSpanDays(amount.months);
  const rest = amount.days + amount.hours / 24;
  return { min: months.min + rest, max: months.max + rest };
}

/**
 * Bounds on `length(a) − length(b)` in days when both start on the same date, over every
 * start date. Equal month counts cancel exactly; otherwise the difference is the span of
 * the surplus months.
 */
export function differenceDays(a: DurationAmount, b: DurationAmount): DayRange {
  const rest = a.days - b.days + (a.hours - b.hours) / 24;
  const surplus = a.months - b.months;
  if (surplus === 0) return { min: rest, max: rest };
  const span = monthSpanDays(Math.abs(surplus));
  return surplus > 0 ? { min: span.min + rest, max: span.max + rest } : { min: rest - span.max, max: rest - span.min };
}

/**
 * Compares two amounts started on the same day: −1 when `a` is shorter from every start
 * date, 1 when longer, 0 when always equally long (24 uur = een dag, twee weken = 14 dagen).
 * Undefined when it depends on the start date: "een maand" against "30 dagen" (February
 * is shorter, March longer), and also "4 weken" against "een maand" (equal in a
 * non-leap February, shorter otherwise).
 */
export function compareAmounts(a: DurationAmount, b: DurationAmount): -1 | 0 | 1 | undefined {
  const diff = differenceDays(a, b);
  if (diff.min > 0) return 1;
  if (diff.max < 0) return -1;
  if (diff.min === 0 && diff.max === 0) return 0;
  return undefined;
}

/** Whether `a` is never longer than `b`, whatever the start date. */
export function isAtMost(a: DurationAmount, b: DurationAmount): boolean {
  return differenceDays(a, b).max <= 0;
}
