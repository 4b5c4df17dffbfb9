import type { DiffRule } from '../types.js';
import { show } from './shared.js';

/** A new title for the same item (same id). */
export const itemRenamed: DiffRule = {
  meta: {
    id: 'diff/item-renamed',
    description: 'An item kept its id but got a new title or name.',
    level: 'info',
    messages: {
      renamed: { en: 'renamed: {before} → {after}', nl: 'hernoemd: {before} → {after}' },
    },
  },
  classify(change) {
    if (change.type !== 'renamed') return undefined;
    return { messageId: 'renamed', data: { before: show(change.before), after: show(change.after) } };
  },
};
