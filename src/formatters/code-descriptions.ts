import type { Severity } from '../core/diagnostic.js';
import { RULES } from '../rules/index.js';

/** What a report that lists rules (SARIF) says about a finding's code. */
export interface CodeDescription {
  readonly description: string;
  /** The default severity, known for semantic rules only. */
  readonly severity?: Severity;
}

const SEMANTIC: ReadonlyMap<string, CodeDescription> = new Map(
  RULES.map((rule) => [rule.meta.id, { description: rule.meta.description, severity: rule.meta.severity }]),
);

/**
 * The loader, the schema check and suppressions have no rule metadata. Their codes are described
 * here as docs/rules.md describes them, one by one where it does, else by family (the part before
 * the slash), so that a new code is never undescribed.
 */
const CODES: ReadonlyMap<string, string> = new Map([
  ['file/unreadable', 'The file cannot be read.'],
  ['file/encoding', 'The file is not UTF-8.'],
  ['file/binary', 'The file is not text.'],
  ['document/empty', 'The file holds no document.'],
  ['document/not-a-mapping', 'The document is not a mapping of fields.'],
  ['document/missing-kind', 'The document has no `kind`.'],
  ['document/unknown-kind', '`kind` names no known document kind.'],
  ['document/schema-mismatch', 'A `$schema` key or yaml-language-server modeline names the schema of another kind.'],
  ['schema/unknown-property', "A key that the kind's schema does not allow here."],
  ['schema/required', 'A required property is missing.'],
  ['suppression/missing-codes', 'An `agendum-disable-next-line` comment names no code to silence.'],
  ['suppression/missing-reason', 'An `agendum-disable-next-line` comment gives no reason after `--`.'],
  ['suppression/unused', 'An `agendum-disable-next-line` comment silences nothing.'],
]);

const FAMILIES: ReadonlyMap<string, string> = new Map([
  ['yaml', 'The file is not valid YAML; the part of the code after the slash names the problem.'],
  ['file', 'The file cannot be read, is not UTF-8, or is not text.'],
  ['document', 'The file does not hold one document of a known kind, or says something about its kind that disagrees.'],
  ['schema', "A value does not have the type or form that the document kind's schema requires."],
  ['suppression', 'An `agendum-disable-next-line` comment is incomplete or silences nothing.'],
]);

/** What `code` is about, and its default severity where a rule declares one. */
export function describeCode(code: string): CodeDescription {
  const semantic = SEMANTIC.get(code);
  if (semantic) return semantic;
  const description = CODES.get(code) ?? FAMILIES.get(code.split('/')[0] ?? '');
  return { description: description ?? `Findings reported as ${code}.` };
}
