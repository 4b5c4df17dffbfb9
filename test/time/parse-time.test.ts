import { describe, expect, it } from 'vitest';
import {
  formatIsoDate,
  formatTime,
  parseTime,
  resolveDocumentPeriod,
  type Interval,
  type IntervalKind,
  type Precision,
  type TimeValue,
} from '../../src/time/index.js';

function parsed(text: string): TimeValue {
  const result = parseTime(text);
  if (!result.ok) throw new Error(`${JSON.stringify(text)} did not parse: ${result.reason}`);
  return result.value;
}

function interval(text: string): Interval {
  const value = parsed(text);
  if (value.type !== 'interval') throw new Error(`${JSON.stringify(text)} is a ${value.type}, not an interval`);
  return value;
}

/** input → normalised form, first and last day (inclusive, ISO; '' for open), kind, precision */
type Row = readonly [input: string, normalised: string, start: string, end: string, kind: IntervalKind, precision: Precision | undefined];

const INTERVALS: readonly Row[] = [
  // years and ranges
  ['2020', '2020', '2020-01-01', '2020-12-31', 'period', 'year'],
  ['2020 t/m 2023', '2020 t/m 2023', '2020-01-01', '2023-12-31', 'period', 'year'],
  ['2020 tot en met 2023', '2020 t/m 2023', '2020-01-01', '2023-12-31', 'period', 'year'],
  ['2020 - 2022', '2020 t/m 2022', '2020-01-01', '2022-12-31', 'period', 'year'],
  ['2020-2021', '2020 t/m 2021', '2020-01-01', '2021-12-31', 'period', 'year'],
  ['2020 – 2021', '2020 t/m 2021', '2020-01-01', '2021-12-31', 'period', 'year'],
  ['2020—2021', '2020 t/m 2021', '2020-01-01', '2021-12-31', 'period', 'year'],
  ['2019 tot 2021', '2019 t/m 2020', '2019-01-01', '2020-12-31', 'period', 'year'],
  ['van 2019 tot 2021', '2019 t/m 2020', '2019-01-01', '2020-12-31', 'period', 'year'],
  ['2020/2021', '2020 t/m 2021', '2020-01-01', '2021-12-31', 'period', 'year'],
  ['2020 & 2021', '2020 t/m 2021', '2020-01-01', '2021-12-31', 'period', 'year'],
  ['2020, 2021', '2020 t/m 2021', '2020-01-01', '2021-12-31', 'period', 'year'],
  ['2020 en 2021', '2020 t/m 2021', '2020-01-01', '2021-12-31', 'period', 'year'],
  ['2020 to 2023', '2020 t/m 2023', '2020-01-01', '2023-12-31', 'period', 'year'],
  ['from 2020 to 2023', '2020 t/m 2023', '2020-01-01', '2023-12-31', 'period', 'year'],
  ['2020 tot 2021', '2020', '2020-01-01', '2020-12-31', 'period', 'year'],
  ['  2020   T/M   2023  ', '2020 t/m 2023', '2020-01-01', '2023-12-31', 'period', 'year'],
  ['2020 t/m 2020', '2020', '2020-01-01', '2020-12-31', 'period', 'year'],
  ['2020.', '2020', '2020-01-01', '2020-12-31', 'period', 'year'],
  // open and ongoing
  ['vanaf 2018', 'vanaf 2018', '2018-01-01', '', 'period', 'year'],
  ['from 2021', 'vanaf 2021', '2021-01-01', '', 'period', 'year'],
  ['sinds 2018', 'vanaf 2018', '2018-01-01', '', 'period', 'year'],
  ['per 1 januari 2020', 'vanaf 1 januari 2020', '2020-01-01', '', 'period', 'day'],
  ['m.i.v. 1 januari 2020', 'vanaf 1 januari 2020', '2020-01-01', '', 'period', 'day'],
  ['met ingang van 1 juli 2021', 'vanaf 1 juli 2021', '2021-07-01', '', 'period', 'day'],
  ['2021 e.v.', 'vanaf 2021', '2021-01-01', '', 'period', 'year'],
  ['2021 ev', 'vanaf 2021', '2021-01-01', '', 'period', 'year'],
  ['2021 en verder', 'vanaf 2021', '2021-01-01', '', 'period', 'year'],
  ['2021 onwards', 'vanaf 2021', '2021-01-01', '', 'period', 'year'],
  ['Vanaf 2020 continu', 'vanaf 2020 doorlopend', '2020-01-01', '', 'ongoing', 'year'],
  ['doorlopend vanaf 2020', 'vanaf 2020 doorlopend', '2020-01-01', '', 'ongoing', 'year'],
  ['Doorlopend', 'doorlopend', '', '', 'ongoing', undefined],
  ['doorlopend', 'doorlopend', '', '', 'ongoing', undefined],
  ['DOORLOPEND', 'doorlopend', '', '', 'ongoing', undefined],
  ['ongoing', 'doorlopend', '', '', 'ongoing', undefined],
  ['continu', 'doorlopend', '', '', 'ongoing', undefined],
  ['structureel', 'doorlopend', '', '', 'ongoing', undefined],
  ['t/m 2021', 't/m 2021', '', '2021-12-31', 'period', 'year'],
  ['tot 2022', 't/m 2021', '', '2021-12-31', 'period', 'year'],
  // the document's own period
  ['gedurende de looptijd', 'gedurende de looptijd', '', '', 'document-period', undefined],
  ['gedurende de looptijd van de raamovereenkomst', 'gedurende de looptijd', '', '', 'document-period', undefined],
  ['Gedurende de gehele looptijd', 'gedurende de looptijd', '', '', 'document-period', undefined],
  ['during the term of the agreement', 'gedurende de looptijd', '', '', 'document-period', undefined],
  // fuzzy: a third of the year (or month)
  ['medio 2019', 'medio 2019', '2019-05-01', '2019-08-31', 'period', 'year'],
  ['Medio 2019', 'medio 2019', '2019-05-01', '2019-08-31', 'period', 'year'],
  ['begin 2020', 'begin 2020', '2020-01-01', '2020-04-30', 'period', 'year'],
  ['eind 2020', 'eind 2020', '2020-09-01', '2020-12-31', 'period', 'year'],
  ['einde van 2020', 'eind 2020', '2020-09-01', '2020-12-31', 'period', 'year'],
  ['mid-2020', 'medio 2020', '2020-05-01', '2020-08-31', 'period', 'year'],
  ['end of 2020', 'eind 2020', '2020-09-01', '2020-12-31', 'period', 'year'],
  ['begin mei 2020', 'begin mei 2020', '2020-05-01', '2020-05-10', 'period', 'month'],
  ['eind februari 2020', 'eind februari 2020', '2020-02-21', '2020-02-29', 'period', 'month'],
  ['medio 2019 t/m eind 2020', 'medio 2019 t/m eind 2020', '2019-05-01', '2020-12-31', 'period', 'year'],
  ['vanaf medio 2019', 'vanaf medio 2019', '2019-05-01', '', 'period', 'year'],
  // deadlines
  ['voor 2022', 'uiterlijk 2021', '', '2021-12-31', 'deadline', 'year'],
  ['vóór 2022', 'uiterlijk 2021', '', '2021-12-31', 'deadline', 'year'],
  ['before 2022', 'uiterlijk 2021', '', '2021-12-31', 'deadline', 'year'],
  ['voor 1 juni 2020', 'uiterlijk 31 mei 2020', '', '2020-05-31', 'deadline', 'day'],
  ['voor 1 maart 2020', 'uiterlijk 29 februari 2020', '', '2020-02-29', 'deadline', 'day'],
  ['voor Q1 2024', 'uiterlijk Q4 2023', '', '2023-12-31', 'deadline', 'quarter'],
  ['voor januari 2021', 'uiterlijk december 2020', '', '2020-12-31', 'deadline', 'month'],
  ['uiterlijk 31 oktober 2013', 'uiterlijk 31 oktober 2013', '', '2013-10-31', 'deadline', 'day'],
  ['uiterlijk eind 2020', 'uiterlijk eind 2020', '', '2020-12-31', 'deadline', 'year'],
  ['ultimo 2020', 'uiterlijk 2020', '', '2020-12-31', 'deadline', 'year'],
  ['voor of op 1 mei 2020', 'uiterlijk 1 mei 2020', '', '2020-05-01', 'deadline', 'day'],
  ['no later than 1 May 2020', 'uiterlijk 1 mei 2020', '', '2020-05-01', 'deadline', 'day'],
  // months and days
  ['Mei 2020', 'mei 2020', '2020-05-01', '2020-05-31', 'period', 'month'],
  ['februari 2020', 'februari 2020', '2020-02-01', '2020-02-29', 'period', 'month'],
  ['februari 2021', 'februari 2021', '2021-02-01', '2021-02-28', 'period', 'month'],
  ['sept. 2020', 'september 2020', '2020-09-01', '2020-09-30', 'period', 'month'],
  ['May 2020', 'mei 2020', '2020-05-01', '2020-05-31', 'period', 'month'],
  ['1 januari 2019', '1 januari 2019', '2019-01-01', '2019-01-01', 'period', 'day'],
  ['18 november 2019', '18 november 2019', '2019-11-18', '2019-11-18', 'period', 'day'],
  ['20 mei 2021', '20 mei 2021', '2021-05-20', '2021-05-20', 'period', 'day'],
  ['1e januari 2019', '1 januari 2019', '2019-01-01', '2019-01-01', 'period', 'day'],
  ['20 May 2021', '20 mei 2021', '2021-05-20', '2021-05-20', 'period', 'day'],
  ['May 20, 2021', '20 mei 2021', '2021-05-20', '2021-05-20', 'period', 'day'],
  ['29 februari 2020', '29 februari 2020', '2020-02-29', '2020-02-29', 'period', 'day'],
  // numeric dates: Dutch day-month-year, ISO year-month-day
  ['23-05-2017', '23 mei 2017', '2017-05-23', '2017-05-23', 'period', 'day'],
  ['23/05/2017', '23 mei 2017', '2017-05-23', '2017-05-23', 'period', 'day'],
  ['23.05.2017', '23 mei 2017', '2017-05-23', '2017-05-23', 'period', 'day'],
  ['1-3-2017', '1 maart 2017', '2017-03-01', '2017-03-01', 'period', 'day'],
  ['2017-05-23', '23 mei 2017', '2017-05-23', '2017-05-23', 'period', 'day'],
  ['1 maart 2017 - 1 maart 2018', '1 maart 2017 t/m 1 maart 2018', '2017-03-01', '2018-03-01', 'period', 'day'],
  ['01-03-2017 t/m 28-02-2018', '1 maart 2017 t/m 28 februari 2018', '2017-03-01', '2018-02-28', 'period', 'day'],
  // quarters
  ['Q1 2024', 'Q1 2024', '2024-01-01', '2024-03-31', 'period', 'quarter'],
  ['q4 2023', 'Q4 2023', '2023-10-01', '2023-12-31', 'period', 'quarter'],
  ['Q1-2024', 'Q1 2024', '2024-01-01', '2024-03-31', 'period', 'quarter'],
  ['2024 Q2', 'Q2 2024', '2024-04-01', '2024-06-30', 'period', 'quarter'],
  ['eerste kwartaal van 2024', 'Q1 2024', '2024-01-01', '2024-03-31', 'period', 'quarter'],
  ['het derde kwartaal van 2024', 'Q3 2024', '2024-07-01', '2024-09-30', 'period', 'quarter'],
  ['2e kwartaal 2024', 'Q2 2024', '2024-04-01', '2024-06-30', 'period', 'quarter'],
  ['4de kwartaal 2024', 'Q4 2024', '2024-10-01', '2024-12-31', 'period', 'quarter'],
  ['first quarter of 2024', 'Q1 2024', '2024-01-01', '2024-03-31', 'period', 'quarter'],
  ['Q1 t/m Q3 2024', 'Q1 t/m Q3 2024', '2024-01-01', '2024-09-30', 'period', 'quarter'],
  ['Q4 2023 - Q1 2024', 'Q4 2023 t/m Q1 2024', '2023-10-01', '2024-03-31', 'period', 'quarter'],
  // month and day ranges
  ['van juni tot en met september 2020', 'juni t/m september 2020', '2020-06-01', '2020-09-30', 'period', 'month'],
  ['juni t/m september 2020', 'juni t/m september 2020', '2020-06-01', '2020-09-30', 'period', 'month'],
  ['juni tot september 2020', 'juni t/m augustus 2020', '2020-06-01', '2020-08-31', 'period', 'month'],
  ['januari 2020 - maart 2021', 'januari 2020 t/m maart 2021', '2020-01-01', '2021-03-31', 'period', 'month'],
  ['juni, juli en augustus 2020', 'juni t/m augustus 2020', '2020-06-01', '2020-08-31', 'period', 'month'],
  ['1 t/m 15 mei 2020', '1 t/m 15 mei 2020', '2020-05-01', '2020-05-15', 'period', 'day'],
  ['20 mei t/m 3 juni 2021', '20 mei t/m 3 juni 2021', '2021-05-20', '2021-06-03', 'period', 'day'],
  ['1 januari 2019 t/m 2020', '1 januari 2019 t/m 2020', '2019-01-01', '2020-12-31', 'period', 'year'],
];

