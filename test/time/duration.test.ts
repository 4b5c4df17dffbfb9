import { describe, expect, it } from 'vitest';
import {
  addAmount,
  addMonths,
  amountDays,
  amountOf,
  compareAmounts,
  daysBetween,
  differenceDays,
  formatDuration,
  formatIsoDate,
  fromEpochDay,
  inclusiveEnd,
  isAtMost,
  monthSpanDays,
  parseDuration,
  toEpochDay,
  type Duration,
  type DurationAmount,
} from '../../src/time/index.js';

const m = (months: number): DurationAmount => amountOf({ months });
const d = (days: number): DurationAmount => amountOf({ days });
const h = (hours: number): DurationAmount => amountOf({ hours });

/** input → normalised, min, max (undefined: no maximum) */
const DURATIONS: readonly (readonly [string, string, DurationAmount, DurationAmount | undefined])[] = [
  ['twee maanden', 'twee maanden', m(2), m(2)],
  ['Twee maanden', 'twee maanden', m(2), m(2)],
  ['Zes maanden tot een jaar', 'zes maanden tot een jaar', m(6), m(12)],
  ['Drie maanden', 'drie maanden', m(3), m(3)],
  ['binnen 1 week', 'maximaal een week', d(0), d(7)],
  ['binnen 4 weken', 'maximaal vier weken', d(0), d(28)],
  ['maximaal 3 maanden', 'maximaal drie maanden', m(0), m(3)],
  ['na 2 tot 3 jaar', 'twee tot drie jaar', m(24), m(36)],
  ['binnen 24 uur', 'maximaal 24 uur', h(0), h(24)],
  ['binnen 2 jaar', 'maximaal twee jaar', m(0), m(24)],
  ['3 maanden tot een jaar', 'drie maanden tot een jaar', m(3), m(12)],
  ['P2M', 'twee maanden', m(2), m(2)],
  ['P1Y6M', 'anderhalf jaar', m(18), m(18)],
  ['P2W', 'twee weken', d(14), d(14)],
  ['PT24H', '24 uur', h(24), h(24)],
  ['P1DT12H', 'een dag en twaalf uur', amountOf({ days: 1, hours: 12 }), amountOf({ days: 1, hours: 12 })],
  ['P1Y2M10D', 'een jaar, twee maanden en tien dagen', amountOf({ months: 14, days: 10 }), amountOf({ months: 14, days: 10 })],
  ['anderhalf jaar', 'anderhalf jaar', m(18), m(18)],
  ['half jaar', 'zes maanden', m(6), m(6)],
  ['een half jaar', 'zes maanden', m(6), m(6)],
  ['halfjaar', 'zes maanden', m(6), m(6)],
  ['1,5 jaar', 'anderhalf jaar', m(18), m(18)],
  ['anderhalve week', 'tien dagen en twaalf uur', amountOf({ days: 10, hours: 12 }), amountOf({ days: 10, hours: 12 })],
  ['een jaar en zes maanden', 'anderhalf jaar', m(18), m(18)],
  ['twee jaar en zes maanden', 'twee jaar en zes maanden', m(30), m(30)],
  ['een kwartaal', 'drie maanden', m(3), m(3)],
  ['twee kwartalen', 'zes maanden', m(6), m(6)],
  ['14 dagen', 'twee weken', d(14), d(14)],
  ['10 dagen', 'tien dagen', d(10), d(10)],
  ['één jaar', 'een jaar', m(12), m(12)],
  ['twaalf maanden', 'een jaar', m(12), m(12)],
  ['elf maanden', 'elf maanden', m(11), m(11)],
  ['13 maanden', 'een jaar en een maand', m(13), m(13)],
  ['twee à drie maanden', 'twee tot drie maanden', m(2), m(3)],
  ['2-3 jaar', 'twee tot drie jaar', m(24), m(36)],
  ['tussen 2 en 3 jaar', 'twee tot drie jaar', m(24), m(36)],
  ['van zes maanden tot een jaar', 'zes maanden tot een jaar', m(6), m(12)],
  ['1 tot 2 weken', 'een tot twee weken', d(7), d(14)],
  ['2 weken tot 3 maanden', 'twee weken tot drie maanden', d(14), m(3)],
  ['minimaal een jaar', 'minimaal een jaar', m(12), undefined],
  ['ten minste 3 maanden', 'minimaal drie maanden', m(3), undefined],
  ['gedurende twee maanden', 'twee maanden', m(2), m(2)],
  ['0 dagen', '0 dagen', d(0), d(0)],
  // English
  ['six months to a year', 'zes maanden tot een jaar', m(6), m(12)],
  ['within 1 week', 'maximaal een week', d(0), d(7)],
  ['at least two years', 'minimaal twee jaar', m(24), undefined],
  ['twelve months', 'een jaar', m(12), m(12)],
];

