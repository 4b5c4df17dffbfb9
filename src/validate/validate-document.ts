import type { Diagnostic } from '../core/diagnostic.js';

import type { SourceDocument } from '../core/source.js';
import { parseSource, rangeOf } from '../core/source.js';
import { closest } from '../core/suggest.js';
import { KINDS } from '../model/kinds.js';
import { RULES } from '../rules/index.js';
import type { RuleReport } from '../rules/index.js';
import { schemaDiagnostics } from '../schema/diagnostics.js';
import { validatorFor } from '../schema/registry.js';

export interface DocumentResult {
  readonly source: SourceDocument;
  /** The document's kind, when it names one agendum knows. */
  readonly kind: string | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Validates one document's text: YAML syntax, the kind's schema, then the semantic rules.
 * Pure: takes text, returns findings; never reads files or throws on bad input.
 */
export function validateDocument(text: string, file: string): DocumentResult {
  const source = parseSource(text, file);
  const diagnostics: Diagnostic[] = [...source.diagnostics];
  if (source.data === undefined) return { source, kind: undefined, diagnostics };

  const data = source.data;
  const at = (code: string, message: string, path = '', hint?: string): Diagnostic => ({
    code,
    severity: 'error',
    message,
    file,
    path,
    range: rangeOf(source, path, 'key'),
    ...(hint ? { hint } : {}),
  });

  if (data === null || data === undefined) {
    diagnostics.push(at('document/empty', 'the file holds no document', '', `Start with "schemaVersion: 1" and "kind: ${KINDS[0]!.kind}", or run "agendum new KIND".`));
    return { source, kind: undefined, diagnostics };
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    diagnostics.push(at('document/not-a-mapping', `a document must be a mapping of fields (key: value), not ${Array.isArray(data) ? 'a list' : 'a single value'}`));
    return { source, kind: undefined, diagnostics };
  }
  const record = data as Record<string, unknown>;
  const kind = record.kind;
  const kindNames = KINDS.map((k) => k.kind);
  if (kind === undefined) {
    diagnostics.push(at('document/missing-kind', 'missing required property "kind": it says which kind of document this is', '', `One of: ${kindNames.join(', ')}.`));
    return { source, kind: undefined, diagnostics };
  }
  const validate = typeof kind === 'string' ? validatorFor(kind) : undefined;
  if (!validate) {
    const suggestion = typeof kind === 'string' ? closest(kind, kindNames) : undefined;
    diagnostics.push({
      ...at('document/unknown-kind', `unknown kind ${JSON.stringify(kind)}${suggestion ? `; did you mean "${suggestion}"?` : ''}`, '/kind'),
      range: rangeOf(source, '/kind'),
      hint: `Known kinds: ${kindNames.join(', ')}.`,
    });
    return { source, kind: undefined, diagnostics };
  }

  if (!validate(record)) diagnostics.push(...schemaDiagnostics(source, validate.errors ?? []));

  for (const rule of RULES) {
    const reports: RuleReport[] = [];
    rule.check({ data: record, kind: kind as string, report: (r) => reports.push(r) });
    for (const report of reports) {
      diagnostics.push({
        code: rule.meta.id,
        severity: rule.meta.severity,
        message: report.message,
        file,
        path: report.path,
        range: rangeOf(source, report.path, report.atKey ? 'key' : 'value'),
        ...(report.hint ? { hint: report.hint } : {}),
        ...(report.related
          ? { related: report.related.map((r) => ({ file, path: r.path, range: rangeOf(source, r.path), message: r.message })) }
          : {}),
      });
    }
  }
  return { source, kind: kind as string, diagnostics };
}

