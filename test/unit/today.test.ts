import { describe, expect, it } from 'vitest';
import { dutchDate, zonedDate } from '../../src/cli/today.js';
import { formatIsoDate } from '../../src/time/index.js';

describe('today in the Netherlands', () => {
  it('is the time zone database’s date at every hour of 2024 to 2027, and at every minute around the changes of clock', () => {
    const database = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });
    const moments: number[] = [];
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2028, 0, 1); t += 3_600_000) moments.push(t);
    // The evenings before and after the clocks change in 2026 (29 March, 25 October), and a day of each season.
    for (const day of [Date.UTC(2026, 0, 15), Date.UTC(2026, 6, 15), Date.UTC(2026, 2, 28), Date.UTC(2026, 2, 29), Date.UTC(2026, 9, 24), Date.UTC(2026, 9, 25)]) {
      for (let minute = 21 * 60; minute < 24 * 60; minute += 1) moments.push(day + minute * 60_000, day + minute * 60_000 + 59_999);
    }
    const wrong = moments.filter((t) => formatIsoDate(dutchDate(new Date(t))) !== database.format(new Date(t)));
    expect(wrong.map((t) => new Date(t).toISOString())).toEqual([]);
    expect(moments.length).toBeGreaterThan(35_000);
  });

  it('is the next day from 22:00 UTC in summer and from 23:00 UTC in winter', () => {
    expect(formatIsoDate(dutchDate(new Date('2026-07-15T21:59:59Z')))).toBe('2026-07-15');
    expect(formatIsoDate(dutchDate(new Date('2026-07-15T22:00:00Z')))).toBe('2026-07-16');
    expect(formatIsoDate(dutchDate(new Date('2026-01-15T22:59:59Z')))).toBe('2026-01-15');
    expect(formatIsoDate(dutchDate(new Date('2026-01-15T23:00:00Z')))).toBe('2026-01-16');
    expect(formatIsoDate(dutchDate(new Date('2026-12-31T23:30:00Z')))).toBe('2027-01-01');
  });

  it('asks the time zone database for the date in another zone', () => {
    expect(formatIsoDate(zonedDate(new Date('2026-07-15T23:30:00Z'), 'America/New_York'))).toBe('2026-07-15');
    expect(formatIsoDate(zonedDate(new Date('2026-07-15T23:30:00Z'), 'Asia/Tokyo'))).toBe('2026-07-16');
  });
});
