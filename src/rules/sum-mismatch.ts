import type { PathSegment } from '../core/pointer.js';
import { toPointer } from '../core/pointer.js';
import { isRecord, select } from './select.js';
import type { DocumentContext, Rule } from './types.js';
import { visits } from './visits.js';
import { amountParts } from '../core/amount.js';

interface Money {
  readonly cents: number;
  readonly currency: string;
}

/**
 * A stated total must be the sum of its parts. Amounts are compared in whole cents, so 0.1 +
 * 0.2 is 0.3. Where some parts have no amount, the sum can only be checked from above: the
 * known parts must not already exceed the total.
 */
export const sumMismatch: Rule = {
  meta: {
    id: 'amount/sum-mismatch',
    description: {
      en: 'A stated total equals the sum of its parts: a `total` beside `items` with amounts (the costs of a project); a plan\'s budget is not exceeded by its projects\' budgets; a funder\'s amounts per year add up to its amount, and the funders\' shares to no more than 100%.',
      nl: 'Een genoemd totaal is gelijk aan de som van zijn delen: een `total` naast `items` met bedragen (de kosten van een project); de begroting van een plan wordt niet overschreden door die van zijn projecten; de bedragen per jaar van een financier tellen op tot zijn bedrag, en de aandelen van de financiers tot niet meer dan 100%.',
    },
    severity: 'error',
    messages: {
      perYear: {
        en: 'the funder gives {total} in all, but its amounts per year add up to {sum}',
        nl: 'de financier geeft in totaal {total}, maar de bedragen per jaar tellen op tot {sum}',
      },
      perYearExceeded: {
        en: 'the funder gives {total} in all, but the years that have an amount already add up to {sum}',
        nl: 'de financier geeft in totaal {total}, maar de jaren met een bedrag tellen al op tot {sum}',
      },
      shares: {
        en: 'the funders\' shares add up to {sum}%, more than 100%',
        nl: 'de aandelen van de financiers tellen op tot {sum}%, meer dan 100%',
      },
      fixFunders: {
        en: 'Correct the amounts or shares so that they agree.',
        nl: 'Verbeter de bedragen of aandelen, zodat ze kloppen.',
      },
      mismatch: {
        en: 'the stated total is {total}, but the items add up to {sum} (a difference of {difference})',
        nl: 'het genoemde totaal is {total}, maar de posten tellen op tot {sum} (een verschil van {difference})',
      },
      exceeded: {
        en: 'the stated total is {total}, but the items that have an amount already add up to {sum}',
        nl: 'het genoemde totaal is {total}, maar de posten met een bedrag tellen al op tot {sum}',
      },
      budgetExceeded: {
        en: 'the plan\'s budget is {total}, but the budgets of its projects add up to {sum}',
        nl: 'het budget van het plan is {total}, maar de budgetten van de projecten tellen op tot {sum}',
      },
      fixTotal: {
        en: 'Correct the total or the amounts of the items so that they agree.',
        nl: 'Verbeter het totaal of de bedragen van de posten, zodat ze kloppen.',
      },
      fixBudget: {
        en: 'Correct the plan\'s budget or the projects\' budgets.',
        nl: 'Verbeter het budget van het plan of de budgetten van de projecten.',
      },
    },
  },
  check(context) {
    for (const visit of visits(context.data)) {
      const value = visit.value;
      if (isRecord(value) && 'total' in value && Array.isArray(value.items)) checkItems(value, visit.path, context);
    }
    checkPlanBudget(context);
    for (const visit of visits(context.data)) {
      const value = visit.value;
      if (visit.depth > 0 && visit.key === 'funders' && Array.isArray(value)) checkFunders(value, visit.path, context);
    }
  },
};

