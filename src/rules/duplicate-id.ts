import { toPointer } from '../core/pointer.js';
import type { Rule } from './types.js';
import { visits } from './visits.js';

/** Ids are how diffs match items and how references resolve, so each may be used once. */
export const duplicateId: Rule = {
  meta: {
    id: 'ref/duplicate-id',
    description: {
      en: 'Every `id` is unique within its document.',
      nl: 'Elke `id` is uniek binnen zijn document.',
    },
    severity: 'error',
    messages: {
      duplicate: {
        en: 'duplicate id "{id}": ids must be unique within the document',
        nl: 'dubbele id "{id}": een id mag maar één keer voorkomen in een document',
      },
      first: { en: '"{id}" is first used here', nl: '"{id}" staat hier voor het eerst' },
      fix: {
        en: 'Give this item an id of its own; references and diffs rely on ids being unique.',
        nl: 'Geef dit onderdeel een eigen id; verwijzingen en vergelijkingen gaan uit van unieke ids.',
      },
    },
  },
  check(context) {
    const first = new Map<string, string>();
    for (const visit of visits(context.data)) {
      const value = visit.value;
      if (visit.key !== 'id' || visit.depth === 1 || typeof value !== 'string') continue;
      const pointer = toPointer(visit.path);
      const earlier = first.get(value);
      if (earlier === undefined) {
        first.set(value, pointer);
        continue;
      }
      context.report({
        path: pointer,
        messageId: 'duplicate',
        data: { id: value },
        hintId: 'fix',
        related: [{ path: earlier, messageId: 'first', data: { id: value } }],
      });
    }
  },
};
