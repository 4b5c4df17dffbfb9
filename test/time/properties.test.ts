import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  amountOf,
  compareAmounts,
  compareDates,
  daysInMonth,
  firstDay,
  formatDuration,
  formatIsoDate,
  formatTime,
  intervalsOf,
  makeInterval,
  parseDuration,
  parseTime,
  type CalendarPoint,
  type Duration,
  type DurationAmount,
  type Interval,
  type LabelledSegment,
  type PlainTimeValue,
  type TimeValue,
} from '../../src/time/index.js';

const RUNS = { numRuns: 400 };

// ---------------------------------------------------------------------------------------
// Values

const year = fc.integer({ min: 1900, max: 2100 });
const fuzzy = fc.constantFrom(undefined, 'early', 'mid', 'late') as fc.Arbitrary<'early' | 'mid' | 'late' | undefined>;

const point: fc.Arbitrary<CalendarPoint> = fc.oneof(
  fc.tuple(year, fuzzy).map(([y, f]): CalendarPoint => (f ? { precision: 'year', year: y, fuzzy: f } : { precision: 'year', year: y })),
  fc.tuple(year, fc.integer({ min: 1, max: 4 })).map(([y, q]): CalendarPoint => ({ precision: 'quarter', year: y, quarter: q })),
  fc
    .tuple(year, fc.integer({ min: 1, max: 12 }), fuzzy)
    .map(([y, m, f]): CalendarPoint => (f ? { precision: 'month', year: y, month: m, fuzzy: f } : { precision: 'month', year: y, month: m })),
  fc
    .tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
    .map(([y, m, d]): CalendarPoint => ({ precision: 'day', year: y, month: m, day: Math.min(d, daysInMonth(y, m)) })),
);

const boundedPeriod: fc.Arbitrary<Interval> = fc.tuple(point, point).map(([a, b]) => {
  const [from, to] = compareDates(firstDay(a), firstDay(b)) <= 0 ? [a, b] : [b, a];
  return makeInterval('period', from, to);
});

const interval: fc.Arbitrary<Interval> = fc.oneof(
  { arbitrary: boundedPeriod, weight: 4 },
  point.map((p) => makeInterval('period', p)),
  point.map((p) => makeInterval('period', undefined, p)),
  point.map((p) => makeInterval('deadline', undefined, p)),
  point.map((p) => makeInterval('ongoing', p)),
  fc.constant(makeInterval('ongoing')),
  fc.constant(makeInterval('document-period')),
);

/** Years that do not touch, as a list. */
const list: fc.Arbitrary<PlainTimeValue> = fc
  .uniqueArray(fc.integer({ min: 950, max: 1050 }), { minLength: 2, maxLength: 4 })
  .map((halves) => [...new Set(halves.map((h) => h * 2))].sort((a, b) => a - b))
  .filter((years) => years.length >= 2)
  .map((years) => ({
    type: 'list',
    items: years.map((y) => makeInterval('period', { precision: 'year', year: y }, { precision: 'year', year: y })),
  }));

const recurrence: fc.Arbitrary<PlainTimeValue> = fc
  .tuple(fc.constantFrom('yearly', 'quarterly', 'monthly') as fc.Arbitrary<'yearly' | 'quarterly' | 'monthly'>, fc.option(interval, { nil: undefined }))
  .map(([frequency, during]) => (during ? { type: 'recurrence', frequency, during } : { type: 'recurrence', frequency }));

const plain: fc.Arbitrary<PlainTimeValue> = fc.oneof({ arbitrary: interval, weight: 4 }, list, recurrence);

const LABELS = [
  'Pilots in',
  'Regionale uitrol',
  'Projectduur',
  'Structurele borging',
  'bekendheid CSG',
  'Inbedding CSG in MDA++',
  'Evaluatie van',
  'Projecten',
  'Veilige opvang en behandeling',
];

const segment: fc.Arbitrary<LabelledSegment> = fc
  .tuple(fc.option(fc.constantFrom(...LABELS), { nil: undefined }), fc.constantFrom('before', 'after') as fc.Arbitrary<'before' | 'after'>, plain)
  .map(([label, labelPosition, value]) => (label ? { label, labelPosition, value } : { value }));

const segments: fc.Arbitrary<TimeValue> = fc
  .array(segment, { minLength: 1, maxLength: 3 })
  .filter((s) => s.length > 1 || s[0]?.label !== undefined)
  .map((s) => ({ type: 'segments', segments: s }));

const timeValue: fc.Arbitrary<TimeValue> = fc.oneof({ arbitrary: plain, weight: 3 }, segments);

