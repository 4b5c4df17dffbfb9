import type { Classification, DiffRule } from '../types.js';
import { show, signed } from './shared.js';

/** A deadline that comes sooner leaves less time for the work. */
export const deadlineEarlier: DiffRule = {
  meta: {
    id: 'diff/deadline-earlier',
    description: 'A deadline was moved to an earlier date.',
    level: 'breaking',
    messages: {
      earlier: { en: 'deadline moved earlier: {before} → {after} ({days} days)', nl: 'deadline vervroegd: {before} → {after} ({days} dagen)' },
      closed: { en: 'open-ended time now has a deadline: {before} → {after}', nl: 'open einde krijgt een deadline: {before} → {after}' },
    },
  },
  classify(change): Classification | undefined {
    const detail = change.detail;
    if (change.type !== 'changed' || detail?.kind !== 'period' || !detail.deadline) return undefined;
    if (detail.endDeltaDays !== undefined) {
      if (detail.endDeltaDays >= 0) return undefined;
      return { messageId: 'earlier', data: { before: show(change.before), after: show(change.after), days: signed(detail.endDeltaDays) } };
    }
    // No delta but a comparison: the end went from open to bounded.
    if (detail.change === 'shortened' || detail.change === 'moved') {
      return { messageId: 'closed', data: { before: show(change.before), after: show(change.after) } };
    }
    return undefined;
  },
};
