import type { Rule } from '../../rules/types.js';
import { compareDates } from '../../time/calendar.js';
import { parseTime } from '../../time/index.js';
import { toPointer } from '../../core/pointer.js';
import { visits } from '../../rules/visits.js';
import { isRecord } from '../sites.js';
import { intervalsOf, lengthInDays, spokenDate } from '../values.js';
import { durationBounds } from './plan-fit.js';

const START_KEYS = ['start', 'startDate'] as const;
const END_KEYS = ['end', 'endDate'] as const;

/**
 * Something with a start date, an end date and a duration ("1 maart 2017 – 1 maart 2018,
 * 12 maanden") says the same thing three times; the three must agree, and the end may not
 * come before the start. One day of slack allows an end written as the day after.
 */
export const dateConsistency: Rule = {
  meta: {
    id: 'timeline/date-consistency',
    description: {
      en: 'Start and end dates agree with each other and with the stated duration.',
      nl: 'Begin- en einddatum kloppen met elkaar en met de genoemde duur.',
    },
    severity: 'warning',
    messages: {
      backwards: { en: 'the end ({end}) comes before the start ({start})', nl: 'het einde ({end}) ligt vóór het begin ({start})' },
      mismatch: {
        en: 'from {start} to {end} is {days} days, but the duration "{duration}" is {expected} days',
        nl: 'van {start} tot {end} is {days} dagen, maar de duur "{duration}" is {expected} dagen',
      },
      fix: { en: 'Correct the date or the duration so they agree.', nl: 'Verbeter de datum of de duur zodat ze kloppen.' },
    },
  },
  check(context) {
    for (const visit of visits(context.data)) {
      const value = visit.value;
      if (!isRecord(value)) continue;
      const startKey = START_KEYS.find((k) => value[k] !== undefined);
      const endKey = END_KEYS.find((k) => value[k] !== undefined);
      if (!startKey || !endKey) continue;
      const start = boundOf(value[startKey], 'start');
      const end = boundOf(value[endKey], 'end');
      if (!start || !end) continue;
      const data = { start: spokenDate(start), end: spokenDate(end) };
      if (compareDates(end, start) < 0) {
        context.report({ path: toPointer([...visit.path, endKey]), messageId: 'backwards', data, hintId: 'fix', severity: 'error' });
        continue;
      }
      if (typeof value.duration !== 'string') continue;
      const bounds = durationBounds(value.duration);
      if (!bounds) continue;
      const days = lengthInDays(start, end);
      const max = bounds.max ?? Infinity;
      if (days >= bounds.min && days <= max + 1) continue;
      const expected = bounds.max === undefined ? `${bounds.min}+` : bounds.min === bounds.max ? `${bounds.min}` : `${bounds.min}–${bounds.max}`;
      context.report({ path: toPointer([...visit.path, 'duration']), messageId: 'mismatch', data: { ...data, days, duration: value.duration, expected }, hintId: 'fix' });
    }
  },
};

function boundOf(written: unknown, side: 'start' | 'end') {
  if (typeof written !== 'string' && typeof written !== 'number') return undefined;
  const result = parseTime(written);
  if (!result.ok) return undefined;
  const intervals = intervalsOf(result.value);
  return side === 'start' ? intervals[0]?.start : intervals.at(-1)?.end;
}
