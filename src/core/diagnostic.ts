import type { Text } from './i18n.js';

/** How serious a finding is. Only errors make a check fail. */
export type Severity = 'error' | 'warning' | 'info';

/** A 1-based line and column in a source file. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** A span of source text; `end` is exclusive. */
export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** A place elsewhere that explains a finding (the first of two duplicate ids, say). */
export interface RelatedLocation {
  readonly file: string;
  readonly path: string;
  readonly range: Range;
  readonly message: Text;
}

/**
 * The one shape of every finding: schema errors, semantic rules, timeline checks and diff
 * classifications alike. `path` is a JSON pointer into the document. Its words are a message
 * id and data (`Text`), worded in the reader's language where the finding is printed.
 */
export interface Diagnostic {
  readonly code: string;
  readonly severity: Severity;
  readonly message: Text;
  readonly file: string;
  readonly path: string;
  readonly range: Range;
  readonly hint?: Text;
  readonly related?: readonly RelatedLocation[];
  /**
   * Other explanations that were set aside for this one (the failed branches of a `oneOf`);
   * shown with `--verbose`, so no error is dropped silently.
   */
  readonly alternatives?: readonly Text[];
}

export const START_OF_FILE: Range = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Orders findings by file, then position, then severity and code, so output is stable. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    compareStrings(a.file, b.file) ||
    a.range.start.line - b.range.start.line ||
    a.range.start.column - b.range.start.column ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    compareStrings(a.code, b.code) ||
    compareStrings(a.message.id, b.message.id) ||
    compareData(a.message, b.message)
  );
}

/** Two texts of the same message, ordered by their data (only reached for findings at the same place with the same code). */
function compareData(a: Text, b: Text): number {
  return a.data === b.data ? 0 : compareStrings(JSON.stringify(a.data ?? null), JSON.stringify(b.data ?? null));
}

/** Code-point order, independent of the locale the process runs in. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface Summary {
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

export function summarise(diagnostics: readonly Diagnostic[], files: number): Summary {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
    else infos++;
  }
  return { files, errors, warnings, infos };
}