describe('parseDuration', () => {
  it.each(DURATIONS)('%j → %s', (input, normalised, min, max) => {
    const result = parseDuration(input);
    expect(result.ok, result.ok ? '' : result.reason).toBe(true);
    if (!result.ok) return;
    expect(result.normalised).toBe(normalised);
    expect(result.value.min).toEqual(min);
    expect(result.value.max).toEqual(max);
    const again = parseDuration(result.normalised);
    expect(again.ok && again.value).toEqual(result.value);
  });

  it('anchors "de eerste drie maanden van het project" at the start', () => {
    const result = parseDuration('de eerste drie maanden van het project');
    expect(result.ok && result.value).toEqual({
      type: 'duration',
      min: m(0),
      max: m(3),
      anchor: { at: 'start', of: 'het project' },
    } satisfies Duration);
    expect(result.ok && result.normalised).toBe('de eerste drie maanden van het project');
    const first = parseDuration('het eerste jaar');
    expect(first.ok && first.value).toEqual({ type: 'duration', min: m(0), max: m(12), anchor: { at: 'start' } });
    expect(first.ok && first.normalised).toBe('het eerste jaar');
  });

  it('reads every spelled-out number een … twaalf and one … twelve', () => {
    const dutch = ['een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf'];
    const english = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
    dutch.forEach((word, i) => {
      const result = parseDuration(`${word} weken`);
      expect(result.ok && result.value.min).toEqual(d(7 * (i + 1)));
    });
    english.forEach((word, i) => {
      const result = parseDuration(`${word} days`);
      expect(result.ok && result.value.max).toEqual(d(i + 1));
    });
  });
});

describe('month arithmetic', () => {
  it.each([
    ['2021-01-31', 1, '2021-02-28'],
    ['2020-01-31', 1, '2020-02-29'],
    ['2021-01-30', 1, '2021-02-28'],
    ['2021-01-28', 1, '2021-02-28'],
    ['2021-03-31', 1, '2021-04-30'],
    ['2021-05-31', 1, '2021-06-30'],
    ['2021-03-31', -1, '2021-02-28'],
    ['2020-03-31', -1, '2020-02-29'],
    ['2020-12-31', 1, '2021-01-31'],
    ['2020-11-30', 3, '2021-02-28'],
    ['2021-01-15', -1, '2020-12-15'],
    ['2021-01-31', 13, '2022-02-28'],
    ['2020-02-29', 12, '2021-02-28'],
    ['2020-02-29', 48, '2024-02-29'],
    ['2099-12-31', 2, '2100-02-28'],
    ['2000-01-31', 1, '2000-02-29'],
    ['2021-08-31', 0, '2021-08-31'],
  ] as const)('%s + %i months = %s (the day clamps to the month)', (start, months, expected) => {
    const [year, month, day] = start.split('-').map(Number) as [number, number, number];
    expect(formatIsoDate(addMonths({ year, month, day }, months))).toBe(expected);
  });

  it('adds months in one step: two months from 31 januari is 31 maart, month by month it is 28 maart', () => {
    const jan31 = { year: 2021, month: 1, day: 31 };
    expect(formatIsoDate(addAmount(jan31, m(2)))).toBe('2021-03-31');
    expect(formatIsoDate(addMonths(addMonths(jan31, 1), 1))).toBe('2021-03-28');
  });

  it('adds months before days, and rounds hours up to whole days', () => {
    const jan31 = { year: 2021, month: 1, day: 31 };
    expect(formatIsoDate(addAmount(jan31, amountOf({ months: 1, days: 1 })))).toBe('2021-03-01');
    expect(formatIsoDate(addAmount({ year: 2021, month: 5, day: 1 }, h(36)))).toBe('2021-05-03');
    expect(formatIsoDate(addAmount({ year: 2021, month: 5, day: 1 }, h(24)))).toBe('2021-05-02');
    expect(formatIsoDate(addAmount({ year: 2020, month: 12, day: 25 }, d(14)))).toBe('2021-01-08');
  });

  it('gives the inclusive last day of a span', () => {
    expect(formatIsoDate(inclusiveEnd({ year: 2020, month: 1, day: 1 }, m(2)))).toBe('2020-02-29');
    expect(formatIsoDate(inclusiveEnd({ year: 2021, month: 1, day: 1 }, m(12)))).toBe('2021-12-31');
    expect(formatIsoDate(inclusiveEnd({ year: 2017, month: 3, day: 1 }, m(12)))).toBe('2018-02-28');
    expect(formatIsoDate(inclusiveEnd({ year: 2021, month: 1, day: 31 }, m(2)))).toBe('2021-03-30');
  });
});

