
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

/** Names longer than this are compared by their letters only, not letter by letter for slips. */
export const MAX_COMPARED_LENGTH = 200;

/** The edits `isSpellingVariant` allows, and the parts a spelling is cut into to find them. */
const EDITS = 2;

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
  if (Math.min(pa.lower.length, pb.lower.length) < 8 || Math.abs(pa.lower.length - pb.lower.length) > EDITS) return false;
  if (Math.max(pa.lower.length, pb.lower.length) > MAX_COMPARED_LENGTH) return false;
  return withinEdits(pa.lower, pb.lower, EDITS) && !(pa.words.length === pb.words.length && pa.words.every((w, i) => isPluralPair(w, pb.words[i]!)));
}

/**
 * Whether two strings are at most `limit` edits apart (insert, delete, substitute): the
 * Levenshtein table row by row, but only its band of cells within `limit` of the diagonal (the
 * others are over the limit anyway), given up as soon as a row exceeds the limit. Linear in the
 * length: two names of 50,000 letters that differ in the last took a minute with the full table.
 */
export function withinEdits(first: string, second: string, limit: number): boolean {
  if (Math.abs(first.length - second.length) > limit) return false;
  // What the two share at the start and the end costs no edits.
  let start = 0;
  while (start < first.length && start < second.length && first.charCodeAt(start) === second.charCodeAt(start)) start++;
  let end = 0;
  while (end < first.length - start && end < second.length - start && first.charCodeAt(first.length - 1 - end) === second.charCodeAt(second.length - 1 - end)) end++;
  const aLength = first.length - start - end;
  const bLength = second.length - start - end;
  if (aLength === 0 || bLength === 0) return Math.max(aLength, bLength) <= limit;
  const over = limit + 1;
  // Two rows of the table, reused from call to call (this runs for every candidate pair).
  if (rows[0].length <= bLength) rows = [new Int32Array(2 * bLength + 2), new Int32Array(2 * bLength + 2)];
  let [previous, current] = rows;
  previous.fill(over, 0, bLength + 1);
  current.fill(over, 0, bLength + 1);
  for (let j = 0; j <= Math.min(bLength, limit); j++) previous[j] = j;
  for (let i = 1; i <= aLength; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(bLength, i + limit);
    // The cell left of the band; cells right of it were never written and stay over the limit.
    current[from - 1] = from === 1 && i <= limit ? i : over;
    let best = current[from - 1]!;
    const letter = first.charCodeAt(start + i - 1);
    for (let j = from; j <= to; j++) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (letter === second.charCodeAt(start + j - 1) ? 0 : 1), over);
      current[j] = value;
      if (value < best) best = value;
    }
    if (best > limit) return false;
    [previous, current] = [current, previous];
  }
  return previous[bLength]! <= limit;
}

let rows: [Int32Array, Int32Array] = [new Int32Array(256), new Int32Array(256)];


/**
 * Spellings indexed so that the earlier ones that may be a variant of a new one are found
 * without comparing it with all of them (a register of 100,000 names did not finish in three
 * minutes): by lower case and by letters only (exact), and for small misspellings by the
 * pigeonhole principle: a spelling within two edits of another of about its length holds one
 * of that one's three parts unchanged, at most two places from where it stands. Each key keeps
 * its first few entries, so that thousands of names that share a part cost no more than a few.
 */
export class SpellingIndex<T> {
  private readonly exact = new Map<string, number[]>();
  private readonly parts = new Map<string, number[]>();
  private readonly entries: T[] = [];

  constructor(
    private readonly prepared: (entry: T) => Prepared,
    private readonly perKey = 4,
  ) {}

  add(entry: T): void {
    const index = this.entries.length;
    this.entries.push(entry);
    const { lower, squashed } = this.prepared(entry);
    this.keep(this.exact, `l\u0000${lower}`, index);
    this.keep(this.exact, `s\u0000${squashed}`, index);
    if (lower.length < 8 || lower.length > MAX_COMPARED_LENGTH) return;
    for (const [part, start, length] of cut(lower.length)) this.keep(this.parts, `${lower.length}\u0000${part}\u0000${lower.slice(start, start + length)}`, index);
  }

