import type { Classification, DiffRule } from '../types.js';
import { bindingAgreement, hasBindingAgreements } from './shared.js';

/**
 * Any change inside a binding agreement (its text, period, parties, a move or a new title)
 * changes what the parties agreed to, so it needs their consent.
 */
export const agreementChanged: DiffRule = {
  meta: {
    id: 'diff/agreement-changed',
    description: 'A binding agreement of a development agenda was changed (text, period, parties, place); all parties must consent.',
    level: 'approval',
    messages: {
      changed: {
        en: '{name} (binding) changed: needs the consent of all parties',
        nl: '{name} (bindend) gewijzigd: vraagt instemming van alle partijen',
      },
      binding: {
        en: 'whether the agreements are binding changed: {before} → {after}; needs the consent of all parties',
        nl: 'het bindend zijn van de afspraken is gewijzigd: {before} → {after}; vraagt instemming van alle partijen',
      },
    },
  },
  classify(change, context): Classification | undefined {
    // The document's own `binding` decides for every agreement at once.
    if (hasBindingAgreements(context) && context.ancestors.length === 0 && (change.newPointer ?? change.oldPointer) === '/binding') {
      return { messageId: 'binding', data: { before: String(change.before ?? '—'), after: String(change.after ?? '—') } };
    }
    const agreement = bindingAgreement(context) ?? bindingAgreement(context, 'old');
    return agreement ? { messageId: 'changed', data: { name: context.nameOf(agreement) } } : undefined;
  },
};