describe('parseTime: intervals', () => {
  it.each(INTERVALS)('%j → %s', (input, normalised, start, end, kind, precision) => {
    const result = parseTime(input);
    expect(result.ok, result.ok ? '' : result.reason).toBe(true);
    if (!result.ok || result.value.type !== 'interval') throw new Error(`not an interval: ${JSON.stringify(result)}`);
    expect(result.normalised).toBe(normalised);
    expect(result.value.start ? formatIsoDate(result.value.start) : '').toBe(start);
    expect(result.value.end ? formatIsoDate(result.value.end) : '').toBe(end);
    expect(result.value.kind).toBe(kind);
    expect(result.value.precision).toBe(precision);
    // The normalised form reads back to the same value.
    expect(parsed(normalised)).toEqual(result.value);
  });

  it('keeps the written bounds beside the days they cover', () => {
    expect(interval('2019 tot 2021')).toEqual({
      type: 'interval',
      kind: 'period',
      from: { precision: 'year', year: 2019 },
      to: { precision: 'year', year: 2020 },
      start: { year: 2019, month: 1, day: 1 },
      end: { year: 2020, month: 12, day: 31 },
      precision: 'year',
    });
    expect(interval('medio 2019').from).toEqual({ precision: 'year', year: 2019, fuzzy: 'mid' });
  });

  it('accepts a bare year written as a YAML number', () => {
    const result = parseTime(2022);
    expect(result.ok && result.normalised).toBe('2022');
  });
});