  /** The first entry, in the order added, that is a candidate for `spelling` and passes `test`. */
  find(spelling: Prepared, test: (entry: T) => boolean): T | undefined {
    let first: number | undefined;
    const consider = (index: number) => {
      if ((first === undefined || index < first) && test(this.entries[index]!)) first = index;
    };
    for (const key of [`l\u0000${spelling.lower}`, `s\u0000${spelling.squashed}`]) {
      for (const index of this.exact.get(key) ?? []) consider(index);
    }
    const length = spelling.lower.length;
    if (length >= 8 && length <= MAX_COMPARED_LENGTH) {
      const seen = new Set<number>();
      for (let other = length - EDITS; other <= length + EDITS; other++) {
        for (const [part, start, size] of cut(other)) {
          for (let shift = -EDITS; shift <= EDITS; shift++) {
            const at = start + shift;
            if (at < 0 || at + size > length) continue;
            for (const index of this.parts.get(`${other}\u0000${part}\u0000${spelling.lower.slice(at, at + size)}`) ?? []) {
              if (seen.has(index)) continue;
              seen.add(index);
              consider(index);
            }
          }
        }
      }
    }
    return first === undefined ? undefined : this.entries[first];
  }

  /** Keeps the first few entries of a key. */
  private keep(map: Map<string, number[]>, key: string, index: number): void {
    const list = map.get(key);
    if (!list) map.set(key, [index]);
    else if (list.length < this.perKey) list.push(index);
  }
}

/** Up to this many spellings are each compared with every one before them. */
const PAIRWISE = 1_000;

/** How many neighbours on each side, in alphabetical order from the front and from the back, are compared. */
const NEIGHBOURS = 16;

/**
 * For each spelling, the first one before it that `isTwin` accepts. A list of up to 1,000 is
 * compared pair by pair; a longer one (a national register) through the index and with its
 * nearest neighbours in alphabetical order, read from the front and from the back (a slip at
 * the end of a name, or at its start): a bounded number of comparisons per spelling, so the
 * work grows with the length of the list, not with its square.
 */
export function earlierTwins<T>(entries: readonly T[], prepared: (entry: T) => Prepared, isTwin: (earlier: T, later: T) => boolean): (T | undefined)[] {
  if (entries.length <= PAIRWISE) return entries.map((entry, i) => entries.slice(0, i).find((earlier) => isTwin(earlier, entry)));
  const position = new Map(entries.map((entry, i) => [entry, i]));
  const orders = [(s: Prepared) => s.lower, (s: Prepared) => [...s.lower].reverse().join('')].map((key) => {
    const keys = entries.map((entry) => key(prepared(entry)));
    const order = entries.map((_, i) => i).sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b));
    const rank = new Int32Array(entries.length);
    order.forEach((index, r) => (rank[index] = r));
    return { order, rank };
  });
  const index = new SpellingIndex<T>(prepared);
  return entries.map((entry, i) => {
    let first = index.find(prepared(entry), (earlier) => isTwin(earlier, entry));
    let firstAt = first === undefined ? i : position.get(first)!;
    for (const { order, rank } of orders) {
      const at = rank[i]!;
      for (let r = Math.max(0, at - NEIGHBOURS); r <= Math.min(entries.length - 1, at + NEIGHBOURS); r++) {
        const other = order[r]!;
        if (other < firstAt && isTwin(entries[other]!, entry)) {
          first = entries[other];
          firstAt = other;
        }
      }
    }
    index.add(entry);
    return first;
  });
}

/** A spelling of `length` letters cut into EDITS + 1 parts: [part, start, length]. */
function cut(length: number): [number, number, number][] {
  const parts: [number, number, number][] = [];
  const size = Math.floor(length / (EDITS + 1));
  for (let part = 0, start = 0; part <= EDITS; part++) {
    const end = part === EDITS ? length : start + size;
    parts.push([part, start, end - start]);
    start = end;
  }
  return parts;
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
