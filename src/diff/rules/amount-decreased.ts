import type { Classification, DiffRule } from '../types.js';
import { asMoney, moneyWithin } from '../values.js';
import { percentage, show } from './shared.js';

/** Less money for the same work: a budget cut, or an amount that is gone. */
export const amountDecreased: DiffRule = {
  meta: {
    id: 'diff/amount-decreased',
    description: 'An amount of money (budget, funding, cost) was lowered or removed.',
    level: 'breaking',
    messages: {
      decreased: { en: 'amount decreased: {before} → {after} ({percent})', nl: 'bedrag verlaagd: {before} → {after} ({percent})' },
      removed: { en: 'amount removed: {before}', nl: 'bedrag verwijderd: {before}' },
    },
  },
  classify(change): Classification | undefined {
    const detail = change.detail;
    if (change.type === 'changed' && detail?.kind === 'amount' && detail.delta < 0) {
      const percent = detail.percent === undefined ? show({ value: detail.delta, currency: detail.currency }) : percentage(detail.percent);
      return { messageId: 'decreased', data: { before: show(change.before), after: show(change.after), percent } };
    }
    if (change.type === 'removed' && moneyWithin(change.before).length > 0) {
      const money = asMoney(change.before) ?? moneyWithin(change.before)[0]!;
      return { messageId: 'removed', data: { before: show({ value: money.value, currency: money.currency }) } };
    }
    return undefined;
  },
};
