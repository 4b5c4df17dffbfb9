import { amountParts } from '../../core/amount.js';
import type { RenderLang } from '../labels.js';

const SYMBOLS: Readonly<Record<string, string>> = { EUR: '€' };

function group(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/**
 * An amount in the notation of the document's language, computed by hand so the result does
 * not depend on the machine's locale: Dutch "€ 45.000", "€ 1.234,50"; English "€45,000",
 * "€1,234.50". Whole amounts get no decimals; other amounts get two (rounded to the cent).
 */
export function formatMoney(money: unknown, lang: RenderLang): string {
  const value = typeof money === 'number' ? money : (money as { value?: unknown } | null)?.value;
  const currency = typeof money === 'object' && money && typeof (money as { currency?: unknown }).currency === 'string'
    ? (money as { currency: string }).currency
    : 'EUR';
  if (typeof value !== 'number' || !Number.isFinite(value)) return String(value);
  const parts = amountParts(value);
  const whole = group(parts.whole, lang === 'nl' ? '.' : ',');
  const fraction = parts.cents === 0 ? '' : `${lang === 'nl' ? ',' : '.'}${String(parts.cents).padStart(2, '0')}`;
  const sign = parts.negative ? '-' : '';
  const symbol = SYMBOLS[currency];
  if (!symbol) return `${currency} ${sign}${whole}${fraction}`;
  return lang === 'nl' ? `${symbol} ${sign}${whole}${fraction}` : `${sign}${symbol}${whole}${fraction}`;
}
