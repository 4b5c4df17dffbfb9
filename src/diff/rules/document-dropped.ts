import type { Classification, DiffRule } from '../types.js';
import { wholeDocument } from './shared.js';

/** A whole document taken away that held no agreements or work (a glossary, a register). */
export const documentDropped: DiffRule = {
  meta: {
    id: 'diff/document-dropped',
    description: 'A whole document without agreements, actions, themes or projects was removed.',
    level: 'info',
    messages: {
      removed: { en: 'document removed: {name}', nl: 'document verwijderd: {name}' },
    },
  },
  classify(change, context): Classification | undefined {
    if (change.type !== 'removed' || !wholeDocument(change)) return undefined;
    return { messageId: 'removed', data: { name: context.documentName } };
  },
};
