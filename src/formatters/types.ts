import type { Diagnostic, Summary } from '../core/diagnostic.js';
import type { Lang } from '../core/i18n.js';

/** What a check produced: findings sorted by file and position, and their counts. */
export interface CheckResult {
  readonly diagnostics: readonly Diagnostic[];
  readonly summary: Summary;
}

export interface FormatContext {
  readonly color: boolean;
  /** Source text by file, for code frames; its keys also tell JUnit which files were checked clean. */
  readonly sources?: ReadonlyMap<string, string>;
  /**
   * agendum's own version, for SARIF's `tool.driver.version`. The CLI reads it from package.json
   * and passes it in, so formatters stay pure; SARIF leaves the version out when it is absent.
   */
  readonly toolVersion?: string;
  /** Show the alternatives set aside for each finding. */
  readonly verbose?: boolean;
  /** Language of the formatter's own words (summary lines); English when absent. */
  readonly lang?: Lang;
}

export type Formatter = (result: CheckResult, context: FormatContext) => string;
