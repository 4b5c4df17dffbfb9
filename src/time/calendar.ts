/**
 * Calendar arithmetic on plain dates: no clock, no time zone, no `Date`. A day is a
 * `{year, month, day}` record in the proleptic Gregorian calendar, and every computation is
 * integer arithmetic on it, so results never depend on the machine's TZ.
 */

/** How exactly a point in time was written: "2020", "Q1 2024", "mei 2020", "20 mei 2021". */
export type Precision = 'year' | 'quarter' | 'month' | 'day';

/** Vague parts of a year or month: "begin", "medio", "eind" (early, mid, late). */
export type Fuzzy = 'early' | 'mid' | 'late';

/** One calendar day. `month` is 1–12, `day` 1–31 and valid for the month. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * A point in time as the writer pinned it: a whole year, quarter, month or day. It covers
 * every day from {@link firstDay} to {@link lastDay}. A fuzzy point ("medio 2019", "eind mei
 * 2020") covers one third of its year or month; only years and months can be fuzzy.
 */
export type CalendarPoint =
  | { readonly precision: 'year'; readonly year: number; readonly fuzzy?: Fuzzy }
  | { readonly precision: 'quarter'; readonly year: number; readonly quarter: number }
  | { readonly precision: 'month'; readonly year: number; readonly month: number; readonly fuzzy?: Fuzzy }
  | { readonly precision: 'day'; readonly year: number; readonly month: number; readonly day: number };

/** Precisions from coarse to fine. */
export const PRECISIONS: readonly Precision[] = ['year', 'quarter', 'month', 'day'];

/** Years a time expression may name; other numbers are ages, counts or amounts. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/**
 * Days since 1970-01-01 (negative before). Howard Hinnant's `days_from_civil`: exact for
 * every Gregorian date, no floating point, no `Date`.
 */
export function toEpochDay(date: CalendarDate): number {
  const y = date.year - (date.month <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (date.month + (date.month > 2 ? -3 : 9)) + 2) / 5) + date.day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The inverse of {@link toEpochDay}. */
export function fromEpochDay(epochDay: number): CalendarDate {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return days === 0 ? date : fromEpochDay(toEpochDay(date) + days);
}

/**
 * Moves a date by whole calendar months. When the day does not exist in the target month
 * it is clamped to that month's last day: 31 januari + 1 maand = 28 februari (29 in a leap
 * year), 31 maart − 1 maand = 28/29 februari, 31 mei + 1 maand = 30 juni. So adding one
 * month and then another need not equal adding two (31 jan → 28 feb → 28 mrt, against
 * 31 jan → 31 mrt); {@link addAmount} always adds the months in one step.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  if (months === 0) return date;
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** `b − a` in days. */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return toEpochDay(b) - toEpochDay(a);
}

export function compareDates(a: CalendarDate, b: CalendarDate): -1 | 0 | 1 {
  const d = a.year - b.year || a.month - b.month || a.day - b.day;
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

export function minDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return compareDates(a, b) <= 0 ? a : b;
}

export function maxDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return compareDates(a, b) >= 0 ? a : b;
}

