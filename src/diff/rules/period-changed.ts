import type { DiffRule } from '../types.js';
import { show } from './shared.js';
import { days } from './period-shortened.js';

/** Periods that grew, moved, or were reworded: worth seeing, no approval needed. */
export const periodChanged: DiffRule = {
  meta: {
    id: 'diff/period-changed',
    description: 'A period or date was extended, moved, reworded or otherwise changed (not shortened).',
    level: 'info',
    messages: {
      extended: { en: 'period extended: {before} → {after} (start {start} days, end {end} days)', nl: 'periode verlengd: {before} → {after} (begin {start} dagen, einde {end} dagen)' },
      moved: { en: 'period moved: {before} → {after} (start {start} days, end {end} days)', nl: 'periode verschoven: {before} → {after} (begin {start} dagen, einde {end} dagen)' },
      same: { en: 'period reworded, same days: {before} → {after}', nl: 'periode anders verwoord, zelfde dagen: {before} → {after}' },
      changed: { en: 'period changed: {before} → {after}', nl: 'periode gewijzigd: {before} → {after}' },
    },
  },
  classify(change) {
    const detail = change.detail;
    if (change.type !== 'changed' || detail?.kind !== 'period') return undefined;
    const messageId = detail.change === 'shortened' ? 'changed' : detail.change;
    return {
      messageId,
      data: { before: show(change.before), after: show(change.after), start: days(detail.startDeltaDays), end: days(detail.endDeltaDays) },
    };
  },
};
