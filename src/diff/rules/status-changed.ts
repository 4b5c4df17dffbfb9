import type { DiffRule } from '../types.js';

/** Progress moved on (or back): open → inProgress → done, or dropped. */
export const statusChanged: DiffRule = {
  meta: {
    id: 'diff/status-changed',
    description: 'The status of a piece of work changed.',
    level: 'info',
    messages: {
      changed: { en: 'status changed: {from} → {to}', nl: 'status gewijzigd: {from} → {to}' },
    },
  },
  classify(change) {
    const detail = change.detail;
    if (change.type !== 'changed' || detail?.kind !== 'status') return undefined;
    return { messageId: 'changed', data: { from: detail.from, to: detail.to } };
  },
};
