import type { DiffRule } from '../types.js';
import { AGREEMENT_LISTS, bindingAgreement } from './shared.js';

/** Removing a binding agreement needs the consent of all parties, like changing it. */
export const agreementRemoved: DiffRule = {
  meta: {
    id: 'diff/agreement-removed',
    description: 'A binding agreement was removed from a development agenda; all parties must consent.',
    level: 'approval',
    messages: {
      removed: {
        en: 'binding agreement {name} removed: needs the consent of all parties',
        nl: 'bindende afspraak {name} verwijderd: vraagt instemming van alle partijen',
      },
    },
  },
  classify(change, context) {
    if (change.type !== 'removed' || !context.item || !AGREEMENT_LISTS.has(context.item.list)) return undefined;
    if (bindingAgreement(context) !== context.item) return undefined;
    return { messageId: 'removed', data: { name: context.nameOf(context.item) } };
  },
};
