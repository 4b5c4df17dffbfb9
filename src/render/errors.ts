import { UsageError } from '../core/errors.js';
import { formatMessage, type Lang, type Message } from '../core/i18n.js';

/**
 * An expected failure of rendering. It is a UsageError, so the command line prints its message
 * and hint and exits with code 2.
 */
export class RenderError extends UsageError {
  constructor(message: string, hint?: string) {
    super(message, hint);
    this.name = 'RenderError';
  }
}

/** The document's kind has no templates. */
export class UnknownKindError extends RenderError {
  readonly kind: string;
  constructor(kind: string, known: readonly string[]) {
    super(`cannot render a document of kind "${kind}"`, `known kinds: ${known.join(', ')}`);
    this.name = 'UnknownKindError';
    this.kind = kind;
  }
}

/** `--template PATH` names nothing, or a folder without templates for the format. */
export class TemplateNotFoundError extends RenderError {
  readonly path: string;
  constructor(path: string, hint?: string) {
    super(`template not found: ${path}`, hint ?? 'point --template at a .hbs file or a folder of .hbs partials');
    this.name = 'TemplateNotFoundError';
    this.path = path;
  }
}

/**
 * A template that cannot be parsed or fails while rendering (a field that is not there under
 * strict mode, an unknown partial or helper). Names the template file and, when known, the line
 * and column (1-based).
 */
export class TemplateError extends RenderError {
  readonly file: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly reason: string;
  constructor(file: string, reason: string, line?: number, column?: number, hint?: string) {
    const where = line === undefined ? file : column === undefined ? `${file}:${line}` : `${file}:${line}:${column}`;
    super(`template error in ${where}: ${reason}`, hint);
    this.name = 'TemplateError';
    this.file = file;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }
}

const CHROMIUM_NOT_AT: Message = {
  en: 'cannot print PDF: Chromium not found at {path}',
  nl: 'kan geen PDF maken: Chromium niet gevonden op {path}',
};
const CHROMIUM_NOWHERE: Message = {
  en: 'cannot print PDF: no Chrome, Chromium or Edge found; looked for:{paths}',
  nl: 'kan geen PDF maken: geen Chrome, Chromium of Edge gevonden; gezocht naar:{paths}',
};
const CHROMIUM_HINT: Message = {
  en: 'install Chrome, Chromium or Edge (Debian/Ubuntu: apt-get install chromium), or set AGENDUM_CHROMIUM to the browser\'s executable (AGENDUM_CHROMIUM=/path/to/chrome)',
  nl: 'installeer Chrome, Chromium of Edge (Debian/Ubuntu: apt-get install chromium), of zet AGENDUM_CHROMIUM op het programmabestand van de browser (AGENDUM_CHROMIUM=/pad/naar/chrome)',
};

/**
 * No Chromium to print a PDF with: not at the one path given, or at none of the places
 * searched (each named on a line of its own).
 */
export class ChromiumNotFoundError extends RenderError {
  /** The first path tried. */
  readonly executablePath: string;
  readonly tried: readonly string[];
  constructor(tried: string | readonly string[], cause?: string, lang: Lang = 'en') {
    const paths = typeof tried === 'string' ? [tried] : tried;
    const message =
      paths.length === 1
        ? formatMessage(CHROMIUM_NOT_AT, lang, { path: paths[0]! })
        : formatMessage(CHROMIUM_NOWHERE, lang, { paths: paths.map((file) => `\n  ${file}`).join('') });
    super(`${message}${cause ? ` (${cause})` : ''}`, formatMessage(CHROMIUM_HINT, lang));
    this.name = 'ChromiumNotFoundError';
    this.executablePath = paths[0] ?? '';
    this.tried = paths;
  }
}

/** Chromium started but printing failed. */
export class PdfError extends RenderError {
  constructor(message: string) {
    super(`cannot print PDF: ${message}`);
    this.name = 'PdfError';
  }
}