const intervals = intervalsOf;

function expectWellFormed(value: TimeValue): void {
  for (const i of intervals(value)) {
    if (i.start && i.end) expect(compareDates(i.start, i.end)).toBeLessThanOrEqual(0);
    if (i.from) expect(i.start).toEqual(firstDay(i.from));
  }
}

/** The text reads, and its normalised form reads back to the same value and the same form. */
function expectStable(text: string): TimeValue | undefined {
  const first = parseTime(text);
  if (!first.ok) return undefined;
  expectWellFormed(first.value);
  const second = parseTime(first.normalised);
  expect(second.ok, `${JSON.stringify(text)} → ${JSON.stringify(first.normalised)}: ${second.ok ? '' : second.reason}`).toBe(true);
  if (!second.ok) return undefined;
  expect(second.value).toEqual(first.value);
  expect(second.normalised).toBe(first.normalised);
  return first.value;
}

describe('time values: format → parse', () => {
  it('reads every formatted value back to the same value', () => {
    fc.assert(
      fc.property(timeValue, (value) => {
        const text = formatTime(value);
        const result = parseTime(text);
        expect(result.ok, `${text}: ${result.ok ? '' : result.reason}`).toBe(true);
        expect(result.ok && result.value).toEqual(value);
        expect(result.ok && result.normalised).toBe(text);
      }),
      RUNS,
    );
  });
});

// ---------------------------------------------------------------------------------------
// Written expressions

const MONTHS_NL = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** A written expression with the first and last day it must cover ('' for open). */
interface Written {
  readonly text: string;
  readonly start: string;
  readonly end: string;
}

const iso = (y: number, m: number, d: number) => formatIsoDate({ year: y, month: m, day: d });
const yearPair = fc.tuple(year, year).map(([a, b]): [number, number] => (a <= b ? [a, b] : [b, a]));

const written: fc.Arbitrary<Written> = fc.oneof(
  fc
    .tuple(yearPair, fc.constantFrom(' t/m ', ' T/M ', ' tot en met ', ' - ', '-', ' – ', '–', ' — ', ' to ', ' t/m. ', 't/m'))
    .map(([[a, b], sep]) => ({ text: `${a}${sep}${b}`, start: iso(a, 1, 1), end: iso(b, 12, 31) })),
  yearPair
    .filter(([a, b]) => a < b)
    .map(([a, b]) => ({ text: `${a} tot ${b}`, start: iso(a, 1, 1), end: iso(b - 1, 12, 31) })),
  fc
    .tuple(year, fc.constantFrom('vanaf %', 'Vanaf %', '% e.v.', '% e.v', '% en verder', 'from %', 'Vanaf % continu', 'sinds %'))
    .map(([y, form]) => ({ text: form.replace('%', String(y)), start: iso(y, 1, 1), end: '' })),
  fc.tuple(year, fc.constantFrom('medio', 'Medio', 'begin', 'eind', 'einde')).map(([y, word]) => {
    const third = word.toLowerCase() === 'begin' ? 0 : word.toLowerCase() === 'medio' ? 1 : 2;
    return { text: `${word} ${y}`, start: iso(y, third * 4 + 1, 1), end: iso(y, third * 4 + 4, daysInMonth(y, third * 4 + 4)) };
  }),
  year.filter((y) => y > 1900).map((y) => ({ text: `voor ${y}`, start: '', end: iso(y - 1, 12, 31) })),
  fc.tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })).map(([y, m, d]) => {
    const day = Math.min(d, daysInMonth(y, m));
    return { text: `uiterlijk ${day} ${MONTHS_NL[m - 1]} ${y}`, start: '', end: iso(y, m, day) };
  }),
  fc.tuple(year, fc.integer({ min: 1, max: 12 }), fc.boolean()).map(([y, m, upper]) => {
    const name = MONTHS_NL[m - 1]!;
    return { text: `${upper ? name[0]!.toUpperCase() + name.slice(1) : name} ${y}`, start: iso(y, m, 1), end: iso(y, m, daysInMonth(y, m)) };
  }),
  fc.tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.constantFrom('long', 'dmy', 'iso')).map(([y, m, d, form]) => {
    const day = Math.min(d, daysInMonth(y, m));
    const pad = (n: number) => String(n).padStart(2, '0');
    const text = form === 'long' ? `${day} ${MONTHS_NL[m - 1]} ${y}` : form === 'dmy' ? `${pad(day)}-${pad(m)}-${y}` : `${y}-${pad(m)}-${pad(day)}`;
    return { text, start: iso(y, m, day), end: iso(y, m, day) };
  }),
  fc.tuple(year, fc.integer({ min: 1, max: 4 }), fc.constantFrom('Q% #', 'q% #', '%e kwartaal #', '%e kwartaal van #')).map(([y, q, form]) => ({
    text: form.replace('%', String(q)).replace('#', String(y)),
    start: iso(y, q * 3 - 2, 1),
    end: iso(y, q * 3, daysInMonth(y, q * 3)),
  })),
  fc
    .tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom('van % tot en met #', '% t/m #', '% - #'))
    .map(([y, a, b, form]) => {
      const [m1, m2] = a <= b ? [a, b] : [b, a];
      return {
        text: form.replace('%', MONTHS_NL[m1 - 1]!).replace('#', `${MONTHS_NL[m2 - 1]} ${y}`),
        start: iso(y, m1, 1),
        end: iso(y, m2, daysInMonth(y, m2)),
      };
    }),
  fc
    .tuple(year.filter((y) => y < 2100), fc.constantFrom('%, #', '% & #', '%/#', '% en #'))
    .map(([y, form]) => ({ text: form.replace('%', String(y)).replace('#', String(y + 1)), start: iso(y, 1, 1), end: iso(y + 1, 12, 31) })),
);

