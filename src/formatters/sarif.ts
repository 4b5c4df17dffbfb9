import { createHash } from 'node:crypto';
import type { Diagnostic, Range, Severity } from '../core/diagnostic.js';
import { compareStrings } from '../core/diagnostic.js';
import { describeCode } from './code-descriptions.js';
import type { WordedDiagnostic } from '../i18n/catalogue.js';
import { wordedData } from '../i18n/catalogue.js';
import type { Formatter } from './types.js';
import { wordedFindings } from './report-words.js';

/** The schema URI that GitHub's code scanning documentation uses. */
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * Plain text as a SARIF message (SARIF 2.1.0, 3.11.5 and 3.11.6). `{` and `}` are doubled, as the
 * standard requires of every message, because `{0}` would be a placeholder. Text that could read
 * as an embedded link to a location (`[text](1)`) gets its brackets backslash-escaped; brackets
 * elsewhere may stay as they are, so they do, and so do backslashes.
 */
export function escapeMessage(text: string): string {
  const braces = text.replace(/[{}]/g, '$&$&');
  return /\]\(/.test(braces) ? braces.replace(/[[\]]/g, '\\$&') : braces;
}

/**
 * A display path as a URI reference: relative paths resolve against `%SRCROOT%` (the checkout,
 * where code scanning looks for them); absolute ones (outside the working directory) become
 * `file:` URIs. Each segment is percent-encoded, so spaces and letters like `ë` are valid.
 */
export function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  const drive = /^[A-Za-z]:\//.test(file);
  const encoded = file
    .split('/')
    .map((segment, i) => (drive && i === 0 ? segment : encodeURIComponent(segment)))
    .join('/');
  if (file.startsWith('/')) return { uri: `file://${encoded}` };
  if (drive) return { uri: `file:///${encoded}` };
  return { uri: encoded, uriBaseId: '%SRCROOT%' };
}

/** Columns count UTF-16 code units (as JavaScript strings do); the end column is exclusive in both. */
function region(range: Range) {
  return {
    startLine: range.start.line,
    startColumn: range.start.column,
    endLine: range.end.line,
    endColumn: Math.max(range.end.column, range.end.line === range.start.line ? range.start.column : 1),
  };
}

function messageText(d: WordedDiagnostic): string {
  return escapeMessage(d.hint ? `${d.message}\n${d.hint}` : d.message);
}

/**
 * Identity of a finding that survives edits elsewhere in the file: code, file and JSON pointer,
 * not the line, numbered when several share them. Code scanning adds its own
 * `primaryLocationLineHash` beside it when uploading.
 */
function fingerprint(identity: string, occurrence: number): string {
  return `${createHash('sha256').update(identity).digest('hex').slice(0, 32)}:${occurrence}`;
}

/**
 * A SARIF 2.1.0 log for GitHub code scanning and other SARIF viewers: one run of agendum, a rule
 * descriptor for every code that occurs (sorted by code), and a result per finding with its exact
 * span and related places. No timestamps: the same findings give the same bytes.
 */
export const sarif: Formatter = (result, context) => {
  const { lang, diagnostics } = wordedFindings(result, context);
  const codes = [...new Set(diagnostics.map((d) => d.code))].sort(compareStrings);
  const ruleIndex = new Map(codes.map((code, index) => [code, index]));
  const rules = codes.map((code) => {
    const { description, severity } = describeCode(code, lang);
    return {
      id: code,
      shortDescription: { text: description },
      fullDescription: { text: description },
      help: { text: description },
      ...(severity ? { defaultConfiguration: { level: LEVEL[severity] } } : {}),
    };
  });
  const occurrences = new Map<string, number>();
  const results = diagnostics.map((d) => {
    const identity = `${d.code}\0${d.file}\0${d.path}`;
    const occurrence = (occurrences.get(identity) ?? 0) + 1;
    occurrences.set(identity, occurrence);
    return {
      ruleId: d.code,
      ruleIndex: ruleIndex.get(d.code)!,
      level: LEVEL[d.severity],
      message: { text: messageText(d) },
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(d.file), region: region(d.range) } }],
      partialFingerprints: { 'agendumPointer/v1': fingerprint(identity, occurrence) },
      ...(d.related?.length
        ? {
            relatedLocations: d.related.map((r, index) => ({
              id: index + 1,
              physicalLocation: { artifactLocation: artifactLocation(r.file), region: region(r.range) },
              message: { text: escapeMessage(r.message) },
            })),
          }
        : {}),
      properties: { ...(d.path ? { path: d.path } : {}), messageId: d.text.id, ...(d.text.data ? { data: wordedData(d.text, lang) } : {}) },
    };
  });
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'agendum',
            ...(context.toolVersion ? { version: context.toolVersion } : {}),
            rules,
          },
        },
        // The language of the messages, where it is not SARIF's default (English).
        ...(lang === 'en' ? {} : { language: lang }),
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
