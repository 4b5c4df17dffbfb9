import type { Classification, DiffRule } from '../types.js';
import { show } from './shared.js';

/** Something new in the document: an item, a list element, a field. */
export const itemAdded: DiffRule = {
  meta: {
    id: 'diff/item-added',
    description: 'An item, list element or field was added.',
    level: 'info',
    messages: {
      item: { en: '{name} added', nl: '{name} toegevoegd' },
      value: { en: 'added: {after}', nl: 'toegevoegd: {after}' },
    },
  },
  classify(change, context): Classification | undefined {
    if (change.type !== 'added') return undefined;
    if (context.item) return { messageId: 'item', data: { name: context.nameOf(context.item) } };
    return { messageId: 'value', data: { after: show(change.after) } };
  },
};
