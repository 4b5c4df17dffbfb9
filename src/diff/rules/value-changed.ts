import type { DiffRule } from '../types.js';
import { show } from './shared.js';

/** The last resort: any other value that changed. Every change gets a code. */
export const valueChanged: DiffRule = {
  meta: {
    id: 'diff/value-changed',
    description: 'Any other value changed.',
    level: 'info',
    messages: {
      changed: { en: 'changed: {before} → {after}', nl: 'gewijzigd: {before} → {after}' },
    },
  },
  classify(change) {
    return { messageId: 'changed', data: { before: show(change.before), after: show(change.after) } };
  },
};
