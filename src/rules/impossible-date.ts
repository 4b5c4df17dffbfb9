import { toPointer } from '../core/pointer.js';
import { impossibleDate } from '../time/impossible.js';
import type { Rule } from './types.js';
import { visits } from './visits.js';

/**
 * A date that is no day of the calendar (2021-02-30) is a mistake wherever it stands: in the
 * document's own date, a decision date, a deadline. It is found by `validate` (not only by the
 * timeline checks, which read only where time is planned), in every value written as one day.
 */
export const impossibleDateRule: Rule = {
  meta: {
    id: 'date/impossible',
    description: {
      en: 'A value written as one calendar day is a day of the calendar: no 30 February, no month 13.',
      nl: 'Een waarde die als één kalenderdag is geschreven, is een dag van de kalender: geen 30 februari, geen maand 13.',
    },
    severity: 'error',
    messages: {
      impossible: { en: '"{text}" is not a day of the calendar', nl: '"{text}" is geen dag van de kalender' },
      fix: { en: 'Check the day and the month.', nl: 'Controleer de dag en de maand.' },
    },
  },
  check(context) {
    for (const visit of visits(context.data)) {
      const value = visit.value;
      if (typeof value !== 'string' || visit.depth === 0 || !impossibleDate(value)) continue;
      context.report({ path: toPointer(visit.path), messageId: 'impossible', data: { text: value }, hintId: 'fix' });
    }
  },
};
