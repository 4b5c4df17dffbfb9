import type { Range } from '../core/diagnostic.js';
import { printable } from './printable.js';

export interface FramePaint {
  readonly gutter: (s: string) => string;
  readonly marker: (s: string) => string;
}

/**
 * The source line a finding points at, with a caret under the exact span:
 *
 *     6 | titel: Tikfout
 *       | ^^^^^
 *
 * A span over several lines is underlined to the end of its first line.
 */
export function codeFrame(text: string, range: Range, paint: FramePaint): string[] {
  const lineText = lineAt(text, range.start.line);
  if (lineText === undefined) return [];
  const full = printable(lineText.replace(/\t/g, ' '));
  const number = String(range.start.line);
  const pad = ' '.repeat(number.length);
  const startColumn = Math.min(range.start.column, full.length + 1);
  const endColumn = Math.min(range.end.line === range.start.line ? range.end.column : full.length + 1, full.length + 1);
  const { shown, offset } = window(full, startColumn - 1, endColumn - 1);
  const caretStart = startColumn - 1 - offset;
  const width = Math.max(1, Math.min(endColumn - 1 - offset, shown.length) - caretStart);
  return [
    `  ${paint.gutter(`${number} |`)} ${shown}`,
    `  ${paint.gutter(`${pad} |`)} ${' '.repeat(caretStart)}${paint.marker('^'.repeat(width))}`,
  ];
}

const MAX_WIDTH = 100;
const CONTEXT = 20;

/**
 * A long line is cut to a window around the span (with "…" where text is left out), so the
 * caret stays on screen; `offset` is how many characters of the line precede what is shown.
 */
function window(line: string, start: number, end: number): { shown: string; offset: number } {
  if (line.length <= MAX_WIDTH) return { shown: line, offset: 0 };
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(line.length, Math.max(end, start + 1) + CONTEXT, from + MAX_WIDTH);
  const head = from > 0 ? '…' : '';
  const tail = to < line.length ? '…' : '';
  return { shown: `${head}${line.slice(from, to)}${tail}`, offset: from - head.length };
}

/** Line starts by text, so a file with many findings is split once (V8 caches a string's hash). */
const lineStarts = new Map<string, number[]>();

function lineAt(text: string, line: number): string | undefined {
  let starts = lineStarts.get(text);
  if (!starts) {
    if (lineStarts.size >= 64) lineStarts.clear();
    starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    lineStarts.set(text, starts);
  }
  const start = starts[line - 1];
  if (start === undefined) return undefined;
  const end = starts[line] !== undefined ? starts[line]! - 1 : text.length;
  return text.slice(start, end).replace(/\r$/, '');
}