/** The same expression with a label, odd spacing and odd case. */
const decorated: fc.Arbitrary<Written> = fc
  .tuple(written, fc.constantFrom('', 'Pilots in ', 'Projectduur: ', '#bekendheid CSG', 'Structurele borging '), fc.integer({ min: 1, max: 3 }), fc.boolean())
  .map(([w, label, spaces, shout]) => {
    const text = label.startsWith('#') ? `${w.text} ${label.slice(1)}` : `${label}${w.text}`;
    const spaced = text.replace(/ /g, ' '.repeat(spaces));
    return { ...w, text: `  ${shout ? spaced.toUpperCase() : spaced} ` };
  });

describe('written expressions', () => {
  it('parse, cover the days they say, and are stable through their normalised form', () => {
    fc.assert(
      fc.property(decorated, (w) => {
        const value = expectStable(w.text);
        expect(value, `${JSON.stringify(w.text)} did not parse`).toBeDefined();
        if (!value) return;
        const [only] = intervals(value);
        expect(only?.start ? formatIsoDate(only.start) : '').toBe(w.start);
        expect(only?.end ? formatIsoDate(only.end) : '').toBe(w.end);
      }),
      RUNS,
    );
  });
});

// ---------------------------------------------------------------------------------------
// Anything at all

const VOCABULARY = [
  '2020', '2021', '1999', '2100', '1850', '12', '31', '4', '18', '50-85', '24/7', '€', '45.000',
  't/m', 'tot', 'en', 'met', 'tot en met', '-', '–', '/', '&', ',', ';', ':', '.', '+', 'e.v.', 'en verder',
  'vanaf', 'voor', 'uiterlijk', 'medio', 'begin', 'eind', 'doorlopend', 'continu', 'jaarlijks', 'ieder', 'jaar',
  'mei', 'januari', 'Q1', 'Q5', 'kwartaal', 'eerste', '2e', 'van', 'het', 'de', 'looptijd', 'gedurende',
  'maanden', 'weken', 'binnen', 'maximaal', 'twee', 'zes', 'anderhalf', 'half', 'Pilots', 'in', 'borging', 'P2M',
];

const soup = fc
  .array(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 8 })
  .chain((words) => fc.array(fc.constantFrom(' ', '', '  '), { minLength: words.length, maxLength: words.length }).map((gaps) => words.map((w, i) => w + gaps[i]).join('')));

describe('parseTime on arbitrary text', () => {
  it('never throws, and what it reads is well formed and stable', () => {
    for (const arbitrary of [fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), soup]) {
      fc.assert(
        fc.property(arbitrary, (text) => {
          const result = parseTime(text);
          if (!result.ok) {
            expect(result.reason.length).toBeGreaterThan(0);
            if (result.span) expect(result.span[0]).toBeLessThanOrEqual(result.span[1]);
            return;
          }
          expectStable(text);
        }),
        { numRuns: 1000 },
      );
    }
  });
});

// ---------------------------------------------------------------------------------------
// Durations

const amount: fc.Arbitrary<DurationAmount> = fc
  .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 48 }), fc.constantFrom(0, 0, 1, 2))
  .map(([months, days, hours, zeroes]) => ({ months: zeroes === 1 ? 0 : months, days: zeroes === 2 ? 0 : days, hours: zeroes === 0 ? 0 : hours }));

