import type { RenderLang } from '../labels.js';
import { formatDate } from './dates.js';

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * One labelled part of a period in the writer's order: {label: "Pilots in", expression: "2020"}
 * reads "Pilots in 2020", {expression: "2020", label: "bekendheid CSG"} reads "2020 bekendheid CSG".
 * A note follows in parentheses.
 */
function formatSegment(segment: Readonly<Record<string, unknown>>, lang: RenderLang): string {
  const words: string[] = [];
  for (const [key, value] of Object.entries(segment)) {
    if (value === undefined || value === null || value === '') continue;
    if (key === 'label') words.push(String(value));
    else if (key === 'expression') words.push(formatExpression(value, lang));
    else if (key === 'note') words.push(`(${String(value)})`);
  }
  return words.join(' ');
}

/**
 * A period as the writer put it: a time expression ("2020 t/m 2023", 2022), a labelled segment,
 * or several segments joined by semicolons ("Pilots in 2020; Regionale uitrol 2021 en verder").
 * The language does not change the writer's words.
 */
export function formatPeriod(period: unknown, lang: RenderLang = 'nl'): string {
  if (typeof period === 'string' || typeof period === 'number') return formatExpression(period, lang);
  if (Array.isArray(period)) {
    return period
      .map((segment) => (isRecord(segment) ? formatSegment(segment, lang) : formatPeriod(segment, lang)))
      .filter((text) => text !== '')
      .join('; ');
  }
  if (isRecord(period)) return formatSegment(period, lang);
  return '';
}

/**
 * An expression as written, except a date written in figures ("2020-03-31", "31-03-2020"), which
 * reads as the document's other dates do ("31 maart 2020"): one style of date in a document.
 */
function formatExpression(value: unknown, lang: RenderLang): string {
  const written = String(value);
  return /^\s*(?:\d{4}-\d{2}-\d{2}|\d{1,2}-\d{1,2}-\d{4})\s*$/.test(written) ? formatDate(written, lang) : written;
}
