import type { Diagnostic, Severity } from '../core/diagnostic.js';
import { printable } from './printable.js';
import type { Formatter } from './types.js';
import { wordedFindings } from './report-words.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * A workflow command's data (after `::`) ends at the line break, so line breaks are
 * percent-encoded, and `%` itself so that the runner's decoding gives back the exact text.
 * The same rules as `escapeData` in @actions/core.
 */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value also must not contain the separators `:` (ends the properties) and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * The position properties. The runner drops columns when `line` and `endLine` differ, so columns
 * are given for a span on one line only. A span that ends at the start of a line (a whole line
 * and its line break) ends on the line before.
 */
function position(d: Pick<Diagnostic, 'range'>): string[] {
  const { start, end } = d.range;
  const endLine = end.line > start.line && end.column === 1 ? end.line - 1 : end.line;
  if (endLine !== start.line) return [`line=${start.line}`, `endLine=${endLine}`];
  const props = [`line=${start.line}`, `col=${start.column}`, `endLine=${endLine}`];
  if (end.line === start.line && end.column > start.column) props.push(`endColumn=${end.column}`);
  return props;
}

/**
 * GitHub Actions workflow commands, one line per finding, which GitHub shows as annotations on
 * the pull request: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=CODE::message`.
 * Related places and the hint follow the message on lines of their own. Nothing when clean.
 */
export const github: Formatter = (result, context) =>
  wordedFindings(result, context)
    .diagnostics.map((d) => {
      const props = [`file=${printable(escapeProperty(d.file))}`, ...position(d), `title=${escapeProperty(d.code)}`];
      const lines = [
        d.message,
        ...(d.related ?? []).map((r) => `${r.file}:${r.range.start.line}:${r.range.start.column}: ${r.message}`),
        ...(d.hint ? [d.hint] : []),
      ];
      // The log viewer interprets terminal escapes, so controls from the document are made visible.
      return `::${COMMAND[d.severity]} ${props.join(',')}::${printable(escapeData(lines.join('\n')))}\n`;
    })
    .join('');
