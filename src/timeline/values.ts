import type { Message } from '../core/i18n.js';
import type { CalendarDate } from '../time/calendar.js';
import { compareDates, toEpochDay } from '../time/calendar.js';
import type { Duration } from '../time/duration.js';
import { amountDays } from '../time/duration.js';
import { parseDuration, parseTime } from '../time/index.js';
import type { Interval, ParseResult, TimeValue } from '../time/types.js';
import { intervalsOf } from '../time/types.js';

export { intervalsOf };
import type { TimeSite } from './sites.js';

/**
 * A site's parse result, kept on the site itself (which `timeSites` gives once per document) and
 * shared by the timeline rules; not in a WeakMap, whose values V8's young-generation collector
 * keeps alive (see core/memo.ts).
 */
const PARSED = Symbol('parsed');

export function parseSite(site: TimeSite): ParseResult<TimeValue> | ParseResult<Duration> {
  const known = (site as { [PARSED]?: ParseResult<TimeValue> | ParseResult<Duration> })[PARSED];
  if (known) return known;
  const result = site.role === 'duration' ? parseDuration(site.text) : parseTime(site.text);
  if (Object.isExtensible(site)) Object.defineProperty(site, PARSED, { value: result });
  return result;
}

/** The days a site's time covers: its earliest start and latest end (either open). */
export function spanOf(site: TimeSite): { start?: CalendarDate; end?: CalendarDate; kinds: Set<Interval['kind']> } | undefined {
  if (site.role === 'duration') return undefined;
  const result = parseSite(site) as ParseResult<TimeValue>;
  if (!result.ok) return undefined;
  const intervals = intervalsOf(result.value);
  if (intervals.length === 0) return undefined;
  let start: CalendarDate | undefined = intervals[0]!.start;
  let end: CalendarDate | undefined = intervals[0]!.end;
  for (const interval of intervals.slice(1)) {
    start = start && interval.start ? (compareDates(interval.start, start) < 0 ? interval.start : start) : undefined;
    end = end && interval.end ? (compareDates(interval.end, end) > 0 ? interval.end : end) : undefined;
  }
  return { ...(start ? { start } : {}), ...(end ? { end } : {}), kinds: new Set(intervals.map((i) => i.kind)) };
}

/** The shortest and longest a duration can take, in days; `max` absent when unbounded. */
export function durationDays(duration: Duration): { min: number; max?: number } {
  const min = amountDays(duration.min).min;
  return duration.max ? { min, max: amountDays(duration.max).max } : { min };
}

export function lengthInDays(start: CalendarDate, end: CalendarDate): number {
  return toEpochDay(end) - toEpochDay(start) + 1;
}

const MONTHS = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
} as const;

/** A day as messages say it, in each language: "12 maart 2025", "12 March 2025". */
export function spokenDate(date: CalendarDate): Message {
  return { nl: `${date.day} ${MONTHS.nl[date.month - 1]} ${date.year}`, en: `${date.day} ${MONTHS.en[date.month - 1]} ${date.year}` };
}
