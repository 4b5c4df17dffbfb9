import type { Diagnostic } from '../core/diagnostic.js';
import { compareDiagnostics, START_OF_FILE } from '../core/diagnostic.js';
import { messageGroup } from '../core/i18n.js';
import { mayQuote } from '../core/files.js';
import type { DocumentFacts, Positions, ProjectReport, ValidateOptions } from './engine.js';
import { collectFacts, decorateProjectReports, validateDocument } from './engine.js';
import { applySuppressions } from './suppressions.js';

/**
 * A document once checked on its own, reduced to what the rest of a run needs: its findings,
 * the facts the rules that look across documents take from it, and of its text only what is
 * still to be used. Its strings may be cut from the document's text (and so keep all of it
 * alive): a run that keeps many of these keeps a copy (the command line packs them as bytes).
 */
export interface CheckedDocument {
  readonly file: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly facts: DocumentFacts | undefined;
  /** The whole text, kept only when it holds suppression comments (applied at the end of the run). */
  readonly directiveText: string | undefined;
  /** The text with only the lines the findings point at, every other line empty (see `excerpt`). */
  readonly excerpt: string | undefined;
}

const DIRECTIVE = /#\s*agendum-disable-next-line\b/;

/**
 * Checks one document's text on its own (syntax, schema, rules) and keeps what the run needs.
 * A failure of agendum itself on this document is a finding of this document (`internal/error`),
 * so that it never hides the findings of the others.
 */
export function checkDocument(text: string, file: string, options: ValidateOptions = {}): CheckedDocument {
  try {
    return checkOne(text, file, options);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const message = STREAM_MESSAGES.text('internalError', { reason });
    return { file, diagnostics: [{ code: INTERNAL_ERROR_CODE, severity: 'error', message, file, path: '', range: START_OF_FILE }], facts: undefined, directiveText: undefined, excerpt: undefined };
  }
}

/** The code of a finding that says agendum itself failed on a document; a run with one exits 2. */
export const INTERNAL_ERROR_CODE = 'internal/error';

export const STREAM_MESSAGES = messageGroup('check', {
  internalError: {
    en: 'agendum failed on this document ({reason}); the other documents were checked. Please report this.',
    nl: 'agendum liep vast op dit document ({reason}); de andere documenten zijn gecontroleerd. Meld dit alstublieft.',
  },
});

function checkOne(text: string, file: string, options: ValidateOptions): CheckedDocument {
  const result = validateDocument(text, file, options);
  return {
    file,
    diagnostics: result.diagnostics,
    facts: result.document ? collectFacts(result.document, options) : undefined,
    directiveText: DIRECTIVE.test(text) ? text : undefined,
    excerpt: excerpt(text, result.diagnostics),
  };
}

/**
 * The text with the lines the findings start on and every other line left empty: the code
 * frames of the findings read the same lines at the same numbers, at a fraction of the memory.
 * None for a file that does not say it is a document: its text is never quoted (`mayQuote`).
 */
export function excerpt(text: string, diagnostics: readonly Diagnostic[]): string | undefined {
  if (!mayQuote(text)) return undefined;
  if (diagnostics.length === 0) return '';
  const wanted = new Set(diagnostics.map((d) => d.range.start.line));
  const lines = text.split('\n');
  return lines.map((line, index) => (wanted.has(index + 1) ? line : '')).join('\n');
}

export interface FinishedRun {
  /** Every finding of the run, suppressions applied, sorted by file and position. */
  readonly diagnostics: Diagnostic[];
  /** Per file, in the order checked: the excerpt that holds the lines of its findings. */
  readonly excerpts: Map<string, string>;
}

/** The positions of a document findings across documents point at, and the lines they start on. */
export interface RunPositions extends Positions {
  /** The text of a line (1-based), as `excerpt` keeps it. */
  line(number: number): string | undefined;
}

/**
 * Ends a run over documents checked one by one, as `validateTexts` does over texts: adds the
 * findings of the rules that look across documents (`positionsFor` gives the positions of the
 * documents they point at), then applies each document's suppressions. The documents are asked
 * for one at a time (`documentAt`), in the order they were checked.
 */
export function finishRun(
  count: number,
  documentAt: (index: number) => CheckedDocument,
  reports: readonly ProjectReport[],
  positionsFor: (file: string) => RunPositions | undefined,
  options: ValidateOptions = {},
): FinishedRun {
  const all: Diagnostic[] = [];
  const excerpts = new Map<string, string>();
  for (const document of finishDocuments(count, documentAt, reports, positionsFor, options)) {
    all.push(...document.diagnostics);
    if (document.excerpt !== undefined) excerpts.set(document.file, document.excerpt);
  }
  return { diagnostics: all.sort(compareDiagnostics), excerpts };
}

/** One document of a finished run: its findings with suppressions applied (not sorted), and the excerpt that holds their lines. */
export interface FinishedDocument {
  readonly file: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly excerpt: string | undefined;
}

/**
 * `finishRun` a document at a time, in the order `documentAt` gives them: a run can write each
 * document's findings and let go of them before it asks for the next. The findings across
 * documents on a file go with the first document of that name.
 */
export function* finishDocuments(
  count: number,
  documentAt: (index: number) => CheckedDocument,
  reports: readonly ProjectReport[],
  positionsFor: (file: string) => RunPositions | undefined,
  options: ValidateOptions = {},
): Generator<FinishedDocument> {
  const added = new Map<string, Diagnostic[]>();
  for (const diagnostic of decorateProjectReports(reports, positionsFor, options)) {
    const list = added.get(diagnostic.file);
    if (list) list.push(diagnostic);
    else added.set(diagnostic.file, [diagnostic]);
  }
  for (let index = 0; index < count; index++) {
    const document = documentAt(index);
    const more = added.get(document.file) ?? [];
    added.delete(document.file);
    const found = [...document.diagnostics, ...more];
    const kept = document.directiveText === undefined ? found : applySuppressions({ file: document.file, text: document.directiveText }, found);
    // Findings added since the document was checked need their lines too.
    const lines =
      document.directiveText !== undefined ? excerpt(document.directiveText, kept) : more.length > 0 ? withLines(document.excerpt, more, positionsFor(document.file)) : document.excerpt;
    yield { file: document.file, diagnostics: kept, excerpt: lines };
  }
}

/** An excerpt with the lines of more findings filled in (none for a text that is never quoted). */
function withLines(kept: string | undefined, diagnostics: readonly Diagnostic[], positions: RunPositions | undefined): string | undefined {
  if (kept === undefined || !positions) return kept;
  const lines = kept.split('\n');
  for (const diagnostic of diagnostics) {
    const number = diagnostic.range.start.line;
    const text = positions.line(number);
    if (text === undefined) continue;
    while (lines.length < number) lines.push('');
    lines[number - 1] = text;
  }
  return lines.join('\n');
}
