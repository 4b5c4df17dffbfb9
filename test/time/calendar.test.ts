import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysInMonth,
  firstDay,
  formatIsoDate,
  fromEpochDay,
  isLeapYear,
  lastDay,
  parseIsoDate,
  previousPoint,
  toEpochDay,
  type CalendarPoint,
} from '../../src/time/index.js';

const iso = (text: string) => {
  const date = parseIsoDate(text);
  if (!date) throw new Error(`bad date ${text}`);
  return date;
};

describe('calendar days', () => {
  it('counts days like UTC does, for any date 1900–2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 11, 31) }), (ms) => {
        const day = Math.floor(ms / 86_400_000);
        const date = new Date(day * 86_400_000);
        const calendar = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
        expect(toEpochDay(calendar)).toBe(day);
        expect(fromEpochDay(day)).toEqual(calendar);
      }),
    );
  });

  it.each([
    [1900, false],
    [2000, true],
    [2019, false],
    [2020, true],
    [2100, false],
  ])('%i is a leap year: %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
    expect(daysInMonth(year, 2)).toBe(leap ? 29 : 28);
  });

  it.each([
    ['2020-02-28', 1, '2020-02-29'],
    ['2021-02-28', 1, '2021-03-01'],
    ['2100-02-28', 1, '2100-03-01'],
    ['2000-02-28', 1, '2000-02-29'],
    ['2020-12-31', 1, '2021-01-01'],
    ['2021-01-01', -1, '2020-12-31'],
    ['2020-01-01', 366, '2021-01-01'],
  ] as const)('%s + %i days = %s', (start, days, expected) => {
    expect(formatIsoDate(addDays(iso(start), days))).toBe(expected);
  });

  it('reads only real ISO dates', () => {
    expect(parseIsoDate('2021-05-20')).toEqual({ year: 2021, month: 5, day: 20 });
    expect(parseIsoDate('2021-02-29')).toBeUndefined();
    expect(parseIsoDate('20-05-2021')).toBeUndefined();
  });
});

describe('calendar points', () => {
  const cases: [CalendarPoint, string, string][] = [
    [{ precision: 'year', year: 2020 }, '2020-01-01', '2020-12-31'],
    [{ precision: 'quarter', year: 2024, quarter: 1 }, '2024-01-01', '2024-03-31'],
    [{ precision: 'quarter', year: 2024, quarter: 2 }, '2024-04-01', '2024-06-30'],
    [{ precision: 'quarter', year: 2024, quarter: 3 }, '2024-07-01', '2024-09-30'],
    [{ precision: 'quarter', year: 2024, quarter: 4 }, '2024-10-01', '2024-12-31'],
    [{ precision: 'month', year: 2020, month: 2 }, '2020-02-01', '2020-02-29'],
    [{ precision: 'month', year: 2021, month: 2 }, '2021-02-01', '2021-02-28'],
    [{ precision: 'day', year: 2021, month: 5, day: 20 }, '2021-05-20', '2021-05-20'],
    [{ precision: 'year', year: 2019, fuzzy: 'early' }, '2019-01-01', '2019-04-30'],
    [{ precision: 'year', year: 2019, fuzzy: 'mid' }, '2019-05-01', '2019-08-31'],
    [{ precision: 'year', year: 2019, fuzzy: 'late' }, '2019-09-01', '2019-12-31'],
    [{ precision: 'month', year: 2020, month: 2, fuzzy: 'early' }, '2020-02-01', '2020-02-10'],
    [{ precision: 'month', year: 2020, month: 2, fuzzy: 'mid' }, '2020-02-11', '2020-02-20'],
    [{ precision: 'month', year: 2020, month: 2, fuzzy: 'late' }, '2020-02-21', '2020-02-29'],
  ];
  it.each(cases)('%j covers %s … %s', (point, first, last) => {
    expect(formatIsoDate(firstDay(point))).toBe(first);
    expect(formatIsoDate(lastDay(point))).toBe(last);
  });

  it('steps back one point at the same precision, across year boundaries', () => {
    expect(previousPoint({ precision: 'year', year: 2021 })).toEqual({ precision: 'year', year: 2020 });
    expect(previousPoint({ precision: 'quarter', year: 2024, quarter: 1 })).toEqual({ precision: 'quarter', year: 2023, quarter: 4 });
    expect(previousPoint({ precision: 'month', year: 2020, month: 1 })).toEqual({ precision: 'month', year: 2019, month: 12 });
    expect(previousPoint({ precision: 'day', year: 2020, month: 3, day: 1 })).toEqual({ precision: 'day', year: 2020, month: 2, day: 29 });
    expect(previousPoint({ precision: 'day', year: 2021, month: 1, day: 1 })).toEqual({ precision: 'day', year: 2020, month: 12, day: 31 });
    expect(previousPoint({ precision: 'year', year: 2019, fuzzy: 'mid' })).toBeUndefined();
  });
});

describe('the time model is pure', () => {
  const dir = new URL('../../src/time/', import.meta.url);
  it.each(readdirSync(dir).filter((f) => f.endsWith('.ts')))('%s uses no clock, zone, process, I/O or terminal', (file) => {
    const source = readFileSync(new URL(file, dir), 'utf8');
    expect(source).not.toMatch(/\bnew Date\b|\bDate\.(now|parse|UTC)\b|\bprocess\.|Intl\./);
    expect(source).not.toMatch(/from ['"](node:|fs|path|chalk|commander)/);
  });
});
