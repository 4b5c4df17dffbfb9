import type { DiffRule } from '../types.js';

/** An item that changed place keeps its id; the move itself changes no commitment. */
export const itemMoved: DiffRule = {
  meta: {
    id: 'diff/item-moved',
    description: 'An item moved to another place in the document (another theme, another list).',
    level: 'info',
    messages: {
      moved: { en: '"{id}" moved from {from}', nl: '"{id}" verplaatst vanaf {from}' },
    },
  },
  classify(change) {
    if (change.type !== 'moved') return undefined;
    return { messageId: 'moved', data: { id: change.id ?? '', from: change.fromPath ?? '' } };
  },
};
