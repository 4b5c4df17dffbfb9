import { toPointer } from '../../core/pointer.js';
import type { Rule } from '../../rules/types.js';
import { typedValues } from '../../schema/typed.js';
import { compareDates } from '../../time/calendar.js';
import { dateOf, frequencyOf, nextReview } from '../../time/recurrence.js';
import { isRecord } from '../sites.js';
import { spokenDate } from '../values.js';

/**
 * A document that says how often it is reviewed ("jaarlijks", "elk kwartaal") and when it last
 * was: the next review is due one period after the last (or on its own `next`); past that day
 * (`--today`) the review is overdue. A recurrence agendum cannot read is reported too, as it
 * would otherwise never come due.
 */
export const reviewDue: Rule = {
  meta: {
    id: 'timeline/review-overdue',
    description: {
      en: 'A document reviewed on a cycle (`review: {every, last}`) is not past its next review date, relative to --today.',
      nl: 'Een document dat volgens een cyclus wordt herzien (`review: {every, last}`), is niet voorbij zijn volgende herzieningsdatum, ten opzichte van --today.',
    },
    severity: 'warning',
    messages: {
      overdue: {
        en: 'the review ({every}) was due on {due}: the last one was {last}',
        nl: 'de herziening ({every}) had op {due} moeten plaatsvinden: de laatste was {last}',
      },
      overdueStated: { en: 'the review was due on {due}', nl: 'de herziening had op {due} moeten plaatsvinden' },
      notRecurring: {
        en: '"{every}" does not say how often: a review cycle is a recurrence such as "jaarlijks", "elk kwartaal" or "elke twee jaar"',
        nl: '"{every}" zegt niet hoe vaak: een herzieningscyclus is een herhaling zoals "jaarlijks", "elk kwartaal" of "elke twee jaar"',
      },
      inconsistent: {
        en: 'the next review ({next}) is not one cycle ({every}) after the last ({last}), which gives {derived}',
        nl: 'de volgende herziening ({next}) ligt niet één cyclus ({every}) na de laatste ({last}), wat {derived} geeft',
      },
      fix: {
        en: 'Record the review that took place in `last` (and update the document), or plan it in `next`.',
        nl: 'Leg de herziening die plaatsvond vast in `last` (en werk het document bij), of plan haar in `next`.',
      },
      fixCycle: { en: 'Write how often, e.g. "jaarlijks".', nl: 'Schrijf hoe vaak, bijvoorbeeld "jaarlijks".' },
    },
  },
  check(context) {
    for (const typed of typedValues(context.data, context.definition)) {
      if (typed.type !== 'reviewCycle' || !isRecord(typed.value)) continue;
      const review = typed.value;
      const at = (key: string) => toPointer([...typed.path, key]);
      const every = typeof review.every === 'string' ? review.every : undefined;
      if (every !== undefined && !frequencyOf(every)) {
        context.report({ path: at('every'), messageId: 'notRecurring', data: { every }, hintId: 'fixCycle' });
        continue;
      }
      const last = dateOf(review.last);
      const next = nextReview(review);
      // A `next` that is not one cycle after `last` is a plan the writer made; say so when it is later.
      if (next && !next.derived && last && every) {
        const derived = nextReview({ every, last: review.last });
        if (derived && compareDates(next.date, derived.date) > 0) {
          context.report({ path: at('next'), messageId: 'inconsistent', data: { next: spokenDate(next.date), every, last: spokenDate(last), derived: spokenDate(derived.date) }, severity: 'info' });
        }
      }
      const today = context.settings.today;
      if (!today || !next || compareDates(next.date, today) >= 0) continue;
      const data = { every: every ?? '', due: spokenDate(next.date), last: last ? spokenDate(last) : { en: 'never', nl: 'nooit' } };
      context.report({ path: next.derived ? at('last') : at('next'), messageId: next.derived ? 'overdue' : 'overdueStated', data, hintId: 'fix' });
    }
  },
};
