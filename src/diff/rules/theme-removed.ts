import type { DiffRule } from '../types.js';
import { THEME_LISTS } from './shared.js';

/** A removed theme, action line or project takes away all the work it held. */
export const themeRemoved: DiffRule = {
  meta: {
    id: 'diff/theme-removed',
    description: 'A theme, action line, principle or project was removed.',
    level: 'breaking',
    messages: {
      removed: { en: '{name} removed, with all its work', nl: '{name} verwijderd, met al het werk erin' },
    },
  },
  classify(change, context) {
    if (change.type !== 'removed' || !context.item || !THEME_LISTS.has(context.item.list)) return undefined;
    return { messageId: 'removed', data: { name: context.nameOf(context.item) } };
  },
};
