import type { Range } from '../core/diagnostic.js';

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
  const lines = text.split(/\r?\n/);
  const lineText = lines[range.start.line - 1];
  if (lineText === undefined) return [];
  const shown = lineText.replace(/\t/g, ' ');
  const number = String(range.start.line);
  const pad = ' '.repeat(number.length);
  const startColumn = Math.min(range.start.column, shown.length + 1);
  const endColumn = range.end.line === range.start.line ? range.end.column : shown.length + 1;
  const width = Math.max(1, Math.min(endColumn, shown.length + 1) - startColumn);
  return [
    `  ${paint.gutter(`${number} |`)} ${shown}`,
    `  ${paint.gutter(`${pad} |`)} ${' '.repeat(startColumn - 1)}${paint.marker('^'.repeat(width))}`,
  ];
}