/** `2021-05-20`. */
export function formatIsoDate(date: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** Reads `YYYY-MM-DD` (e.g. a `--today` option); undefined when it is not a real date. */
export function parseIsoDate(text: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidDate(year, month, day) ? { year, month, day } : undefined;
}

/**
 * The days a fuzzy point covers, as [first, last] day-of-period offsets. A year is split
 * into thirds of four months (begin = januari–april, medio = mei–augustus, eind =
 * september–december); a month into days 1–10, 11–20 and 21 to its end.
 */
function fuzzyWindow(point: CalendarPoint & { fuzzy?: Fuzzy }): { first: CalendarDate; last: CalendarDate } | undefined {
  if (!('fuzzy' in point) || point.fuzzy === undefined) return undefined;
  const third = point.fuzzy === 'early' ? 0 : point.fuzzy === 'mid' ? 1 : 2;
  if (point.precision === 'year') {
    const firstMonth = third * 4 + 1;
    const lastMonth = firstMonth + 3;
    return {
      first: { year: point.year, month: firstMonth, day: 1 },
      last: { year: point.year, month: lastMonth, day: daysInMonth(point.year, lastMonth) },
    };
  }
  if (point.precision === 'month') {
    const lastDayOfMonth = daysInMonth(point.year, point.month);
    return {
      first: { year: point.year, month: point.month, day: third * 10 + 1 },
      last: { year: point.year, month: point.month, day: third === 2 ? lastDayOfMonth : third * 10 + 10 },
    };
  }
  return undefined;
}

/** The first day a point covers. */
export function firstDay(point: CalendarPoint): CalendarDate {
  const window = fuzzyWindow(point);
  if (window) return window.first;
  switch (point.precision) {
    case 'year':
      return { year: point.year, month: 1, day: 1 };
    case 'quarter':
      return { year: point.year, month: point.quarter * 3 - 2, day: 1 };
    case 'month':
      return { year: point.year, month: point.month, day: 1 };
    case 'day':
      return { year: point.year, month: point.month, day: point.day };
  }
}

/** The last day a point covers (inclusive). */
export function lastDay(point: CalendarPoint): CalendarDate {
  const window = fuzzyWindow(point);
  if (window) return window.last;
  switch (point.precision) {
    case 'year':
      return { year: point.year, month: 12, day: 31 };
    case 'quarter': {
      const month = point.quarter * 3;
      return { year: point.year, month, day: daysInMonth(point.year, month) };
    }
    case 'month':
      return { year: point.year, month: point.month, day: daysInMonth(point.year, point.month) };
    case 'day':
      return { year: point.year, month: point.month, day: point.day };
  }
}

/**
 * The point just before another at the same precision: 2021 → 2020, Q1 2024 → Q4 2023,
 * januari 2020 → december 2019, 1 maart 2020 → 29 februari 2020. This is how an exclusive
 * end ("2019 tot 2021", "voor 2022") becomes an inclusive one. Fuzzy points have no
 * predecessor (what comes just before "medio 2019"?): undefined.
 */
export function previousPoint(point: CalendarPoint): CalendarPoint | undefined {
  switch (point.precision) {
    case 'year':
      return point.fuzzy ? undefined : { precision: 'year', year: point.year - 1 };
    case 'quarter':
      return point.quarter === 1
        ? { precision: 'quarter', year: point.year - 1, quarter: 4 }
        : { precision: 'quarter', year: point.year, quarter: point.quarter - 1 };
    case 'month':
      if (point.fuzzy) return undefined;
      return point.month === 1
        ? { precision: 'month', year: point.year - 1, month: 12 }
        : { precision: 'month', year: point.year, month: point.month - 1 };
    case 'day': {
      const day = addDays(point, -1);
      return { precision: 'day', year: day.year, month: day.month, day: day.day };
    }
  }
}

export function isFuzzyPoint(point: CalendarPoint): boolean {
  return (point.precision === 'year' || point.precision === 'month') && point.fuzzy !== undefined;
}

export function pointsEqual(a: CalendarPoint, b: CalendarPoint): boolean {
  if (a.precision !== b.precision || a.year !== b.year) return false;
  switch (a.precision) {
    case 'year':
      return a.fuzzy === (b as typeof a).fuzzy;
    case 'quarter':
      return a.quarter === (b as typeof a).quarter;
    case 'month':
      return a.month === (b as typeof a).month && a.fuzzy === (b as typeof a).fuzzy;
    case 'day':
      return a.month === (b as typeof a).month && a.day === (b as typeof a).day;
  }
}

/** The coarser of two precisions ("1 januari 2019 t/m 2020" is only as exact as "2020"). */
export function coarserPrecision(a: Precision, b: Precision): Precision {
  return PRECISIONS.indexOf(a) <= PRECISIONS.indexOf(b) ? a : b;
}
