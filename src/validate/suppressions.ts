import type { Diagnostic } from '../core/diagnostic.js';
import { messageGroup } from '../core/i18n.js';
import type { SourceDocument } from '../core/source.js';

/**
 * `# agendum-disable-next-line CODE[, CODE…] -- reason` silences those findings on the next
 * line that holds YAML. The reason is required: without one, nothing is silenced and the
 * comment itself is reported. A suppression that silences nothing is reported too, so stale
 * ones do not pile up.
 */
const DIRECTIVE = /#\s*agendum-disable-next-line\b(.*)$/;

export const SUPPRESSION_MESSAGES = messageGroup('suppression', {
  missingReason: {
    en: 'suppression of {codes} has no reason; write "-- why" after the codes',
    nl: 'onderdrukking van {codes} heeft geen reden; schrijf "-- waarom" na de codes',
  },
  missingCodes: {
    en: 'suppression names no finding; write the code to silence, e.g. "ref/duplicate-id"',
    nl: 'onderdrukking noemt geen melding; schrijf de code die stil moet, bijv. "ref/duplicate-id"',
  },
  unused: {
    en: 'suppression of {codes} silences nothing on line {line}; remove it',
    nl: 'onderdrukking van {codes} onderdrukt niets op regel {line}; verwijder haar',
  },
});

interface Directive {
  readonly line: number;
  readonly column: number;
  readonly length: number;
  readonly codes: readonly string[];
  readonly reason: string;
  readonly target: number;
}

export function applySuppressions(source: Pick<SourceDocument, 'file' | 'text'>, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const directives = findDirectives(source.text);
  if (directives.length === 0) return [...diagnostics];
  const t = SUPPRESSION_MESSAGES.text;
  const silenced = new Set<Diagnostic>();
  const findings: Diagnostic[] = [];
  for (const directive of directives) {
    const at = {
      file: source.file,
      path: '',
      range: { start: { line: directive.line, column: directive.column }, end: { line: directive.line, column: directive.column + directive.length } },
    };
    const codes = directive.codes.map((c) => `"${c}"`).join(', ');
    if (directive.codes.length === 0) {
      findings.push({ ...at, code: 'suppression/missing-codes', severity: 'error', message: t('missingCodes') });
      continue;
    }
    if (!directive.reason) {
      findings.push({ ...at, code: 'suppression/missing-reason', severity: 'error', message: t('missingReason', { codes }) });
      continue;
    }
    const matched = diagnostics.filter((d) => d.range.start.line === directive.target && directive.codes.includes(d.code));
    if (matched.length === 0) {
      findings.push({ ...at, code: 'suppression/unused', severity: 'warning', message: t('unused', { codes, line: directive.target }) });
    }
    for (const d of matched) silenced.add(d);
  }
  return [...diagnostics.filter((d) => !silenced.has(d)), ...findings];
}

function findDirectives(text: string): Directive[] {
  const lines = text.split(/\r?\n/);
  const directives: Directive[] = [];
  lines.forEach((lineText, index) => {
    const match = DIRECTIVE.exec(lineText);
    if (!match) return;
    const [codesPart = '', ...reasonParts] = (match[1] ?? '').split(/\s--(?:\s|$)/);
    const codes = codesPart
      .split(/[\s,]+/)
      .map((c) => c.trim())
      .filter(Boolean);
    let target = index + 2;
    while (target <= lines.length && /^\s*(?:#.*)?$/.test(lines[target - 1] ?? '')) target++;
    directives.push({
      line: index + 1,
      column: match.index + 1,
      length: match[0].length,
      codes,
      reason: reasonParts.join(' -- ').trim(),
      target,
    });
  });
  return directives;
}
