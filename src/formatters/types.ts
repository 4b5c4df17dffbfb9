import type { Diagnostic, Summary } from '../core/diagnostic.js';

/** What a check produced: findings sorted by file and position, and their counts. */
export interface CheckResult {
  readonly diagnostics: readonly Diagnostic[];
  readonly summary: Summary;
}

export interface FormatContext {
  readonly color: boolean;
  /** Source text by file, for code frames. */
  readonly sources?: ReadonlyMap<string, string>;
}

export type Formatter = (result: CheckResult, context: FormatContext) => string;
