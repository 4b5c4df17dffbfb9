import { escapeHtml } from './escape.js';

const OPEN_TAGS = ['', '<em>', '<strong>', '<strong><em>'] as const;
const CLOSE_TAGS = ['', '</em>', '</strong>', '</em></strong>'] as const;

interface Run {
  readonly length: number;
  output: string;
}

/**
 * The writer's inline emphasis as HTML: `*cursief*` → <em>, `**vet**` → <strong>, `***beide***`
 * → both. The text is HTML-escaped first, so only these tags can appear. A run of asterisks
 * opens when a non-space follows it and closes when a non-space precedes it; runs close only
 * the innermost open run of the same length, so the tags always nest. Unmatched asterisks stay
 * as they are.
 */
export function emphasisToHtml(text: string): string {
  return convertEmphasis(escapeHtml(text), OPEN_TAGS, CLOSE_TAGS);
}

/** The text without the writer's emphasis markers (for a <title> or a running header); other asterisks stay. */
export function stripEmphasis(text: string): string {
  return convertEmphasis(text, NO_TAGS, NO_TAGS);
}

const NO_TAGS = ['', '', '', ''] as const;

function convertEmphasis(escaped: string, openTags: readonly string[], closeTags: readonly string[]): string {
  const pieces: Array<string | Run> = [];
  const open: Run[] = [];
  const pattern = /\*+/g;
  let last = 0;
  for (let match = pattern.exec(escaped); match; match = pattern.exec(escaped)) {
    pieces.push(escaped.slice(last, match.index));
    last = match.index + match[0].length;
    const run: Run = { length: match[0].length, output: match[0] };
    pieces.push(run);
    if (run.length > 3) continue;
    const before = escaped[match.index - 1];
    const after = escaped[last];
    const canClose = before !== undefined && !/\s/.test(before);
    const canOpen = after !== undefined && !/\s/.test(after);
    const top = open[open.length - 1];
    if (canClose && top && top.length === run.length) {
      top.output = openTags[run.length] ?? top.output;
      run.output = closeTags[run.length] ?? run.output;
      open.pop();
    } else if (canOpen) {
      open.push(run);
    }
  }
  pieces.push(escaped.slice(last));
  return pieces.map((piece) => (typeof piece === 'string' ? piece : piece.output)).join('');
}
