import { addDays, type CalendarDate } from '../time/calendar.js';

/**
 * Today's date in the Netherlands (Europe/Amsterdam) at a moment, whatever the machine's time
 * zone. The Dutch clock runs one or two hours ahead of UTC (winter and summer time), so before
 * 22:00 UTC the date is UTC's and from 23:00 UTC it is the next day; only in the hour between
 * does it depend on summer time, and only then is the time zone database asked: its first use
 * costs a command 60 to 300 ms of loading.
 */
export function dutchDate(now: Date): CalendarDate {
  const hour = now.getUTCHours();
  if (hour === 22) return zonedDate(now, 'Europe/Amsterdam');
  const utc = { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, day: now.getUTCDate() };
  return hour < 22 ? utc : addDays(utc, 1);
}

/** The date at a moment in a time zone, as the time zone database has it. */
export function zonedDate(now: Date, timeZone: string): CalendarDate {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}
