import { addMonths, type CalendarDate } from './calendar.js';
import { parseTime } from './time.js';
import { FREQUENCY_MONTHS, intervalsOf, type Frequency } from './types.js';

/** How often a recurrence as written comes back ("jaarlijks", "elk kwartaal"), or undefined when it is no recurrence. */
export function frequencyOf(written: string): Frequency | undefined {
  const result = parseTime(written);
  return result.ok && result.value.type === 'recurrence' ? result.value.frequency : undefined;
}

/** The first day a date as written stands for ("12 maart 2024", "2024-03-12", "maart 2024"), or undefined. */
export function dateOf(written: unknown): CalendarDate | undefined {
  if (typeof written !== 'string' && typeof written !== 'number') return undefined;
  const result = parseTime(written);
  if (!result.ok) return undefined;
  return intervalsOf(result.value)[0]?.start;
}

/**
 * When a review is next due: its own `next` when the document says, else one period of its
 * recurrence after the last review (a yearly review last held on 12 maart 2024 is due on 12 maart
 * 2025). Undefined when neither can be read.
 */
export function nextReview(review: { readonly every?: unknown; readonly last?: unknown; readonly next?: unknown }): { date: CalendarDate; derived: boolean } | undefined {
  const stated = dateOf(review.next);
  if (stated) return { date: stated, derived: false };
  const last = dateOf(review.last);
  const frequency = typeof review.every === 'string' ? frequencyOf(review.every) : undefined;
  if (!last || !frequency) return undefined;
  return { date: addMonths(last, FREQUENCY_MONTHS[frequency]), derived: true };
}
