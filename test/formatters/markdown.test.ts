import { describe, expect, it } from 'vitest';
import { escapeMarkdown, markdown } from '../../src/formatters/markdown.js';
import { CONTEXT, RESULT } from './fixture.js';

/** The cells of a GFM table row: split at pipes that no backslash escapes. */
const cells = (row: string) => row.slice(1, -1).split(/(?<!\\)\|/);

describe('markdown', () => {
  it('escapes what would end a cell, start formatting or become HTML', () => {
    expect(escapeMarkdown('a|b *c* _d_ `e` [f](g) ~h~ \\ <script>&amp;')).toBe(
      'a\\|b \\*c\\* \\_d\\_ \\`e\\` \\[f\\](g) \\~h\\~ \\\\ &lt;script&gt;&amp;amp;',
    );
    expect(escapeMarkdown('een\r\ntwee\nDrie\u0007 \u001b[2J\u202e <br>')).toBe('een<br>twee<br>Drie␇ ␛\\[2J\ufffd &lt;br&gt;');
  });

  it('keeps every row of the table at four cells, whatever the text holds', () => {
    const rows = markdown(RESULT, CONTEXT)
      .split('\n')
      .filter((line) => line.startsWith('|'));
    expect(rows).toHaveLength(2 + RESULT.diagnostics.length);
    for (const row of rows) expect(cells(row)).toHaveLength(4);
  });
});
