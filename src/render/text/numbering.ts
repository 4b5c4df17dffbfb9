import type { RenderLang } from '../labels.js';

/** "1e", "2e" in Dutch; "1st", "2nd", "3rd", "11th" in English. */
export function formatOrdinal(n: number, lang: RenderLang): string {
  if (!Number.isInteger(n)) return String(n);
  if (lang === 'nl') return `${n}e`;
  const lastTwo = Math.abs(n) % 100;
  const last = Math.abs(n) % 10;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'th' : last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

/** 1 → a, 26 → z, 27 → aa (bijective base 26). */
function letters(n: number): string {
  let result = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    result = String.fromCharCode(97 + ((rest - 1) % 26)) + result;
  }
  return result;
}

const ROMAN: ReadonlyArray<readonly [number, string]> = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
  [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

function roman(n: number): string {
  let result = '';
  let rest = n;
  for (const [value, numeral] of ROMAN) {
    while (rest >= value) {
      result += numeral;
      rest -= value;
    }
  }
  return result;
}

/**
 * The number of an item that the writer did not number: 1, 2, 3 at the top level, a, b, c one
 * level down, i, ii, iii below that (then again from digits). `index` counts from 0.
 */
export function generatedNumber(index: number, depth: number): string {
  const n = index + 1;
  switch (depth % 3) {
    case 1:
      return letters(n);
    case 2:
      return roman(n);
    default:
      return String(n);
  }
}
