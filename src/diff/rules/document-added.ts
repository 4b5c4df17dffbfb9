import type { Classification, DiffRule } from '../types.js';
import { wholeDocument } from './shared.js';

/** A whole document that the other version did not have: one change, named by its kind and title. */
export const documentAdded: DiffRule = {
  meta: {
    id: 'diff/document-added',
    description: 'A whole document was added (in a revision range, or against an empty file).',
    level: 'info',
    messages: {
      added: { en: 'new document: {name}', nl: 'nieuw document: {name}' },
    },
  },
  classify(change, context): Classification | undefined {
    if (change.type !== 'added' || !wholeDocument(change)) return undefined;
    return { messageId: 'added', data: { name: context.documentName } };
  },
};
