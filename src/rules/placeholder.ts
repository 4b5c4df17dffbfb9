import { toPointer } from '../core/pointer.js';
import { proseValues } from './prose.js';
import type { Rule } from './types.js';

/** Marks a writer leaves to come back to; found anywhere in a text. */
const ANYWHERE: readonly RegExp[] = [
  // In capitals, as such marks are written: "todo-lijst" is a word, "TODO" a reminder.
  /(?<![\p{L}\p{N}])(?:TODO|FIXME|TBD)(?![\p{L}\p{N}])/u,
  /(?<![\p{L}\p{N}])x{3,}(?![\p{L}\p{N}])/iu,
  /\blorem ipsum\b/i,
  /\b(?:nader|nog) in te vullen\b/i,
  /\bnog aan te vullen\b/i,
  // An ellipsis on its own between spaces or at an end stands for missing words. One that
  // closes a word ("enz…") or sits in brackets ("[…]", a cut in a quotation) does not.
  /(?:^|\s)(?:\.{3,}|…)(?=\s|$)/u,
];

/** What every one of ANYWHERE needs in a text (most texts have none of it, and are not searched further). */
const MAYBE_ANYWHERE = /TODO|FIXME|TBD|xxx|lorem ipsum|in te vullen|aan te vullen|\.\.\.|…/i;

/** Values that are a placeholder only when they are the whole text (p.m. = pro memorie). */
const WHOLE = /^(?:\.{2,}|…+|\?+|[-–—]|p\.?\s?m\.?|n\.?t\.?b\.?|nader te bepalen|volgt|invullen)$/iu;

/** Text that was never written shows up in print and in diffs as if it were the document's. */
export const placeholder: Rule = {
  meta: {
    id: 'text/placeholder',
    description: {
      en: 'No placeholder is left in the text: TODO, FIXME or TBD (in capitals), xxx, lorem ipsum, "nader in te vullen", an ellipsis standing alone, or a whole value such as "…", "p.m.", "n.t.b." or "volgt".',
      nl: 'Er staat geen opvultekst meer in de tekst: TODO, FIXME of TBD (in hoofdletters), xxx, lorem ipsum, "nader in te vullen", een los beletselteken, of een hele waarde zoals "…", "p.m.", "n.t.b." of "volgt".',
    },
    severity: 'warning',
    messages: {
      placeholder: {
        en: 'placeholder "{found}" left in the text',
        nl: 'tijdelijke tekst "{found}" staat nog in de tekst',
      },
      fix: {
        en: 'Write the real text, or remove the item if there is nothing to say yet.',
        nl: 'Schrijf de echte tekst, of verwijder het onderdeel als er nog niets te zeggen is.',
      },
    },
  },
  check(context) {
    for (const prose of proseValues(context.data)) {
      const found = findPlaceholder(prose.text);
      if (found) context.report({ path: toPointer(prose.path), span: found.span, messageId: 'placeholder', data: { found: found.text }, hintId: 'fix' });
    }
  },
};

export interface Placeholder {
  /** The placeholder as written. */
  readonly text: string;
  /** Where it stands in the value. */
  readonly span: { readonly start: number; readonly end: number };
}

/** The first placeholder in a text. */
export function findPlaceholder(text: string): Placeholder | undefined {
  const whole = text.trim();
  if (WHOLE.test(whole)) {
    const start = text.indexOf(whole);
    return { text: whole, span: { start, end: start + whole.length } };
  }
  if (!MAYBE_ANYWHERE.test(text)) return undefined;
  for (const pattern of ANYWHERE) {
    const match = pattern.exec(text);
    if (!match) continue;
    // The ellipsis pattern takes the space before it along; the caret belongs on the mark.
    const lead = match[0].length - match[0].trimStart().length;
    const found = match[0].trim();
    return { text: found, span: { start: match.index + lead, end: match.index + lead + found.length } };
  }
  return undefined;
}
