import type { DiffRule } from '../types.js';
import { AGREEMENT_LISTS, bindingAgreement } from './shared.js';

/** A development agenda's agreements bind the parties, so a new one needs their consent. */
export const agreementAdded: DiffRule = {
  meta: {
    id: 'diff/agreement-added',
    description: 'A binding agreement was added to a development agenda; all parties must consent.',
    level: 'approval',
    messages: {
      added: {
        en: '{name} (binding) added: needs the consent of all parties',
        nl: '{name} (bindend) toegevoegd: vraagt instemming van alle partijen',
      },
    },
  },
  classify(change, context) {
    if (change.type !== 'added' || !context.item || !AGREEMENT_LISTS.has(context.item.list)) return undefined;
    if (bindingAgreement(context) !== context.item) return undefined;
    return { messageId: 'added', data: { name: context.nameOf(context.item) } };
  },
};
