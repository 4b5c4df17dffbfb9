import type { Classification, DiffRule } from '../types.js';
import { show } from './shared.js';

/** Something new in the document: an item, a list element, a field. */
export const itemAdded: DiffRule = {
  meta: {
    id: 'diff/item-added',
    description: 'An item, list element or field was added.',
    level: 'info',
    messages: {
      item: { en: '"{id}" added', nl: '"{id}" toegevoegd' },
      value: { en: 'added: {after}', nl: 'toegevoegd: {after}' },
    },
  },
  classify(change): Classification | undefined {
    if (change.type !== 'added') return undefined;
    if (change.id !== undefined) return { messageId: 'item', data: { id: change.id } };
    return { messageId: 'value', data: { after: show(change.after) } };
  },
};
