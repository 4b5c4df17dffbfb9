import type { Diagnostic } from '../core/diagnostic.js';
import { compareStrings } from '../core/diagnostic.js';
import type { Lang } from '../core/i18n.js';
import type { WordedDiagnostic } from '../i18n/catalogue.js';
import { printable } from './printable.js';
import type { Formatter } from './types.js';
import { say, severityWord, wordedFindings } from './report-words.js';

/**
 * Characters XML 1.0 cannot hold at all, not even as a character reference: C0 controls other
 * than tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF. They are written as
 * a visible `\uXXXX` so the report stays well-formed and the reader still sees what was there.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const visible = (c: string) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Text between tags: controls made visible (`printable`, as in every text format), characters
 * XML cannot hold as `\uXXXX`, markup characters as entities.
 */
export function escapeXmlText(text: string): string {
  return printable(text)
    .replace(NOT_XML, visible)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** An attribute value in double quotes: also `"`, and tab and line breaks, which XML would turn into spaces. */
export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

const where = (d: { file: string; range: Diagnostic['range'] }) => `${d.file}:${d.range.start.line}:${d.range.start.column}`;

/** The full finding as a CI system shows it beneath the test: place, severity, code, message, related places, hint. */
function details(d: WordedDiagnostic, lang: Lang): string {
  return [
    `${where(d)} ${severityWord(d.severity, lang)} ${d.code} ${d.message}`,
    ...(d.related ?? []).map((r) => `  ${where(r)} ${r.message}`),
    ...(d.hint ? [`  ${say(lang, 'hint')} ${d.hint}`] : []),
  ].join('\n');
}

/**
 * Test-report tools split `classname` at dots into package and class, so the file's extension is
 * dropped (as ESLint's JUnit formatter does); the file itself is in the `file` attribute.
 */
const className = (file: string) => file.replace(/\.ya?ml$/i, '');

function testcase(d: WordedDiagnostic, lang: Lang): string {
  const attributes =
    `name="${escapeXmlAttribute(`${d.range.start.line}:${d.range.start.column} ${d.code}`)}" ` +
    `classname="${escapeXmlAttribute(className(d.file))}" file="${escapeXmlAttribute(d.file)}" line="${d.range.start.line}" time="0"`;
  const body = escapeXmlText(details(d, lang));
  if (d.severity === 'error') {
    return [
      `    <testcase ${attributes}>`,
      `      <failure type="${escapeXmlAttribute(d.code)}" message="${escapeXmlAttribute(d.message)}">${body}</failure>`,
      '    </testcase>',
    ].join('\n');
  }
  if (d.severity === 'warning') {
    return [
      `    <testcase ${attributes}>`,
      `      <skipped message="${escapeXmlAttribute(`${severityWord('warning', lang)}: ${d.message}`)}"/>`,
      `      <system-out>${body}</system-out>`,
      '    </testcase>',
    ].join('\n');
  }
  return [`    <testcase ${attributes}>`, `      <system-out>${body}</system-out>`, '    </testcase>'].join('\n');
}

interface Counts {
  tests: number;
  failures: number;
  skipped: number;
}

const countsOf = (diagnostics: readonly Pick<Diagnostic, 'severity'>[]): Counts => ({
  tests: Math.max(1, diagnostics.length),
  failures: diagnostics.filter((d) => d.severity === 'error').length,
  skipped: diagnostics.filter((d) => d.severity === 'warning').length,
});

const countAttributes = (c: Counts) => `tests="${c.tests}" failures="${c.failures}" errors="0" skipped="${c.skipped}" time="0"`;

function suite(name: string, diagnostics: readonly WordedDiagnostic[], lang: Lang): string {
  const cases = diagnostics.length
    ? diagnostics.map((d) => testcase(d, lang))
    : [`    <testcase name="${escapeXmlAttribute(say(lang, 'noProblems'))}" classname="${escapeXmlAttribute(className(name))}" file="${escapeXmlAttribute(name)}" time="0"/>`];
  return [`  <testsuite name="${escapeXmlAttribute(name)}" ${countAttributes(countsOf(diagnostics))}>`, ...cases, '  </testsuite>'].join('\n');
}

/**
 * JUnit XML, one test suite per file and one test case per finding, for CI systems that show
 * test reports (GitLab, Jenkins, Azure DevOps, test-reporter actions). Only errors are failures,
 * as only errors fail the check; warnings are skipped tests, which those systems show, counted
 * and with their message, without turning the report red; infos pass and carry their text in
 * `system-out`. Files checked clean (the keys of `context.sources`) pass with one test case, so
 * the report shows what was checked; with nothing at all, one passing case keeps the report from
 * looking empty, which some systems treat as an error.
 */
export const junit: Formatter = (result, context) => {
  const { lang, diagnostics } = wordedFindings(result, context);
  const byFile = new Map<string, WordedDiagnostic[]>();
  for (const file of context.sources?.keys() ?? []) byFile.set(file, []);
  for (const d of diagnostics) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  const files = [...byFile.keys()].sort(compareStrings);
  const suites = files.length
    ? files.map((file) => suite(file, byFile.get(file)!, lang))
    : [`  <testsuite name="agendum" ${countAttributes(countsOf([]))}>`, `    <testcase name="${escapeXmlAttribute(say(lang, 'noProblems'))}" classname="agendum" time="0"/>`, '  </testsuite>'];
  const total = files.reduce(
    (sum, file) => {
      const c = countsOf(byFile.get(file)!);
      return { tests: sum.tests + c.tests, failures: sum.failures + c.failures, skipped: sum.skipped + c.skipped };
    },
    { tests: files.length ? 0 : 1, failures: 0, skipped: 0 },
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="agendum" ${countAttributes(total)}>`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};
