import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tidyHtml, tidyText } from '../../src/render/text/tidy.js';

/** The rules of the last pass, written as the regular expressions that state them. */
function byExpressions(output: string): string {
  return `${output
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

// Characters where the rules meet: line ends of every kind, the white space that is stripped at
// line ends and the white space that is only stripped at either end of the whole output.
const pieces = ['\n', '\n', '\r', '\r\n', ' ', ' ', '\t', '  ', 'a', 'b c', '<p>', '\u00a0', '\u2028', '\u2029', '\u3000', '\ufeff', '\v'];
const outputs = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join(''));

describe('the last pass over rendered output', () => {
  it('agrees with the regular expressions on any text (Markdown)', () => {
    fc.assert(fc.property(outputs, (output) => {
      expect(tidyText(output)).toBe(byExpressions(output));
    }), { numRuns: 2000 });
  });

  it('agrees with the regular expressions on any text (HTML, no blank lines)', () => {
    fc.assert(fc.property(outputs, (output) => {
      expect(tidyHtml(output)).toBe(byExpressions(output).replace(/\n{2,}/g, '\n'));
    }), { numRuns: 2000 });
  });

  it('keeps one blank line in Markdown and none in HTML', () => {
    const output = '\n\n# Title   \n\n\n\n  text\t\r\n  \n\nmore\r\n\n';
    expect(tidyText(output)).toBe('# Title\n\n  text\n\nmore\n');
    expect(tidyHtml(output)).toBe('# Title\n  text\nmore\n');
  });

  it('strips the spaces before a line or paragraph separator', () => {
    expect(tidyText('a  \u2028b\t\u2029c ')).toBe('a\u2028b\u2029c\n');
  });
});
