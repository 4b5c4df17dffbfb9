/**
 * Splits a time or duration expression into tokens that remember where they came from, so
 * labels can be cut from the original text verbatim and failures can point at a span.
 */

export interface Token {
  readonly kind: 'num' | 'word' | 'sym' | 'date';
  /** As written. */
  readonly text: string;
  /**
   * For matching: lower case without accents; all dashes are "-"; a line break is ";";
   * the phrases "t/m" and "tot en met" are "tm", "e.v." and "en verder" "ev", "m.i.v." and
   * "met ingang van" "miv".
   */
  readonly norm: string;
  /** UTF-16 offsets into the input, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** Whether whitespace separates it from the token before (true for the first). */
  readonly spaced: boolean;
  /** For a numeric date ("23-05-2017", "2017-05-23"): its parts, not yet checked. */
  readonly date?: { readonly year: number; readonly month: number; readonly day: number };
}

/** More tokens than this is prose, not a time expression; it is not searched. */
export const MAX_TOKENS = 64;

const PHRASES: readonly (readonly [RegExp, string])[] = [
  [/t\s*\/\s*m\.?(?!\p{L})/iuy, 'tm'],
  [/tot\s+en\s+met(?!\p{L})/iuy, 'tm'],
  [/up\s+to\s+and\s+including(?!\p{L})/iuy, 'tm'],
  [/e\.\s?v(?:\.|(?!\p{L}))/iuy, 'ev'],
  [/en\s+verder(?!\p{L})/iuy, 'ev'],
  [/m\.\s?i\.\s?v\.?(?!\p{L})/iuy, 'miv'],
  [/met\s+ingang\s+van(?!\p{L})/iuy, 'miv'],
];

const NUMERIC_DATE = /(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?!\d)/y;
const ISO_DATE = /(\d{4})-(\d{2})-(\d{2})(?!\d)/y;
const SPACE = /\s+/uy;
const WORD = /[\p{L}\p{M}]+/uy;
const NUMBER = /\d+/y;
const DASHES = /^[-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]$/u;

/** Lower case without accents, for matching: "Één" → "een", "vóór" → "voor". */
export function normaliseWord(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** The tokens of a text; undefined when there are more than {@link MAX_TOKENS}. */
export function tokenize(text: string): Token[] | undefined {
  const tokens: Token[] = [];
  let at = 0;
  let spaced = true;
  const push = (token: Omit<Token, 'spaced'>) => {
    tokens.push({ ...token, spaced });
    spaced = false;
    at = token.end;
  };
  while (at < text.length) {
    if (tokens.length > MAX_TOKENS) return undefined;
    const space = matchAt(SPACE, text, at);
    if (space) {
      const end = at + space[0].length;
      if (space[0].includes('\n')) push({ kind: 'sym', text: '\n', norm: ';', start: at, end });
      at = end;
      spaced = true;
      continue;
    }
    // Phrases may follow a digit ("2020t/m2023") but not a letter ("Het/m…" is no "t/m").
    const startsWord = at === 0 || !/\p{L}/u.test(text[at - 1] ?? '');
    let phrase: string | undefined;
    let phraseEnd = at;
    if (startsWord) {
      for (const [pattern, norm] of PHRASES) {
        const m = matchAt(pattern, text, at);
        if (m) {
          phrase = norm;
          phraseEnd = at + m[0].length;
          break;
        }
      }
    }
    if (phrase !== undefined) {
      push({ kind: 'word', text: text.slice(at, phraseEnd).trimEnd(), norm: phrase, start: at, end: phraseEnd });
      continue;
    }
    const iso = startsWord ? matchAt(ISO_DATE, text, at) : null;
    if (iso) {
      const date = { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
      push({ kind: 'date', text: iso[0], norm: iso[0], start: at, end: at + iso[0].length, date });
      continue;
    }
    const numeric = startsWord ? matchAt(NUMERIC_DATE, text, at) : null;
    if (numeric) {
      const date = { year: Number(numeric[4]), month: Number(numeric[3]), day: Number(numeric[1]) };
      push({ kind: 'date', text: numeric[0], norm: numeric[0], start: at, end: at + numeric[0].length, date });
      continue;
    }
    const number = matchAt(NUMBER, text, at);
    if (number) {
      push({ kind: 'num', text: number[0], norm: number[0], start: at, end: at + number[0].length });
      continue;
    }
    const word = matchAt(WORD, text, at);
    if (word) {
      push({ kind: 'word', text: word[0], norm: normaliseWord(word[0]), start: at, end: at + word[0].length });
      continue;
    }
    const char = String.fromCodePoint(text.codePointAt(at) ?? 0);
    const norm = DASHES.test(char) ? '-' : char;
    push({ kind: 'sym', text: char, norm, start: at, end: at + char.length });
  }
  return tokens.length > MAX_TOKENS ? undefined : tokens;
}