/** A funder's amounts per year against its amount; the funders' shares together (of the whole, or of one year). */
function checkFunders(funders: readonly unknown[], path: readonly PathSegment[], context: DocumentContext): void {
  const shares: { share: number; at: PathSegment[] }[] = [];
  funders.forEach((funder, i) => {
    if (!isRecord(funder)) return;
    if (typeof funder.share === 'number' && Number.isFinite(funder.share)) shares.push({ share: funder.share, at: [...path, i, 'share'] });
    const total = money(funder.amount);
    const years = Array.isArray(funder.perYear) ? funder.perYear : [];
    if (!total || years.length === 0) return;
    const amounts = years.map((year) => (isRecord(year) ? money(year.amount) : undefined));
    const known = amounts.filter((a): a is Money => a !== undefined);
    if (known.length === 0 || known.some((a) => a.currency !== total.currency)) return;
    const sum = known.reduce((s, a) => s + a.cents, 0);
    const data = { total: euros(total.cents, total.currency), sum: euros(sum, total.currency) };
    const where = toPointer([...path, i, 'amount', 'value']);
    if (known.length === years.length && sum !== total.cents) context.report({ path: where, messageId: 'perYear', data, hintId: 'fixFunders' });
    else if (known.length < years.length && sum > total.cents) context.report({ path: where, messageId: 'perYearExceeded', data, hintId: 'fixFunders' });
  });
  // Shares in hundredths of a percent, so 33.33 + 33.33 + 33.34 is 100.
  const sum = shares.reduce((s, x) => s + Math.round(x.share * 100), 0);
  if (sum > 100_00) {
    const shown = String(sum / 100);
    context.report({ path: toPointer(shares[shares.length - 1]!.at), messageId: 'shares', data: { sum: { en: shown, nl: shown.replace('.', ',') } }, hintId: 'fixFunders' });
  }
}

/** `{ total, items: [{ amount }] }`, as the costs of a project are written. */
function checkItems(owner: Readonly<Record<string, unknown>>, path: readonly PathSegment[], context: DocumentContext): void {
  const total = money(owner.total);
  const items = owner.items as readonly unknown[];
  if (!total || items.length === 0) return;
  const amounts = items.map((item) => (isRecord(item) ? money(item.amount) : undefined));
  const known = amounts.filter((a): a is Money => a !== undefined);
  if (known.length === 0 || known.some((a) => a.currency !== total.currency)) return;
  const sum = known.reduce((s, a) => s + a.cents, 0);
  if (!Number.isSafeInteger(sum)) return;
  const where = toPointer([...path, 'total', 'value']);
  const data = { total: euros(total.cents, total.currency), sum: euros(sum, total.currency), difference: euros(Math.abs(sum - total.cents), total.currency) };
  if (known.length === items.length && sum !== total.cents) {
    context.report({ path: where, messageId: 'mismatch', data, hintId: 'fixTotal' });
  } else if (known.length < items.length && sum > total.cents) {
    context.report({ path: where, messageId: 'exceeded', data, hintId: 'fixTotal' });
  }
}

/** A plan may keep part of its budget unallocated, but its projects cannot have more than it. */
function checkPlanBudget(context: DocumentContext): void {
  const budget = isRecord(context.data.budget) ? money(context.data.budget.total) : undefined;
  if (!budget) return;
  let sum = 0;
  for (const { value } of select(context.data, 'projects/*/budget/total')) {
    const amount = money(value);
    if (!amount) continue;
    if (amount.currency !== budget.currency) return;
    sum += amount.cents;
  }
  if (Number.isSafeInteger(sum) && sum > budget.cents) {
    context.report({
      path: '/budget/total/value',
      messageId: 'budgetExceeded',
      data: { total: euros(budget.cents, budget.currency), sum: euros(sum, budget.currency) },
      hintId: 'fixBudget',
    });
  }
}

function money(value: unknown): Money | undefined {
  if (!isRecord(value) || typeof value.value !== 'number' || !Number.isFinite(value.value)) return undefined;
  const currency = typeof value.currency === 'string' ? value.currency : 'EUR';
  // Sums are compared to the cent; an amount too large to count in cents exactly is not summed.
  const cents = Math.round(value.value * 100);
  return Number.isSafeInteger(cents) ? { cents, currency } : undefined;
}

/** Dutch notation, as the documents write amounts: "€ 45.000", "€ 65,50". */
export function euros(cents: number, currency = 'EUR'): string {
  const parts = amountParts(cents / 100);
  const sign = parts.negative ? '-' : '';
  const whole = parts.whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const rest = parts.cents;
  const symbol = currency === 'EUR' ? '€' : currency;
  return `${sign}${symbol} ${whole}${rest ? `,${String(rest).padStart(2, '0')}` : ''}`;
}
