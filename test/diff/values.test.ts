import { describe, expect, it } from 'vitest';
import { lcsPairs } from '../../src/diff/lcs.js';
import { compareAmounts, comparePeriods, spanOf, wordDiff } from '../../src/diff/values.js';

describe('comparePeriods', () => {
  it('a period that ends a year sooner is shortened by that many days', () => {
    expect(comparePeriods('2020 t/m 2023', '2020 t/m 2022')).toEqual({
      kind: 'period',
      change: 'shortened',
      startDeltaDays: 0,
      endDeltaDays: -365,
      deadline: false,
    });
  });

  it('a period that starts later is shortened at the start', () => {
    expect(comparePeriods('2020-2021', 'juli 2020 t/m 2021')).toMatchObject({ change: 'shortened', startDeltaDays: 182, endDeltaDays: 0 });
  });

  it('a period that grows at either end is extended', () => {
    expect(comparePeriods('2020', '2019 t/m 2021')).toMatchObject({ change: 'extended', startDeltaDays: -365, endDeltaDays: 365 });
  });

  it('a period shifted as a whole is moved', () => {
    expect(comparePeriods('2020', '2021')).toMatchObject({ change: 'moved', startDeltaDays: 366, endDeltaDays: 365 });
  });

  it('the same days in other words are the same', () => {
    expect(comparePeriods('2020-2021', '2020 t/m 2021')).toMatchObject({ change: 'same', startDeltaDays: 0, endDeltaDays: 0 });
  });

  it('an open end that closes is a shortening without an end delta', () => {
    const detail = comparePeriods('vanaf 2018', '2018 t/m 2022');
    expect(detail.change).toBe('shortened');
    expect(detail.endDeltaDays).toBeUndefined();
    expect(detail.startDeltaDays).toBe(0);
  });

  it('labelled segments count as the span of all their parts', () => {
    const before = [{ label: 'Pilots in', expression: '2020' }, { label: 'Uitrol', expression: '2021 t/m 2022' }];
    const after = [{ label: 'Pilots in', expression: '2020' }, { label: 'Uitrol', expression: '2021' }];
    expect(comparePeriods(before, after)).toMatchObject({ change: 'shortened', endDeltaDays: -365 });
  });

  it('deadlines are recognised from the expression', () => {
    expect(comparePeriods('voor 2022', 'voor 2021')).toMatchObject({ deadline: true, endDeltaDays: -365 });
    expect(spanOf('voor 2022')?.start).toBe(-Infinity);
  });

  it('a value that cannot be read is changed, with no deltas', () => {
    expect(comparePeriods('2020', 'zodra het kan')).toEqual({ kind: 'period', change: 'changed', deadline: false });
  });
});

describe('compareAmounts', () => {
  it('gives the delta and the percentage of the old amount', () => {
    expect(compareAmounts({ value: 88087, currency: 'EUR' }, { value: 79278.3, currency: 'EUR' })).toEqual({
      kind: 'amount',
      delta: -8808.7,
      percent: -10,
      currency: 'EUR',
    });
    expect(compareAmounts({ value: 45000, currency: 'EUR' }, { value: 50000, currency: 'EUR' })).toMatchObject({ delta: 5000, percent: 11.11 });
  });

  it('has no percentage from zero and no comparison across currencies', () => {
    expect(compareAmounts({ value: 0, currency: 'EUR' }, { value: 10, currency: 'EUR' })).toEqual({ kind: 'amount', delta: 10, currency: 'EUR' });
    expect(compareAmounts({ value: 1, currency: 'EUR' }, { value: 1, currency: 'USD' })).toBeUndefined();
  });
});

describe('wordDiff', () => {
  const rebuild = (segments: readonly { op: string; text: string }[], keep: string) =>
    segments.filter((s) => s.op === 'equal' || s.op === keep).map((s) => s.text).join('');

  it('marks inserted and deleted words', () => {
    const { segments } = wordDiff('We ontwikkelen een plegeraanpak.', 'We ontwikkelen snel een nieuwe plegeraanpak.');
    expect(segments.filter((s) => s.op !== 'equal').map((s) => [s.op, s.text.trim()])).toEqual([
      ['insert', 'snel'],
      ['insert', 'nieuwe'],
    ]);
  });

  it('replaces a word as a delete and an insert', () => {
    const { segments } = wordDiff('Voer campagnes in 2020', 'Voer campagnes in 2021');
    expect(segments).toEqual([
      { op: 'equal', text: 'Voer campagnes in ' },
      { op: 'delete', text: '2020' },
      { op: 'insert', text: '2021' },
    ]);
  });

  it('rebuilds both texts', () => {
    const a = 'De VNG en de aanbieders maken  afspraken over de thema’s.';
    const b = 'De VNG en alle aanbieders maken nu afspraken over thema’s en doelen.';
    const { segments } = wordDiff(a, b);
    expect(rebuild(segments, 'delete')).toBe(a);
    expect(rebuild(segments, 'insert')).toBe(b);
  });
});

describe('lcsPairs', () => {
  it('finds a longest common subsequence', () => {
    const pairs = lcsPairs(['a', 'b', 'c', 'd', 'e'], ['a', 'c', 'x', 'd', 'e']);
    expect(pairs).toEqual([
      [0, 0],
      [2, 1],
      [3, 3],
      [4, 4],
    ]);
  });

  it('keeps only the common ends when the middle is too big to compare', () => {
    const a = ['s', 'p', 'q', 'r', 'e'];
    const b = ['s', 'r', 'q', 'p', 'e'];
    expect(lcsPairs(a, b, 4)).toEqual([
      [0, 0],
      [4, 4],
    ]);
  });
});

describe('compareDurations', () => {
  it('orders durations by the days they can take', async () => {
    const { compareDurations } = await import('../../src/diff/values.js');
    expect(compareDurations('Drie maanden', 'Vier maanden')).toMatchObject({ kind: 'duration', change: 'longer' });
    expect(compareDurations('zes maanden tot een jaar', 'zes maanden')).toMatchObject({ change: 'shorter', minDeltaDays: 0 });
    expect(compareDurations('twee weken', '14 dagen')).toEqual({ kind: 'duration', change: 'same', minDeltaDays: 0, maxDeltaDays: 0 });
    expect(compareDurations('een maand', '30 dagen').change).not.toBe('same');
    expect(compareDurations('minimaal 3 maanden', 'drie maanden').change).toBe('changed');
    expect(compareDurations('een flink aantal maanden', 'drie maanden').change).toBe('changed');
  });
});
