import type { Diagnostic } from '../core/diagnostic.js';
import { printable } from './printable.js';
import type { Formatter } from './types.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Text from documents and messages as literal text inside a table cell: controls made visible
 * (`printable`), HTML characters as entities (a `<script>` shows as text), the characters that
 * start inline Markdown (emphasis, code, links, strikethrough) and `\` backslash-escaped, `|`
 * escaped so it cannot end the cell, and line breaks as `<br>`, since a cell is one line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map((line) => printable(line).replace(/[&<>]/g, (c) => ENTITIES[c]!).replace(/[\\`*_[\]~|]/g, '\\$&'))
    .join('<br>');
}

/** Codes are shown as code when they are plain (`schema/required`), else as escaped text. */
const code = (text: string) => (/^[\w./-]+$/.test(text) ? `\`${text}\`` : escapeMarkdown(text));

const where = (d: { file: string; range: Diagnostic['range'] }) => `${d.file}:${d.range.start.line}:${d.range.start.column}`;

function row(d: Diagnostic): string {
  const message = [
    escapeMarkdown(d.message),
    ...(d.related ?? []).map((r) => `${escapeMarkdown(where(r))} ${escapeMarkdown(r.message)}`),
    ...(d.hint ? [`Hint: ${escapeMarkdown(d.hint)}`] : []),
  ].join('<br>');
  return `| ${escapeMarkdown(where(d))} | ${d.severity} | ${code(d.code)} | ${message} |`;
}

/**
 * A Markdown report for a CI job summary (`$GITHUB_STEP_SUMMARY`): a heading, the counts, and a
 * table of the findings in the order given (sorted by file and position), one row each.
 */
export const markdown: Formatter = (result) => {
  const { errors, warnings, infos, files } = result.summary;
  const lines = ['## agendum', ''];
  if (errors + warnings + infos === 0) {
    lines.push(`${plural(files, 'file')} checked: no problems.`);
  } else {
    const counts = [plural(errors, 'error'), plural(warnings, 'warning'), ...(infos ? [plural(infos, 'info')] : [])];
    lines.push(`**${counts.join(', ')}** in ${plural(files, 'file')}.`);
  }
  if (result.diagnostics.length > 0) {
    lines.push('', '| Location | Severity | Code | Message |', '| --- | --- | --- | --- |', ...result.diagnostics.map(row));
  }
  return `${lines.join('\n')}\n`;
};
