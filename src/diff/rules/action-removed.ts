import type { DiffRule } from '../types.js';
import { ACTION_LISTS } from './shared.js';

/** A removed action is work the agenda no longer promises. */
export const actionRemoved: DiffRule = {
  meta: {
    id: 'diff/action-removed',
    description: 'An action (regional, local) or a phase of work was removed.',
    level: 'breaking',
    messages: {
      removed: { en: '{name} removed', nl: '{name} verwijderd' },
    },
  },
  classify(change, context) {
    if (change.type !== 'removed' || !context.item || !ACTION_LISTS.has(context.item.list)) return undefined;
    return { messageId: 'removed', data: { name: context.nameOf(context.item) } };
  },
};
