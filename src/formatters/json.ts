import type { Diagnostic } from '../core/diagnostic.js';
import type { Formatter } from './types.js';

/** One JSON object: every finding with 1-based positions, then the counts. */
export const json: Formatter = (result) =>
  `${JSON.stringify(
    {
      diagnostics: result.diagnostics.map(diagnosticJson),
      summary: result.summary,
    },
    null,
    2,
  )}\n`;

/** A finding as JSON: 1-based positions, its code, message and JSON pointer. */
export function diagnosticJson(d: Diagnostic): Record<string, unknown> {
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
    ...(d.hint ? { hint: d.hint } : {}),
    ...(d.alternatives?.length ? { alternatives: d.alternatives } : {}),
    ...(d.related
      ? { related: d.related.map((r) => ({ file: r.file, line: r.range.start.line, column: r.range.start.column, path: r.path, message: r.message })) }
      : {}),
  };
}
