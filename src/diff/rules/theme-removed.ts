import type { DiffRule } from '../types.js';
import { THEME_LISTS } from './shared.js';

/** A removed theme, action line or project takes away all the work it held. */
export const themeRemoved: DiffRule = {
  meta: {
    id: 'diff/theme-removed',
    description: 'A theme, action line, principle or project was removed.',
    level: 'breaking',
    messages: {
      removed: { en: 'theme "{id}" ({list}) removed, with all its work', nl: 'thema "{id}" ({list}) verwijderd, met al het werk erin' },
    },
  },
  classify(change, context) {
    if (change.type !== 'removed' || !context.item || !THEME_LISTS.has(context.item.list)) return undefined;
    return { messageId: 'removed', data: { id: context.item.id, list: context.item.list } };
  },
};
