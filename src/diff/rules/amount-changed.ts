import type { DiffRule } from '../types.js';
import { percentage, show } from './shared.js';

/** A higher amount: more money for the work. */
export const amountChanged: DiffRule = {
  meta: {
    id: 'diff/amount-changed',
    description: 'An amount of money was raised.',
    level: 'info',
    messages: {
      increased: { en: 'amount increased: {before} → {after} ({percent})', nl: 'bedrag verhoogd: {before} → {after} ({percent})' },
    },
  },
  classify(change) {
    if (change.type !== 'changed') return undefined;
    const detail = change.detail;
    if (detail?.kind === 'amount') {
      const percent = detail.percent === undefined ? show({ value: detail.delta, currency: detail.currency }) : percentage(detail.percent);
      return { messageId: 'increased', data: { before: show(change.before), after: show(change.after), percent } };
    }
    return undefined;
  },
};
