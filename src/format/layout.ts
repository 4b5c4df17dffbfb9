/**
 * What a rewrite keeps of a file beside its content: its line endings and its byte order mark.
 * The rewriters (fmt, migrate) work on text with line feeds; a file written with CRLF gets CRLF
 * on every line back (a carriage return left inside a comment mixed them), and a file that
 * started with a BOM starts with one again.
 */
export interface Layout {
  readonly crlf: boolean;
  readonly bom: boolean;
}

/** The layout of a file's text (`bom`: whether its bytes began with one; the text has it no more). */
export function layoutOf(text: string, bom = false): Layout {
  const crlf = text.split('\r\n').length - 1;
  const lf = text.split('\n').length - 1 - crlf;
  return { crlf: crlf > lf, bom };
}

/** The text with line feeds only, as the rewriters read it. */
export function withLineFeeds(text: string): string {
  return text.replace(/\r\n/g, '\n');
}

/** The rewritten text in the file's layout, as it is to be written. */
export function inLayout(text: string, layout: Layout): string {
  const lines = layout.crlf ? text.replace(/\r?\n/g, '\r\n') : text;
  return layout.bom ? `\ufeff${lines}` : lines;
}
