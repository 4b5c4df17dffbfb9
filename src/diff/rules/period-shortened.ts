import type { DiffRule } from '../types.js';
import { show } from './shared.js';

/** A shorter period leaves less time for the same work. */
export const periodShortened: DiffRule = {
  meta: {
    id: 'diff/period-shortened',
    description: 'A period was shortened: it starts later or ends sooner, and covers no new days.',
    level: 'breaking',
    messages: {
      shortened: {
        en: 'period shortened: {before} → {after} (start {start} days, end {end} days)',
        nl: 'periode ingekort: {before} → {after} (begin {start} dagen, einde {end} dagen)',
      },
    },
  },
  classify(change) {
    const detail = change.detail;
    if (change.type !== 'changed' || detail?.kind !== 'period' || detail.change !== 'shortened') return undefined;
    return {
      messageId: 'shortened',
      data: { before: show(change.before), after: show(change.after), start: days(detail.startDeltaDays), end: days(detail.endDeltaDays) },
    };
  },
};

export function days(n: number | undefined): string {
  if (n === undefined) return '?';
  return `${n > 0 ? '+' : n < 0 ? '−' : '±'}${Math.abs(n)}`;
}
