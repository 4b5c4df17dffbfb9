import { UsageError } from '../core/errors.js';

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

/** No Chromium to print a PDF with. */
export class ChromiumNotFoundError extends RenderError {
  readonly executablePath: string;
  constructor(executablePath: string, cause?: string) {
    super(
      `cannot print PDF: Chromium not found at ${executablePath}${cause ? ` (${cause})` : ''}`,
      'install it (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable',
    );
    this.name = 'ChromiumNotFoundError';
    this.executablePath = executablePath;
  }
}

/** Chromium started but printing failed. */
export class PdfError extends RenderError {
  constructor(message: string) {
    super(`cannot print PDF: ${message}`);
    this.name = 'PdfError';
  }
}
