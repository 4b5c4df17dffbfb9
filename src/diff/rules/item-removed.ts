import type { Classification, DiffRule } from '../types.js';
import { show } from './shared.js';

/** Something taken out that no more specific rule speaks for (a partner, a paragraph, a field). */
export const itemRemoved: DiffRule = {
  meta: {
    id: 'diff/item-removed',
    description: 'An item, list element or field was removed (other than an action, theme, agreement or amount).',
    level: 'info',
    messages: {
      item: { en: '{name} removed', nl: '{name} verwijderd' },
      value: { en: 'removed: {before}', nl: 'verwijderd: {before}' },
    },
  },
  classify(change, context): Classification | undefined {
    if (change.type !== 'removed') return undefined;
    if (context.item) return { messageId: 'item', data: { name: context.nameOf(context.item) } };
    return { messageId: 'value', data: { before: show(change.before) } };
  },
};
