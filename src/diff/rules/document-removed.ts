import type { Classification, DiffRule } from '../types.js';
import { ACTION_LISTS, AGREEMENT_LISTS, THEME_LISTS, wholeDocument } from './shared.js';
import { indexItems } from '../index-items.js';

/** The lists that hold commitments: removing a document with any of them takes them all away. */
const COMMITTING_LISTS: ReadonlySet<string> = new Set([...ACTION_LISTS, ...AGREEMENT_LISTS, ...THEME_LISTS]);

/**
 * A whole document taken away. When it held agreements, actions, themes or projects, all of that
 * goes with it, which weighs at least as much as removing one action: breaking.
 */
export const documentRemoved: DiffRule = {
  meta: {
    id: 'diff/document-removed',
    description: 'A whole document was removed; breaking when it held agreements, actions, themes or projects.',
    level: 'breaking',
    messages: {
      removed: { en: 'document removed: {name}, with its {count} agreements, actions and themes', nl: 'document verwijderd: {name}, met zijn {count} afspraken, acties en thema’s' },
    },
  },
  classify(change, context): Classification | undefined {
    if (change.type !== 'removed' || !wholeDocument(change)) return undefined;
    const count = [...indexItems(change.before).values()].filter((item) => {
      const list = item.segments[item.segments.length - 2];
      return typeof list === 'string' && COMMITTING_LISTS.has(list);
    }).length;
    return count > 0 ? { messageId: 'removed', data: { name: context.documentName, count } } : undefined;
  },
};