const duration: fc.Arbitrary<Duration> = fc
  .tuple(amount, fc.option(amount, { nil: undefined }), fc.constantFrom('exact', 'range', 'open', 'anchored', 'anchored-of'))
  .filter(([min, max]) => max === undefined || compareAmounts(min, max) !== 1)
  .map(([min, max, form]): Duration => {
    const upper = max ?? min;
    switch (form) {
      case 'exact':
        return { type: 'duration', min, max: min };
      case 'open':
        return { type: 'duration', min };
      case 'anchored':
        return { type: 'duration', min: amountOf({}), max: upper, anchor: { at: 'start' } };
      case 'anchored-of':
        return { type: 'duration', min: amountOf({}), max: upper, anchor: { at: 'start', of: 'het project' } };
      default:
        return { type: 'duration', min, max: upper };
    }
  });

const NUMBER_WORDS = ['een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf'];
const UNITS: readonly (readonly [string, DurationAmount])[] = [
  ['uur', amountOf({ hours: 1 })],
  ['dagen', amountOf({ days: 1 })],
  ['weken', amountOf({ weeks: 1 })],
  ['maanden', amountOf({ months: 1 })],
  ['kwartalen', amountOf({ quarters: 1 })],
  ['jaar', amountOf({ years: 1 })],
];
const times = (a: DurationAmount, n: number): DurationAmount => ({ months: a.months * n, days: a.days * n, hours: a.hours * n });

const writtenDuration: fc.Arbitrary<{ text: string; min: DurationAmount; max: DurationAmount }> = fc
  .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom(...UNITS), fc.constantFrom('exact', 'words', 'binnen', 'range', 'na'))
  .map(([a, b, [unit, one], form]) => {
    const [low, high] = a <= b ? [a, b] : [b, a];
    switch (form) {
      case 'exact':
        return { text: `${a} ${unit}`, min: times(one, a), max: times(one, a) };
      case 'words':
        return { text: `${NUMBER_WORDS[a - 1]} ${unit}`, min: times(one, a), max: times(one, a) };
      case 'binnen':
        return { text: `binnen ${a} ${unit}`, min: amountOf({}), max: times(one, a) };
      case 'na':
        return { text: `na ${low} tot ${high} ${unit}`, min: times(one, low), max: times(one, high) };
      default:
        return { text: `${NUMBER_WORDS[low - 1]} tot ${NUMBER_WORDS[high - 1]} ${unit}`, min: times(one, low), max: times(one, high) };
    }
  });

const isoDuration = fc
  .tuple(fc.nat(5), fc.nat(18), fc.nat(8), fc.nat(40), fc.nat(48))
  .filter((parts) => parts.some((p) => p > 0))
  .map(([y, mo, w, d, h]) => ({
    text: `P${y ? `${y}Y` : ''}${mo ? `${mo}M` : ''}${w ? `${w}W` : ''}${d ? `${d}D` : ''}${h ? `T${h}H` : ''}`,
    amount: { months: y * 12 + mo, days: w * 7 + d, hours: h },
  }));

describe('durations', () => {
  it('read every formatted duration back to the same value', () => {
    fc.assert(
      fc.property(duration, (value) => {
        const text = formatDuration(value);
        const result = parseDuration(text);
        expect(result.ok, `${text}: ${result.ok ? '' : result.reason}`).toBe(true);
        expect(result.ok && result.value).toEqual(value);
      }),
      RUNS,
    );
  });

  it('read written durations and ISO 8601, with min ≤ max, stable through the normalised form', () => {
    fc.assert(
      fc.property(writtenDuration, ({ text, min, max }) => {
        const result = parseDuration(text);
        expect(result.ok && result.value.min).toEqual(min);
        expect(result.ok && result.value.max).toEqual(max);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(isoDuration, ({ text, amount: expected }) => {
        const result = parseDuration(text);
        expect(result.ok && result.value).toEqual({ type: 'duration', min: expected, max: expected });
      }),
      RUNS,
    );
  });

  it('never throw on arbitrary text; what they read has min ≤ max and is stable', () => {
    for (const arbitrary of [fc.string(), fc.string({ unit: 'binary' }), soup]) {
      fc.assert(
        fc.property(arbitrary, (text) => {
          const result = parseDuration(text);
          if (!result.ok) return;
          if (result.value.max) expect(compareAmounts(result.value.min, result.value.max)).not.toBe(1);
          const again = parseDuration(result.normalised);
          expect(again.ok && again.value).toEqual(result.value);
        }),
        { numRuns: 1000 },
      );
    }
  });
});
