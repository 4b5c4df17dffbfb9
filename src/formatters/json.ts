import type { WordedDiagnostic } from '../i18n/catalogue.js';
import { wordedData } from '../i18n/catalogue.js';
import type { Lang } from '../core/i18n.js';
import type { Formatter } from './types.js';
import { wordedFindings } from './report-words.js';

/** One JSON object: every finding with 1-based positions, then the counts. */
export const json: Formatter = (result, context) => {
  const { lang, diagnostics } = wordedFindings(result, context);
  return `${JSON.stringify(
    {
      diagnostics: diagnostics.map((d) => diagnosticJson(d, lang)),
      summary: result.summary,
    },
    null,
    2,
  )}\n`;
};

/**
 * A finding as JSON: 1-based positions, its code, message (in the chosen language) and JSON
 * pointer, and the message's id and data (each value worded) for tools that word it themselves.
 */
export function diagnosticJson(d: WordedDiagnostic, lang: Lang): Record<string, unknown> {
  const data = wordedData(d.text, lang);
  return {
    file: d.file,
    line: d.range.start.line,
    column: d.range.start.column,
    endLine: d.range.end.line,
    endColumn: d.range.end.column,
    severity: d.severity,
    code: d.code,
    message: d.message,
    path: d.path,
    messageId: d.text.id,
    ...(data ? { data } : {}),
    ...(d.hint ? { hint: d.hint } : {}),
    ...(d.alternatives?.length ? { alternatives: d.alternatives } : {}),
    ...(d.related
      ? { related: d.related.map((r) => ({ file: r.file, line: r.range.start.line, column: r.range.start.column, path: r.path, message: r.message })) }
      : {}),
  };
}
