import { describe, expect, it } from 'vitest';
import { parseDuration, parseTime, type ParseFailureCode } from '../../src/time/index.js';

/** Numbers in policy texts that are not time, and what the parser says about them. */
const NOT_TIME: readonly (readonly [input: string, code: ParseFailureCode, found: string])[] = [
  // ages
  ['4 tot 18 jaar', 'age-or-duration', '4 tot 18 jaar'],
  ['tot 23 jaar', 'age-or-duration', 'tot 23 jaar'],
  ['jongeren vanaf 12 jaar', 'age-or-duration', 'jongeren vanaf 12 jaar'],
  ['18-', 'age', '18-'],
  ['18+', 'age', '18+'],
  ['(18- en 18+)', 'age', '18-'],
  // IQ ranges and other numbers that would have to be years
  ['50-85', 'not-a-year', '50'],
  ['IQ 50-85', 'not-a-year', '50'],
  ['1850', 'not-a-year', '1850'],
  ['1850 t/m 1860', 'not-a-year', '1850'],
  ['2101', 'not-a-year', '2101'],
  ['23-05-1850', 'not-a-year', '1850'],
  // counts
  ['45 voorlichtingen', 'count', '45 voorlichtingen'],
  ['45 voorlichtingen in 2020', 'count', '45 voorlichtingen'],
  ['200.000 slachtoffers', 'count', '200.000 slachtoffers'],
  ['200.000', 'count', '200.000'],
  // round the clock, money
  ['24/7', 'round-the-clock', '24/7'],
  ['24/7 bereikbaar', 'round-the-clock', '24/7'],
  ['€ 45.000', 'amount', '€ 45.000'],
  ['€ 88.087', 'amount', '€ 88.087'],
  ['45000 euro', 'amount', '45000 euro'],
  // lengths of time belong in duration fields
  ['twee maanden', 'duration-not-time', 'twee maanden'],
  ['binnen 4 weken', 'duration-not-time', 'binnen 4 weken'],
  ['P2M', 'duration-not-time', 'P2M'],
  ['3 jaar', 'age-or-duration', '3 jaar'],
  // impossible dates, backwards ranges, ambiguity
  ['31 februari 2021', 'invalid-date', '31 februari 2021'],
  ['29 februari 2021', 'invalid-date', '29 februari 2021'],
  ['31-04-2020', 'invalid-date', '31-04-2020'],
  ['2021 tot 2019', 'backwards', '2021 tot 2019'],
  ['2021 t/m 2019', 'backwards', '2021 t/m 2019'],
  ['2021 tot 2021', 'backwards', '2021 tot 2021'],
  ['december t/m februari 2021', 'backwards', 'december t/m februari 2021'],
  ['voor medio 2019', 'ambiguous', 'voor medio 2019'],
  ['2019 tot eind 2021', 'ambiguous', '2019 tot eind 2021'],
  // not time at all
  ['', 'empty', ''],
  ['   ', 'empty', ''],
  ['nader te bepalen', 'unknown', 'nader'],
  ['2011-12', 'unknown', '2011-12'],
  ['Q5 2024', 'unknown', 'Q5 2024'],
];

describe('parseTime refuses numbers that are not time', () => {
  it.each(NOT_TIME)('%j → %s', (input, code, found) => {
    const result = parseTime(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe(code);
    expect(result.reason).toContain(found);
    expect(result.message.nl.length).toBeGreaterThan(0);
    if (result.span) {
      expect(result.span[0]).toBeLessThan(result.span[1]);
      expect(input.slice(...result.span)).toContain(found.trim().split(/\s/)[0]);
    }
  });

  it('points at the offending part', () => {
    const result = parseTime('Pilots in 2020 voor 45 voorlichtingen');
    expect(!result.ok && result.span).toEqual([20, 37]);
    const year = parseTime('2020 t/m 1850');
    expect(!year.ok && year.span).toEqual([9, 13]);
  });

  it('refuses text too long to be an expression', () => {
    const prose = 'In 2020 starten we met pilots en daarna volgt de regionale uitrol, '.repeat(5);
    const result = parseTime(prose);
    expect(!result.ok && result.code).toBe('too-long');
  });
});

describe('parseDuration refuses what is not a length of time', () => {
  it.each([
    ['2020', 'time-not-duration'],
    ['mei 2021', 'time-not-duration'],
    ['5 werkdagen', 'working-days'],
    ['binnen 10 working days', 'working-days'],
    ['30 minuten', 'unsupported-unit'],
    ['PT30M', 'unsupported-unit'],
    ['anderhalve maand', 'inexact-fraction'],
    ['een jaar tot drie maanden', 'backwards'],
    ['€ 45.000', 'amount'],
    ['45 voorlichtingen', 'count'],
    ['jongeren vanaf 12 jaar', 'unknown'],
    ['', 'empty'],
    ['P', 'unknown'],
    ['maanden', 'unknown'],
  ] as const)('%j → %s', (input, code) => {
    const result = parseDuration(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.code).toBe(code);
  });
});
