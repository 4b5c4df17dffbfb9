/**
 * The whole units (as decimal digits) and the cents of a finite amount, exact however large:
 * past 2^53 cents a number has no cents left to show, and its whole units are written out from
 * the number itself (1e22 is "10000000000000000000000"), never in exponent notation.
 */
export function amountParts(value: number): { negative: boolean; whole: string; cents: number } {
  const abs = Math.abs(value);
  const cents = abs * 100;
  if (Number.isSafeInteger(Math.round(cents))) {
    const rounded = Math.round(cents);
    return { negative: value < 0 && rounded > 0, whole: String(Math.floor(rounded / 100)), cents: rounded % 100 };
  }
  return { negative: value < 0, whole: BigInt(Math.round(abs)).toString(), cents: 0 };
}
