import type { WordedDiagnostic } from '../i18n/catalogue.js';
import { wordDiagnostic, wordedData } from '../i18n/catalogue.js';
import type { Lang } from '../core/i18n.js';
import type { Diagnostic, Summary } from '../core/diagnostic.js';
import type { CheckResult, FormatContext, Formatter } from './types.js';

/** One JSON object: every finding with 1-based positions, then the counts. */
export const json: Formatter = (result, context) => [...jsonChunks(result, context)].join('');

/**
 * The same text in pieces, a finding at a time, as `JSON.stringify(…, null, 2)` lays it out:
 * the command line writes them as they come, so that the findings of 10,000 documents are never
 * one string (which a single character outside Latin-1, such as €, makes twice as large).
 */
export function* jsonChunks(result: CheckResult, context: FormatContext): Generator<string> {
  const lang = context.lang ?? 'en';
  if (result.diagnostics.length === 0) {
    yield noFindings(result.summary);
    return;
  }
  yield HEAD;
  for (let i = 0; i < result.diagnostics.length; i++) yield `${finding(result.diagnostics[i]!, lang)}${i + 1 < result.diagnostics.length ? ',' : ''}\n`;
  yield tail(result.summary);
}

/**
 * The same text as `jsonChunks`, for findings given a few at a time (`add`) and counted at the
 * end (`end`): a run can write the findings of each file as it comes to it and keep none of them.
 * `write` is given pieces of some 64 KB.
 */
export function jsonWriter(context: FormatContext, write: (text: string) => void): { add(diagnostics: readonly Diagnostic[]): void; end(summary: Summary): void } {
  const lang = context.lang ?? 'en';
  let pending = '';
  // The last finding, written once the next one shows it is not the last (it then needs a comma).
  let last: string | undefined;
  const out = (text: string) => {
    pending += text;
    if (pending.length >= 65_536) {
      write(pending);
      pending = '';
    }
  };
  return {
    add(diagnostics) {
      for (const diagnostic of diagnostics) {
        out(last === undefined ? HEAD : `${last},\n`);
        last = finding(diagnostic, lang);
      }
    },
    end(summary) {
      out(last === undefined ? noFindings(summary) : `${last}\n${tail(summary)}`);
      if (pending) write(pending);
      pending = '';
    },
  };
}

// The layout of the object, as `JSON.stringify(…, null, 2)` writes it.
const HEAD = '{\n  "diagnostics": [\n';
const finding = (diagnostic: Diagnostic, lang: Lang) => `    ${indented(diagnosticJson(wordDiagnostic(diagnostic, lang), lang), '    ')}`;
const tail = (summary: Summary) => `  ],\n  "summary": ${indented(summary, '  ')}\n}\n`;
const noFindings = (summary: Summary) => `{\n  "diagnostics": [],\n  "summary": ${indented(summary, '  ')}\n}\n`;

/** A value as `JSON.stringify(value, null, 2)` writes it, its lines after the first indented further (JSON text has no line breaks inside strings). */
function indented(value: unknown, indent: string): string {
  return JSON.stringify(value, null, 2).replaceAll('\n', `\n${indent}`);
}

/**
 * A finding as JSON: 1-based positions, its code, message (in the chosen language) and JSON
 * pointer, and the message's id and data (each value worded) for tools that word it themselves.
 */
export function diagnosticJson(d: WordedDiagnostic, lang: Lang): Record<string, unknown> {
  const data = wordedData(d.text, lang);
  return {
    file: d.file,
    line: d.range.start.line,
    column: d.range.start.column,
    endLine: d.range.end.line,
    endColumn: d.range.end.column,
    severity: d.severity,
    code: d.code,
    message: d.message,
    path: d.path,
    messageId: d.text.id,
    ...(data ? { data } : {}),
    ...(d.hint ? { hint: d.hint } : {}),
    ...(d.alternatives?.length ? { alternatives: d.alternatives } : {}),
    ...(d.related
      ? { related: d.related.map((r) => ({ file: r.file, line: r.range.start.line, column: r.range.start.column, path: r.path, message: r.message })) }
      : {}),
  };
}
