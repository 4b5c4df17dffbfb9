import { Chalk } from 'chalk';
import type { Severity } from '../core/diagnostic.js';
import { codeFrame } from './code-frame.js';
import { printable } from './printable.js';
import type { Formatter } from './types.js';
import { say, severityWord, summaryLine, wordedFindings } from './report-words.js';


/**
 * `file:line:col severity code message`, the source line with a caret under the span, related
 * places and a hint beneath, and a summary line last.
 */
export const pretty: Formatter = (result, context) => {
  const c = new Chalk({ level: context.color ? 1 : 0 });
  const { lang, diagnostics } = wordedFindings(result, context);
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue };
  const lines: string[] = [];
  for (const d of diagnostics) {
    const where = `${printable(d.file)}:${d.range.start.line}:${d.range.start.column}`;
    lines.push(`${c.bold(where)} ${paint[d.severity](severityWord(d.severity, lang))} ${c.dim(d.code)} ${indentContinuation(d.message)}`);
    const text = context.sources?.get(d.file);
    if (text !== undefined) lines.push(...codeFrame(text, d.range, { gutter: c.dim, marker: paint[d.severity] }));
    for (const related of d.related ?? []) {
      lines.push(`  ${c.dim(`${printable(related.file)}:${related.range.start.line}:${related.range.start.column}`)} ${indentContinuation(related.message)}`);
    }
    if (d.hint) lines.push(`  ${c.dim(say(lang, 'hint'))} ${indentContinuation(d.hint)}`);
    const alternatives = d.alternatives ?? [];
    if (alternatives.length > 0 && context.verbose) {
      for (const alternative of alternatives) lines.push(`  ${c.dim(say(lang, 'or'))} ${indentContinuation(alternative)}`);
    } else if (alternatives.length > 0) {
      lines.push(`  ${c.dim(say(lang, 'more', { n: alternatives.length }))}`);
    }
  }
  const summary = summaryLine(result.summary, lang);
  lines.push((summary.clean ? c.green : result.summary.errors ? c.red : c.yellow)(summary.text));
  return `${lines.join('\n')}\n`;
};

/** Keeps a multi-line message inside its finding: continuation lines are indented (and controls made visible). */
function indentContinuation(text: string): string {
  return printable(text.replace(/\r\n|\r|\n/g, '\n    '));
}
