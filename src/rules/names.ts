
/**
 * How names are compared: people by initials and surname without Dutch particles,
 * organisations by spelling, abbreviations by their letters. Pure helpers for `names/variant`.
 */

/** Dutch surname particles (tussenvoegsels); "H. van Zeijts" and "H. Zeijts" share the surname. */
const PARTICLES = new Set(['van', 'de', 'der', 'den', 'het', 'ten', 'ter', 'te', "'t", '’t', 'in', 'op', 'v.d.', 'v/d', "d'"]);

/** An initial or a run of them: "H.", "H.J.", "A", "IJ.", "Th.". */
const INITIALS = /^(?:(?:IJ|Th|Chr|Ch|Ph|[A-Z])\.?-?)+$/u;

export interface PersonName {
  /** The name as written, with runs of spaces made single. */
  readonly written: string;
  /** Initials and surname without particles, lower case: "h|zeijts". */
  readonly key: string;
  /** A written-out first name ("Jeannette"), when there are no initials. */
  readonly given: string | undefined;
}

export function personName(name: string): PersonName | undefined {
  const tokens = name.trim().split(/\s+/).filter(Boolean);
  if (tokens.length < 2) return undefined;
  let initials = '';
  let i = 0;
  while (i < tokens.length - 1 && INITIALS.test(tokens[i]!)) initials += tokens[i++]!.replace(/[.-]/g, '').toUpperCase();
  let given: string | undefined;
  if (!initials) {
    const first = tokens[0]!;
    if (!/^\p{Lu}\p{Ll}+$/u.test(first)) return undefined;
    given = first;
    initials = first[0]!;
    i = 1;
  }
  const surname = tokens
    .slice(i)
    .map((t) => t.toLowerCase().replace(/,$/, ''))
    .filter((t) => !PARTICLES.has(t));
  if (surname.length === 0) return undefined;
  return { written: tokens.join(' '), key: `${initials}|${surname.join(' ')}`, given };
}

/** Two spellings that share a key may still be two people with different first names. */
export function samePerson(a: PersonName, b: PersonName): boolean {
  return a.key === b.key && (a.given === undefined || b.given === undefined || a.given === b.given);
}

/** An organisation's name for comparison: without a trailing "(ABBR)", closing punctuation and extra spaces. */
export function organisationSpelling(name: string): string {
  return name
    .replace(/\s*\([\p{L}'’.]{2,10}\)\s*$/u, '')
    .replace(/[\s.,;:]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A spelling prepared once for the many comparisons of a register. */
export interface Prepared {
  readonly lower: string;
  /** Letters and digits only. */
  readonly squashed: string;
  readonly words: readonly string[];
}

export function prepare(spelling: string): Prepared {
  const lower = spelling.toLowerCase();
  return { lower, squashed: lower.replace(/[^\p{L}\p{N}]+/gu, ''), words: lower.split(' ') };
}

/**
 * Whether two spellings of an organisation differ by a slip rather than on purpose: the same
 * letters with other spaces or punctuation ("incl.CJG" / "incl. CJG"), or a small misspelling
 * ("kindbescherming" / "Kinderbescherming"). Case alone and singular against plural
 * ("instelling" / "instellingen") are not slips; the seeds use both deliberately.
 */
export function isSpellingVariant(a: string | Prepared, b: string | Prepared): boolean {
  const pa = typeof a === 'string' ? prepare(a) : a;
  const pb = typeof b === 'string' ? prepare(b) : b;
  if (pa.lower === pb.lower) return false;
  if (pa.squashed === pb.squashed) return true;
  if (Math.min(pa.lower.length, pb.lower.length) < 8 || Math.abs(pa.lower.length - pb.lower.length) > 2) return false;
  if (pa.words.length === pb.words.length && pa.words.every((w, i) => isPluralPair(w, pb.words[i]!))) return false;
  return withinEdits(pa.lower, pb.lower, 2);
}

/**
 * Whether two strings are at most `limit` edits apart (insert, delete, substitute): the
 * Levenshtein table row by row, given up as soon as a row exceeds the limit. Registers are
 * compared pairwise, so this must stay cheap.
 */
export function withinEdits(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(value);
      if (value < best) best = value;
    }
    if (best > limit) return false;
    previous = current;
  }
  return previous[b.length]! <= limit;
}

function isPluralPair(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return [`${short}s`, `${short}en`, `${short}'s`, `${short}’s`, `${short}n`].includes(long);
}

/** Abbreviations written in capitals (three letters or more: two-letter ones collide too easily). */
export const ABBREVIATION = /\b[A-Z]{3,8}\b/;
export const ABBREVIATION_ALL = new RegExp(ABBREVIATION.source, 'g');

/** The letters of an abbreviation in a fixed order: "CSG" and "SCG" both give "CGS". */
export function letterKey(abbreviation: string): string {
  return [...abbreviation.toUpperCase()].sort().join('');
}

/**
 * Whether an abbreviation stands for a name: its letters are, in order, among the initials of
 * the name's words (and capitals inside words, as in GezondheidsZorg), starting with the first
 * word. "CSG" stands for "Centrum Seksueel Geweld"; "SCG" does not.
 */
export function abbreviates(abbreviation: string, words: readonly string[]): boolean {
  const wanted = abbreviation.toLowerCase();
  for (let start = 0; start < words.length; start++) {
    const letters = words
      .slice(start)
      .map((w) => (w[0] ?? '') + [...w.slice(1)].filter((c) => /\p{Lu}/u.test(c)).join(''))
      .join('')
      .toLowerCase();
    if (letters[0] !== wanted[0]) continue;
    let j = 0;
    for (const c of letters) if (c === wanted[j]) j++;
    if (j === wanted.length) return true;
  }
  return false;
}

/** Abbreviations introduced in running text, "Centrum Seksueel Geweld (SCG)": the abbreviation and the words before it. */
export function* bracketedAbbreviations(text: string): Generator<{ abbreviation: string; words: string[] }> {
  for (const match of text.matchAll(/\(([\p{Lu}]{2,8})\)/gu)) {
    const before = text.slice(0, match.index).split(/[.;:!?()]/).pop() ?? '';
    const words = before.split(/[\s/-]+/).filter((w) => /\p{L}/u.test(w)).slice(-8);
    yield { abbreviation: match[1]!, words };
  }
}
