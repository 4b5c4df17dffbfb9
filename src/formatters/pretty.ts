import { Chalk } from 'chalk';
import type { Severity } from '../core/diagnostic.js';
import { codeFrame } from './code-frame.js';
import { printable } from './printable.js';
import type { Formatter } from './types.js';

const WORDS = {
  en: { file: ['file', 'files'], error: ['error', 'errors'], warning: ['warning', 'warnings'], info: ['info', 'infos'], clean: 'checked: no problems', in: 'in', hint: 'hint:', or: 'or:', more: '({n} more explanation(s) with --verbose)' },
  nl: { file: ['bestand', 'bestanden'], error: ['fout', 'fouten'], warning: ['waarschuwing', 'waarschuwingen'], info: ['melding', 'meldingen'], clean: 'gecontroleerd: geen problemen', in: 'in', hint: 'tip:', or: 'of:', more: '({n} andere verklaring(en) met --verbose)' },
} as const;

/**
 * `file:line:col severity code message`, the source line with a caret under the span, related
 * places and a hint beneath, and a summary line last.
 */
export const pretty: Formatter = (result, context) => {
  const c = new Chalk({ level: context.color ? 1 : 0 });
  const words = WORDS[context.lang ?? 'en'];
  const plural = (n: number, word: 'file' | 'error' | 'warning' | 'info') => `${n} ${words[word][n === 1 ? 0 : 1]}`;
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue };
  const lines: string[] = [];
  for (const d of result.diagnostics) {
    const where = `${printable(d.file)}:${d.range.start.line}:${d.range.start.column}`;
    lines.push(`${c.bold(where)} ${paint[d.severity](d.severity)} ${c.dim(d.code)} ${indentContinuation(d.message)}`);
    const text = context.sources?.get(d.file);
    if (text !== undefined) lines.push(...codeFrame(text, d.range, { gutter: c.dim, marker: paint[d.severity] }));
    for (const related of d.related ?? []) {
      lines.push(`  ${c.dim(`${printable(related.file)}:${related.range.start.line}:${related.range.start.column}`)} ${indentContinuation(related.message)}`);
    }
    if (d.hint) lines.push(`  ${c.dim(words.hint)} ${indentContinuation(d.hint)}`);
    const alternatives = d.alternatives ?? [];
    if (alternatives.length > 0 && context.verbose) {
      for (const alternative of alternatives) lines.push(`  ${c.dim(words.or)} ${indentContinuation(alternative)}`);
    } else if (alternatives.length > 0) {
      lines.push(`  ${c.dim(words.more.replace('{n}', String(alternatives.length)))}`);
    }
  }
  const { errors, warnings, infos, files } = result.summary;
  if (errors + warnings + infos === 0) {
    lines.push(c.green(`${plural(files, 'file')} ${words.clean}`));
  } else {
    const counts = [plural(errors, 'error'), plural(warnings, 'warning'), ...(infos ? [plural(infos, 'info')] : [])];
    lines.push((errors ? c.red : c.yellow)(`${counts.join(', ')} ${words.in} ${plural(files, 'file')}`));
  }
  return `${lines.join('\n')}\n`;
};

/** Keeps a multi-line message inside its finding: continuation lines are indented (and controls made visible). */
function indentContinuation(text: string): string {
  return printable(text.replace(/\r\n|\r|\n/g, '\n    '));
}
