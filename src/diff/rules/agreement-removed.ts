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
        en: '{name} (binding) removed: needs the consent of all parties',
        nl: '{name} (bindend) verwijderd: vraagt instemming van alle partijen',
      },
    },
  },
  classify(change, context) {
    if (change.type !== 'removed' || !context.item || !AGREEMENT_LISTS.has(context.item.list)) return undefined;
    if (bindingAgreement(context) !== context.item) return undefined;
    return { messageId: 'removed', data: { name: context.nameOf(context.item) } };
  },
};