describe('comparing durations: a month is 28 to 31 days', () => {
  it.each([
    [0, 0, 0],
    [1, 28, 31],
    [2, 59, 62],
    [3, 89, 92],
    [6, 181, 184],
    [12, 365, 366],
    [24, 730, 731],
    [48, 1460, 1461],
    [4800, 146097, 146097],
  ])('%i months are %i to %i days', (months, min, max) => {
    expect(monthSpanDays(months)).toEqual({ min, max });
  });

  it('bounds every real span, including from a 31st and across 2100 (no leap day)', () => {
    const first = toEpochDay({ year: 2095, month: 12, day: 1 });
    const last = toEpochDay({ year: 2104, month: 3, day: 31 });
    for (const months of [1, 2, 3, 5, 11, 12, 13, 25]) {
      const bounds = monthSpanDays(months);
      for (let day = first; day <= last; day++) {
        const start = fromEpochDay(day);
        const length = daysBetween(start, addMonths(start, months));
        expect(length).toBeGreaterThanOrEqual(bounds.min);
        expect(length).toBeLessThanOrEqual(bounds.max);
      }
    }
  });

  it('bounds the difference of two amounts started on the same day', () => {
    const pairs: [DurationAmount, DurationAmount][] = [
      [m(2), m(1)],
      [m(1), d(30)],
      [m(13), amountOf({ months: 1, days: 3 })],
      [d(28), m(1)],
      [m(3), amountOf({ weeks: 13 })],
    ];
    const first = toEpochDay({ year: 2099, month: 1, day: 1 });
    for (const [a, b] of pairs) {
      const bounds = differenceDays(a, b);
      for (let day = first; day < first + 3 * 366; day++) {
        const start = fromEpochDay(day);
        const diff = daysBetween(start, addAmount(start, a)) - daysBetween(start, addAmount(start, b));
        expect(diff).toBeGreaterThanOrEqual(bounds.min);
        expect(diff).toBeLessThanOrEqual(bounds.max);
      }
    }
  });

  it.each([
    ['24 uur', 'een dag', 0],
    ['twee weken', '14 dagen', 0],
    ['een jaar', 'twaalf maanden', 0],
    ['zes maanden', 'een jaar', -1],
    ['5 weken', 'een maand', 1],
    ['een jaar', '367 dagen', -1],
    ['een maand', '30 dagen', undefined],
    ['4 weken', 'een maand', undefined],
    ['een jaar', '365 dagen', undefined],
    ['drie maanden', '13 weken', undefined],
  ] as const)('%s against %s: %s', (a, b, expected) => {
    const [x, y] = [parseDuration(a), parseDuration(b)];
    if (!x.ok || !y.ok) throw new Error('did not parse');
    expect(compareAmounts(x.value.min, y.value.min)).toBe(expected);
  });

  it('knows what is never longer', () => {
    expect(isAtMost(amountOf({ weeks: 4 }), m(1))).toBe(true);
    expect(isAtMost(m(1), amountOf({ weeks: 4 }))).toBe(false);
    expect(isAtMost(m(1), d(31))).toBe(true);
    expect(amountDays(amountOf({ months: 1, hours: 12 }))).toEqual({ min: 28.5, max: 31.5 });
  });

  it('formats what it reads, for hand-made values too', () => {
    expect(formatDuration({ type: 'duration', min: m(0), max: m(0) })).toBe('0 dagen');
    expect(formatDuration({ type: 'duration', min: d(7), max: m(1) })).toBe('een week tot een maand');
    expect(formatDuration({ type: 'duration', min: m(0), max: m(3), anchor: { at: 'start' } })).toBe('de eerste drie maanden');
  });
});
