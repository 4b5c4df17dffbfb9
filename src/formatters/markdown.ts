import type { Diagnostic } from '../core/diagnostic.js';
import type { Lang } from '../core/i18n.js';
import type { WordedDiagnostic } from '../i18n/catalogue.js';
import { printable } from './printable.js';
import type { Formatter } from './types.js';
import { say, severityWord, summaryLine, wordedFindings } from './report-words.js';

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

function row(d: WordedDiagnostic, lang: Lang): string {
  const message = [
    escapeMarkdown(d.message),
    ...(d.related ?? []).map((r) => `${escapeMarkdown(where(r))} ${escapeMarkdown(r.message)}`),
    ...(d.hint ? [`${say(lang, 'hintCapital')} ${escapeMarkdown(d.hint)}`] : []),
  ].join('<br>');
  return `| ${escapeMarkdown(where(d))} | ${severityWord(d.severity, lang)} | ${code(d.code)} | ${message} |`;
}

/**
 * A Markdown report for a CI job summary (`$GITHUB_STEP_SUMMARY`): a heading, the counts, and a
 * table of the findings in the order given (sorted by file and position), one row each.
 */
export const markdown: Formatter = (result, context) => {
  const { lang, diagnostics } = wordedFindings(result, context);
  const lines = ['## agendum', '', `${summaryLine(result.summary, lang, (counts) => `**${counts}**`).text}.`];
  if (diagnostics.length > 0) {
    const head = [say(lang, 'location'), say(lang, 'severity'), say(lang, 'code'), say(lang, 'message')];
    lines.push('', `| ${head.join(' | ')} |`, '| --- | --- | --- | --- |', ...diagnostics.map((d) => row(d, lang)));
  }
  return `${lines.join('\n')}\n`;
};
