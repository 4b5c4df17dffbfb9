import { toPointer } from '../core/pointer.js';
import { proseValues } from './prose.js';
import type { Rule } from './types.js';

/**
 * Stray spaces are invisible in the YAML but end up in renders and make diffs noisy. Only
 * text on one line is checked (a final line break from a block scalar is allowed): a text over
 * several lines keeps its layout on purpose.
 */
export const whitespace: Rule = {
  meta: {
    id: 'text/whitespace',
    description: {
      en: 'A one-line text has no leading or trailing spaces, no doubled spaces and no tabs.',
      nl: 'Een tekst van één regel heeft geen spaties vooraan of achteraan, geen dubbele spaties en geen tabs.',
    },
    severity: 'warning',
    messages: {
      leading: { en: 'the text starts with a space', nl: 'de tekst begint met een spatie' },
      trailing: { en: 'the text ends with a space', nl: 'de tekst eindigt met een spatie' },
      doubled: { en: 'the text has a doubled space: "{context}"', nl: 'de tekst heeft een dubbele spatie: "{context}"' },
      tab: { en: 'the text has a tab: "{context}"', nl: 'de tekst bevat een tab: "{context}"' },
      fix: {
        en: 'Remove the extra space; a trailing space on a line of a folded block (>) becomes a doubled space too.',
        nl: 'Verwijder de extra spatie; ook een spatie aan het eind van een regel in een gevouwen blok (>) wordt een dubbele spatie.',
      },
    },
  },
  check(context) {
    for (const prose of proseValues(context.data)) {
      const text = prose.text;
      const line = text.endsWith('\n') ? text.slice(0, -1) : text;
      if (line.includes('\n') || line.trim() === '') continue;
      const finding = problem(line);
      if (finding) context.report({ path: toPointer(prose.path), ...finding, hintId: 'fix' });
    }
  },
};

interface Problem {
  readonly messageId: string;
  readonly data?: { context: string };
  /** The stray space with the word beside it, so the caret lands where a reader can see it. */
  readonly span: { start: number; end: number };
}

function problem(line: string): Problem | undefined {
  // Linear scans: a pattern like /\S*\t/ backtracks over every start in a long word.
  const leading = /^[ \t\u00a0]+/.exec(line);
  if (leading) return { messageId: 'leading', span: { start: 0, end: wordEnd(line, leading[0].length) } };
  let trailing = line.length;
  while (trailing > 0 && isBlank(line.charCodeAt(trailing - 1))) trailing--;
  if (trailing < line.length) return { messageId: 'trailing', span: { start: wordStart(line, trailing), end: line.length } };
  const tab = line.indexOf('\t');
  if (tab >= 0) return spot('tab', line, tab, tab + 1);
  const doubled = line.indexOf('  ');
  if (doubled >= 0) {
    let end = doubled + 2;
    while (line.charCodeAt(end) === 0x20) end++;
    return spot('doubled', line, doubled, end);
  }
  return undefined;
}

/** A space, a tab or a no-break space. */
function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0;
}

/** The stray whitespace from `from` to `to`, widened to the words on either side. */
function spot(messageId: string, line: string, from: number, to: number): Problem {
  const start = wordStart(line, from);
  const end = wordEnd(line, to);
  return { messageId, data: { context: around(line, start, end - start) }, span: { start, end } };
}

function wordStart(line: string, index: number): number {
  let start = index;
  while (start > 0 && !/\s/.test(line[start - 1]!)) start--;
  return start;
}

function wordEnd(line: string, index: number): number {
  let end = index;
  while (end < line.length && !/\s/.test(line[end]!)) end++;
  return end;
}

/** The spot with a word or two either side, so the writer can find it in the text. */
function around(line: string, index: number, length: number): string {
  const before = line.slice(0, index).split(' ');
  const after = line.slice(index + length).split(' ');
  const head = before.length > 2 ? `…${before.slice(-2).join(' ')}` : before.join(' ');
  const tail = after.length > 2 ? `${after.slice(0, 2).join(' ')}…` : after.join(' ');
  return `${head}${line.slice(index, index + length)}${tail}`;
}
