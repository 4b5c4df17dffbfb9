/** What the diff rules share: which lists hold which things, and how values read in messages. */
import { formatMoney } from '../../render/text/money.js';
import type { Message } from '../../core/i18n.js';
import type { Ancestor, ClassifyContext, RawChange } from '../types.js';
import { asMoney, isRecord } from '../values.js';

/** Lists of a development agenda whose items are agreements (or groups of them). */
export const AGREEMENT_LISTS: ReadonlySet<string> = new Set(['generalAgreements', 'providerAgreements', 'agreements']);
/** Lists whose items are themes or larger parts of work. */
export const THEME_LISTS: ReadonlySet<string> = new Set(['actionLines', 'themes', 'principles', 'projects']);
/** Lists whose items are actions or steps of work. */
export const ACTION_LISTS: ReadonlySet<string> = new Set(['regionalActions', 'localActions', 'actions', 'phases']);

/** Whether the document's agreements bind its parties, as a development agenda's do. */
export function hasBindingAgreements(context: ClassifyContext): boolean {
  return context.bindingAgreements;
}

/**
 * The innermost binding agreement around a change, in a development agenda. Agreements are
 * binding unless they, or the document, say `binding: false`.
 */
export function bindingAgreement(context: ClassifyContext, side: 'new' | 'old' = 'new'): Ancestor | undefined {
  if (!hasBindingAgreements(context)) return undefined;
  const ancestors = side === 'new' ? context.ancestors : context.oldAncestors;
  const data = side === 'new' ? context.data : context.oldData;
  const agreements = ancestors.filter((a) => AGREEMENT_LISTS.has(a.list));
  const innermost = agreements[agreements.length - 1];
  if (!innermost) return undefined;
  for (let i = agreements.length - 1; i >= 0; i--) {
    const own = agreements[i]!.value.binding;
    if (typeof own === 'boolean') return own ? innermost : undefined;
  }
  const documentBinding = isRecord(data) && typeof data.binding === 'boolean' ? data.binding : true;
  return documentBinding ? innermost : undefined;
}

/** A short rendering of a value for messages: amounts in Dutch notation, text shortened. */
export function show(value: unknown): string {
  const money = asMoney(value);
  if (money) return formatMoney({ value: money.value, currency: money.currency }, 'nl');
  if (typeof value === 'string') return value.length > 60 ? `"${value.slice(0, 57)}…"` : `"${value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isRecord(value) && typeof value.expression === 'string') return show(value.expression);
  if (value === undefined) return '—';
  const json = JSON.stringify(value) ?? '';
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}

export function signed(n: number, unit = ''): string {
  return `${n > 0 ? '+' : n < 0 ? '−' : '±'}${Math.abs(n)}${unit}`;
}

/** A signed percentage in each language's notation: "+7.85%", "+7,85 %". */
export function percentage(n: number): Message {
  const sign = n > 0 ? '+' : n < 0 ? '−' : '±';
  const abs = Math.abs(n);
  return { en: `${sign}${abs}%`, nl: `${sign}${String(abs).replace('.', ',')} %` };
}

/** What a change is about, for messages: its id, or else its path. */
export function subject(change: RawChange): string {
  return change.id ?? change.path;
}

/** Whether a change is about a whole document (added or removed in a revision range). */
export function wholeDocument(change: RawChange): boolean {
  return (change.type === 'added' && change.newPointer === '' && change.oldPointer === undefined) || (change.type === 'removed' && change.oldPointer === '' && change.newPointer === undefined);
}
