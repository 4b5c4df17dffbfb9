import { describe, expect, it } from 'vitest';
import { codeFrame } from '../../src/formatters/code-frame.js';

const plain = { gutter: (s: string) => s, marker: (s: string) => s };

describe('codeFrame', () => {
  const text = 'schemaVersion: 3\ntitel: Tikfout\n';

  it('underlines the exact span on its line', () => {
    const range = { start: { line: 2, column: 1 }, end: { line: 2, column: 6 } };
    expect(codeFrame(text, range, plain)).toEqual(['  2 | titel: Tikfout', '    | ^^^^^']);
  });

  it('underlines a span over several lines to the end of its first line', () => {
    const range = { start: { line: 2, column: 8 }, end: { line: 5, column: 1 } };
    expect(codeFrame(text, range, plain)[1]).toBe('    |        ^^^^^^^');
  });

  it('shows at least one caret for an empty span and nothing for a line that is not there', () => {
    expect(codeFrame(text, { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }, plain)[1]).toBe('    | ^');
    expect(codeFrame(text, { start: { line: 9, column: 1 }, end: { line: 9, column: 1 } }, plain)).toEqual([]);
  });

  it('keeps the caret aligned under tabs', () => {
    const range = { start: { line: 1, column: 2 }, end: { line: 1, column: 3 } };
    expect(codeFrame('\tx: 1', range, plain)).toEqual(['  1 |  x: 1', '    |  ^']);
  });
});

describe('codeFrame on a long line', () => {
  const long = `text: "${'a'.repeat(150)} SCG ${'b'.repeat(150)}"`;
  const column = long.indexOf('SCG') + 1;

  it('shows a window around the span with ellipses, the caret under the span', () => {
    const [line, caret] = codeFrame(long, { start: { line: 1, column }, end: { line: 1, column: column + 3 } }, plain);
    expect(line!.length).toBeLessThan(120);
    expect(line).toMatch(/^ {2}1 \| …a+ SCG b+…$/);
    expect(line!.indexOf('SCG')).toBe(caret!.indexOf('^^^'));
    expect(caret).toMatch(/\|\s+\^{3}$/);
  });

  it('cuts a span that runs past the window at the window', () => {
    const [line, caret] = codeFrame(long, { start: { line: 1, column: 7 }, end: { line: 1, column: long.length + 1 } }, plain);
    expect(line).toMatch(/…$/);
    expect(caret!.length).toBeLessThanOrEqual(line!.length);
  });
});