describe('parseTime: lists, recurrences, labelled segments', () => {
  it('keeps years that do not touch as a list', () => {
    const result = parseTime('2018, 2020 en 2022');
    expect(result.ok && result.normalised).toBe('2018, 2020, 2022');
    const value = parsed('2018, 2020 en 2022');
    expect(value.type === 'list' && value.items.map((i) => formatIsoDate(i.start!))).toEqual(['2018-01-01', '2020-01-01', '2022-01-01']);
    expect(parsed('2018 & 2020 t/m 2021')).toEqual(parsed('2018, 2020 t/m 2021'));
  });

  it('merges touching and overlapping parts whatever their order', () => {
    expect(parsed('2021, 2020')).toEqual(parsed('2020 t/m 2021'));
    expect(parsed('2020, mei 2020')).toEqual(parsed('2020'));
    expect(parsed('2019 t/m 2020, 2020 t/m 2022')).toEqual(parsed('2019 t/m 2022'));
  });

  it.each([
    ['ieder jaar', 'jaarlijks'],
    ['jaarlijks', 'jaarlijks'],
    ['elk jaar', 'jaarlijks'],
    ['Elk jaar', 'jaarlijks'],
    ['annually', 'jaarlijks'],
    ['every year', 'jaarlijks'],
    ['per kwartaal', 'elk kwartaal'],
    ['maandelijks', 'maandelijks'],
  ] as const)('%j recurs: %s', (input, normalised) => {
    const result = parseTime(input);
    expect(result.ok && result.value.type).toBe('recurrence');
    expect(result.ok && result.normalised).toBe(normalised);
  });

  it('bounds a recurrence with a period', () => {
    const value = parsed('jaarlijks vanaf 2021');
    expect(value).toMatchObject({ type: 'recurrence', frequency: 'yearly', during: { kind: 'period', start: { year: 2021, month: 1, day: 1 } } });
    expect(parsed('2020 t/m 2023 jaarlijks')).toEqual(parsed('jaarlijks 2020 t/m 2023'));
  });

  it.each([
    ['Pilots in 2020', 'Pilots in', 'before', '2020'],
    ['Regionale uitrol 2021 en verder', 'Regionale uitrol', 'before', 'vanaf 2021'],
    ['2020 bekendheid CSG', 'bekendheid CSG', 'after', '2020'],
    ['Projectduur: 2019 t/m 2020', 'Projectduur', 'before', '2019 t/m 2020'],
    ['Structurele borging 2021 e.v.', 'Structurele borging', 'before', 'vanaf 2021'],
    ['Inbedding CSG in MDA++ 2021', 'Inbedding CSG in MDA++', 'before', '2021'],
    ['Veilige opvang en behandeling vanaf 2018', 'Veilige opvang en behandeling', 'before', 'vanaf 2018'],
    ['2019-2020 – Sekse specifieke methodiek', 'Sekse specifieke methodiek', 'after', '2019 t/m 2020'],
  ] as const)('%j keeps its label %j (%s)', (input, label, position, expression) => {
    const value = parsed(input);
    expect(value.type).toBe('segments');
    if (value.type !== 'segments') return;
    expect(value.segments).toHaveLength(1);
    expect(value.segments[0]).toMatchObject({ label, labelPosition: position });
    expect(formatTime({ type: 'segments', segments: [{ value: value.segments[0]!.value }] })).toBe(expression);
  });

  it('reads several segments separated by semicolons, line breaks or commas', () => {
    const expected = parsed('Pilots in 2020; Regionale uitrol 2021 en verder');
    expect(expected).toMatchObject({
      type: 'segments',
      segments: [
        { label: 'Pilots in', value: { start: { year: 2020, month: 1, day: 1 }, end: { year: 2020, month: 12, day: 31 } } },
        { label: 'Regionale uitrol', value: { kind: 'period', start: { year: 2021, month: 1, day: 1 } } },
      ],
    });
    expect(parsed('Pilots in 2020\nRegionale uitrol 2021 en verder')).toEqual(expected);
    expect(parsed('Pilots in 2020, Regionale uitrol 2021 en verder')).toEqual(expected);
    const borging = parsed('2019 t/m 2021; Structurele borging 2021 e.v.');
    expect(borging.type === 'segments' && borging.segments.map((s) => s.label)).toEqual([undefined, 'Structurele borging']);
    expect(parseTime('Pilots in 2020; Regionale uitrol 2021 en verder').ok && formatTime(expected)).toBe(
      'Pilots in 2020; Regionale uitrol vanaf 2021',
    );
  });

  it('drops labels that only say "in" or "gedurende"', () => {
    expect(parsed('in 2020')).toEqual(parsed('2020'));
    expect(parsed('gedurende 2020 t/m 2023')).toEqual(parsed('2020 t/m 2023'));
  });

  it('separates a label that would otherwise be read as part of the expression', () => {
    const value = {
      type: 'segments',
      segments: [{ label: 'Evaluatie van', labelPosition: 'before', value: interval('2020 t/m 2021') }],
    } as const;
    expect(formatTime(value)).toBe('Evaluatie van: 2020 t/m 2021');
    expect(parsed(formatTime(value))).toEqual(value);
  });

  it('does not take time words for a label', () => {
    expect(parseTime('2020 doorlopend').ok).toBe(false);
    expect(parseTime('2020 t/m').ok).toBe(false);
  });
});

describe('resolveDocumentPeriod', () => {
  it('replaces "gedurende de looptijd" by the document period, also inside segments and recurrences', () => {
    const period = interval('2020 t/m 2023');
    expect(resolveDocumentPeriod(parsed('gedurende de looptijd'), period)).toEqual(period);
    expect(resolveDocumentPeriod(parsed('jaarlijks gedurende de looptijd'), period)).toEqual({
      type: 'recurrence',
      frequency: 'yearly',
      during: period,
    });
    const segments = resolveDocumentPeriod(parsed('Monitoring gedurende de looptijd'), period);
    expect(segments).toEqual({ type: 'segments', segments: [{ label: 'Monitoring', labelPosition: 'before', value: period }] });
    expect(resolveDocumentPeriod(parsed('2019'), period)).toEqual(parsed('2019'));
  });
});
