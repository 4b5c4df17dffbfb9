import { verbatim } from '../../src/core/i18n.js';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostic.js';
import { escapeData, escapeProperty, github } from '../../src/formatters/github.js';

/** The runner's decoding of workflow-command data and properties (actions/runner ActionCommand). */
const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => unescapeData(s.replace(/%3A/g, ':').replace(/%2C/g, ','));

/** Splits one workflow command as the runner does: `::name k=v,k=v::data`. */
function parse(line: string) {
  const match = /^::(\w+) ([^:]*)::(.*)$/s.exec(line);
  if (!match) throw new Error(`not a workflow command: ${line}`);
  const properties = Object.fromEntries(match[2]!.split(',').map((p) => p.split('=', 2) as [string, string]));
  return { command: match[1], properties, data: match[3]! };
}

/** Words as a finding carries them, the same in both languages. */
const plain = (text: string) => verbatim({ en: text, nl: text });

const diagnostic = (overrides: Partial<Diagnostic>): Diagnostic => ({
  code: 'schema/required',
  severity: 'error',
  message: plain('missing required property "title"'),
  file: 'agendas/a.yaml',
  path: '',
  range: { start: { line: 3, column: 5 }, end: { line: 3, column: 10 } },
  ...overrides,
});

const format = (...diagnostics: Diagnostic[]) =>
  github({ diagnostics, summary: { files: 1, errors: 0, warnings: 0, infos: 0 } }, { color: false });

describe('github workflow commands', () => {
  it('escape data as @actions/core does: %, CR and LF', () => {
    expect(escapeData('100% klaar\r\nvolgende: regel, a:b')).toBe('100%25 klaar%0D%0Avolgende: regel, a:b');
  });

  it('escape properties also for : and ,', () => {
    expect(escapeProperty('a,b: 50%\n')).toBe('a%2Cb%3A 50%25%0A');
  });

  it('escape % first, so text that looks escaped survives the round trip', () => {
    expect(unescapeData(escapeData('%0A is no line break, %25 no percent'))).toBe('%0A is no line break, %25 no percent');
    expect(unescapeProperty(escapeProperty('x%3Ay%2Cz'))).toBe('x%3Ay%2Cz');
  });

  it('give one line per finding that the runner decodes back to the exact text', () => {
    const message = 'budget "100% zeker" :: niet,\r\ngoed | ë <b>';
    const output = format(diagnostic({ message: plain(message), hint: plain('Schrijf: 45000'), file: 'agendas/fase 1, deel: ë.yaml', code: 'a:b,c' }));
    expect(output.endsWith('\n')).toBe(true);
    const lines = output.slice(0, -1).split('\n');
    expect(lines).toHaveLength(1);
    const { command, properties, data } = parse(lines[0]!);
    expect(command).toBe('error');
    expect(unescapeProperty(properties.file!)).toBe('agendas/fase 1, deel: ë.yaml');
    expect(unescapeProperty(properties.title!)).toBe('a:b,c');
    expect(unescapeData(data)).toBe(`${message}\nSchrijf: 45000`);
  });

  it('map severities to error, warning and notice', () => {
    const output = format(diagnostic({ severity: 'error' }), diagnostic({ severity: 'warning' }), diagnostic({ severity: 'info' }));
    expect(output.split('\n').slice(0, 3).map((l) => l.slice(0, l.indexOf(' ')))).toEqual(['::error', '::warning', '::notice']);
  });

  it('give columns only for a span on one line, since the runner drops them otherwise', () => {
    const props = (range: Diagnostic['range']) => parse(format(diagnostic({ range })).trimEnd()).properties;
    expect(props({ start: { line: 3, column: 5 }, end: { line: 3, column: 10 } })).toMatchObject({ line: '3', col: '5', endLine: '3', endColumn: '10' });
    expect(props({ start: { line: 3, column: 5 }, end: { line: 6, column: 2 } })).toEqual({
      file: 'agendas/a.yaml',
      line: '3',
      endLine: '6',
      title: 'schema/required',
    });
    // A span to the start of the next line ends on its own line; the end column is then unknown.
    expect(props({ start: { line: 3, column: 5 }, end: { line: 4, column: 1 } })).toEqual({
      file: 'agendas/a.yaml',
      line: '3',
      col: '5',
      endLine: '3',
      title: 'schema/required',
    });
  });

  it('list related places and the hint after the message', () => {
    const related = [{ file: 'agendas/a.yaml', path: '/x', range: { start: { line: 1, column: 2 }, end: { line: 1, column: 3 } }, message: plain('eerst hier') }];
    const { data } = parse(format(diagnostic({ related, hint: plain('Kies een andere id.') })).trimEnd());
    expect(unescapeData(data)).toBe('missing required property "title"\nagendas/a.yaml:1:2: eerst hier\nKies een andere id.');
  });

  it('print nothing when there is nothing to annotate', () => {
    expect(format()).toBe('');
  });
});
