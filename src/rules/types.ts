import type { Severity } from '../core/diagnostic.js';

/** What a rule knows about itself: shown in docs, used by the engine to decorate findings. */
export interface RuleMeta {
  /** Stable, hierarchical id, e.g. `ref/duplicate-id`. */
  readonly id: string;
  readonly description: string;
  readonly severity: Severity;
}

/** A finding as a rule reports it: what and where; the engine adds file, range and severity. */
export interface RuleReport {
  /** JSON pointer to the offending value. */
  readonly path: string;
  readonly message: string;
  readonly hint?: string;
  /** Point at the key of the member at `path` instead of its value. */
  readonly atKey?: boolean;
  readonly related?: readonly { readonly path: string; readonly message: string }[];
}

export interface RuleContext {
  /** The document's data, already valid against its kind's schema. */
  readonly data: Readonly<Record<string, unknown>>;
  readonly kind: string;
  report(finding: RuleReport): void;
}

export interface Rule {
  readonly meta: RuleMeta;
  check(context: RuleContext): void;
}
