import type { Diagnostic } from '../../src/core/diagnostic.js';
import { summarise } from '../../src/core/diagnostic.js';
import { verbatim } from '../../src/core/i18n.js';

/** Words as a finding carries them, the same in both languages (the formatters' escaping is under test, not the wording). */
const plain = (text: string) => verbatim({ en: text, nl: text });
import type { CheckResult, FormatContext } from '../../src/formatters/index.js';

const AGENDA = 'agendas/uitvoeringsagenda.yaml';
/** A file name that needs escaping everywhere: a comma and a colon (workflow-command properties), a space and `ë` (URIs). */
const PLAN = 'agendas/projectplan, fase: Zoë.yaml';
const CLEAN = 'agendas/ontwikkelagenda.yaml';

const span = (line: number, column: number, endLine: number, endColumn: number) => ({
  start: { line, column },
  end: { line: endLine, column: endColumn },
});

/**
 * Findings as the engine hands them over (sorted by file and position), chosen to exercise every
 * format: all three severities, a hint, related places, spans on one line, over several lines and
 * ending at the start of a line, and text with `|`, `%`, line breaks, `<`, `&`, `"`, braces, brackets,
 * a backslash, a carriage return, a control character and non-ASCII letters.
 */
const diagnostics: Diagnostic[] = [
  {
    code: 'ref/duplicate-id',
    severity: 'error',
    message: plain('duplicate id "plegeraanpak|daderopvang": ids must be unique within the document'),
    file: PLAN,
    path: '/projects/1/id',
    range: span(12, 9, 12, 35),
    hint: plain('Give this item an id of its own; references and diffs rely on ids being unique.'),
    related: [
      { file: PLAN, path: '/projects/0/id', range: span(4, 9, 4, 35), message: plain('"plegeraanpak|daderopvang" is first used here') },
    ],
  },
  {
    code: 'schema/required',
    severity: 'error',
    message: plain('missing required property "title"'),
    file: AGENDA,
    path: '',
    range: span(1, 1, 1, 14),
    hint: plain('Add `title:` with the document’s title, e.g. "Samen tegen huiselijk geweld".'),
  },
  {
    code: 'schema/pattern',
    severity: 'warning',
    message: plain('amount "100% <zeker> & \'vast\' {0}" is not a number\nwrite it as digits: 45000'),
    file: AGENDA,
    path: '/actionLines/0/themes/0/funding/0/amount',
    range: span(20, 17, 23, 4),
  },
  {
    code: 'document/schema-mismatch',
    severity: 'warning',
    message: plain('the modeline names [project-plan](1) but kind is ExecutionAgenda; C:\\schemas\\a.json]]>\r\nbell:\u0007'),
    file: AGENDA,
    path: '',
    range: span(30, 1, 31, 1),
    hint: plain('Point the modeline at execution-agenda.schema.json | or remove it.'),
  },
  {
    code: 'suppression/unused',
    severity: 'info',
    message: plain('Financiering van de "coördinatie" — € 45.000, 50% DUVO: nog te bevestigen'),
    file: AGENDA,
    path: '/actionLines/1',
    range: span(41, 3, 41, 3),
  },
];

export const RESULT: CheckResult = { diagnostics, summary: summarise(diagnostics, 3) };

export const CONTEXT: FormatContext = {
  color: false,
  toolVersion: '0.1.0',
  sources: new Map([
    [AGENDA, 'schemaVersion: 3\n'],
    [PLAN, 'schemaVersion: 3\n'],
    [CLEAN, 'schemaVersion: 3\n'],
  ]),
};

/** Nothing found in two files; no sources and no version, as a minimal caller would pass. */
export const EMPTY_RESULT: CheckResult = { diagnostics: [], summary: summarise([], 2) };
export const EMPTY_CONTEXT: FormatContext = { color: false };
