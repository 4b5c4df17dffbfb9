/**
 * The words of time, Dutch and English, in the normalised spelling the tokenizer produces
 * (lower case, accents removed: "één" → "een", "vóór" → "voor", "à" → "a").
 */
import type { Frequency } from './types.js';
import type { Fuzzy } from './calendar.js';

export const MONTH_NAMES_NL = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

/** Month by name or abbreviation, 1–12. */
export const MONTHS: ReadonlyMap<string, number> = new Map<string, number>([
  ...MONTH_NAMES_NL.map((name, i) => [name, i + 1] as [string, number]),
  ...(
    [
      'january',
      'february',
      'march',
      'april',
      'may',
      'june',
      'july',
      'august',
      'september',
      'october',
      'november',
      'december',
    ] as const
  ).map((name, i) => [name, i + 1] as [string, number]),
  ['jan', 1],
  ['feb', 2],
  ['febr', 2],
  ['mrt', 3],
  ['mar', 3],
  ['apr', 4],
  ['jun', 6],
  ['jul', 7],
  ['aug', 8],
  ['sep', 9],
  ['sept', 9],
  ['okt', 10],
  ['oct', 10],
  ['nov', 11],
  ['dec', 12],
]);

/** Spelled-out numbers (een/één … twaalf and beyond; one … twelve; "a"/"an" as one). "à" in "twee à drie" also normalises to "a": duration ranges try it as a separator first. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map<string, number>([
  ['nul', 0],
  ['een', 1],
  ['twee', 2],
  ['drie', 3],
  ['vier', 4],
  ['vijf', 5],
  ['zes', 6],
  ['zeven', 7],
  ['acht', 8],
  ['negen', 9],
  ['tien', 10],
  ['elf', 11],
  ['twaalf', 12],
  ['dertien', 13],
  ['veertien', 14],
  ['vijftien', 15],
  ['zestien', 16],
  ['zeventien', 17],
  ['achttien', 18],
  ['negentien', 19],
  ['twintig', 20],
  ['vierentwintig', 24],
  ['dertig', 30],
  ['zesendertig', 36],
  ['achtenveertig', 48],
  ['zero', 0],
  ['one', 1],
  ['a', 1],
  ['an', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['eighteen', 18],
  ['twenty', 20],
  ['thirty', 30],
]);

/** How numbers are written in the canonical form: words up to twaalf, digits beyond. */
export const DUTCH_NUMBER_WORDS = [
  'nul',
  'een',
  'twee',
  'drie',
  'vier',
  'vijf',
  'zes',
  'zeven',
  'acht',
  'negen',
  'tien',
  'elf',
  'twaalf',
] as const;

/** Ordinals for quarters: eerste kwartaal, first quarter. */
export const ORDINALS: ReadonlyMap<string, number> = new Map<string, number>([
  ['eerste', 1],
  ['tweede', 2],
  ['derde', 3],
  ['vierde', 4],
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
]);

/** Suffixes written after a digit to make an ordinal: 1e, 2de, 1ste, 1st, 2nd, 3rd, 4th. */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['e', 'ste', 'de', 'st', 'nd', 'rd', 'th']);

/** Phrases that make a point vague, as token sequences. */
export const FUZZY_PREFIXES: readonly (readonly [readonly string[], Fuzzy])[] = [
  [['aan', 'het', 'begin', 'van'], 'early'],
  [['aan', 'het', 'eind', 'van'], 'late'],
  [['aan', 'het', 'einde', 'van'], 'late'],
  [['in', 'het', 'midden', 'van'], 'mid'],
  [['begin', 'van'], 'early'],
  [['begin'], 'early'],
  [['start', 'of'], 'early'],
  [['beginning', 'of'], 'early'],
  [['early'], 'early'],
  [['medio'], 'mid'],
  [['midden', 'van'], 'mid'],
  [['midden'], 'mid'],
  [['halverwege'], 'mid'],
  [['middle', 'of'], 'mid'],
  [['mid', '-'], 'mid'],
  [['mid'], 'mid'],
  [['eind', 'van'], 'late'],
  [['einde', 'van'], 'late'],
  [['eind'], 'late'],
  [['einde'], 'late'],
  [['end', 'of'], 'late'],
  [['late'], 'late'],
];

/** Words saying work goes on without end. */
export const ONGOING_WORDS: ReadonlySet<string> = new Set([
  'doorlopend',
  'continu',
  'continue',
  'ongoing',
  'continuous',
  'continuously',
  'permanent',
  'structureel',
]);

/** Phrases that open a period at a point: "vanaf 2018", "m.i.v. 1 januari 2020". */
export const FROM_PREFIXES: readonly (readonly string[])[] = [
  ['vanaf'],
  ['van', 'af'],
  ['sinds'],
  ['per'],
  ['miv'],
  ['from'],
  ['since'],
  ['as', 'of'],
  ['starting', 'from'],
  ['starting', 'in'],
  ['starting'],
  ['beginning', 'in'],
];

/** Phrases after a point that leave the end open: "2021 e.v.", "2021 en verder". */
export const ONWARDS_SUFFIXES: readonly (readonly string[])[] = [
  ['ev'],
  ['en', 'later'],
  ['en', 'daarna'],
  ['and', 'beyond'],
  ['and', 'later'],
  ['and', 'onwards'],
  ['and', 'onward'],
  ['onwards'],
  ['onward'],
];

/** Deadlines whose point is excluded: "voor 2022" = by 31 december 2021. */
export const EXCLUSIVE_DEADLINE_PREFIXES: readonly (readonly string[])[] = [
  ['uiterlijk', 'voor'],
  ['voor'],
  ['before'],
];

/** Deadlines whose point is included: "uiterlijk 31 oktober 2013", "ultimo 2020". */
export const INCLUSIVE_DEADLINE_PREFIXES: readonly (readonly string[])[] = [
  ['uiterlijk', 'op'],
  ['uiterlijk', 'in'],
  ['uiterlijk'],
  ['ultimo'],
  ['voor', 'of', 'op'],
  ['op', 'of', 'voor'],
  ['op', 'zijn', 'laatst'],
  ['no', 'later', 'than'],
  ['not', 'later', 'than'],
  ['on', 'or', 'before'],
  ['by'],
  ['deadline', ':'],
  ['deadline'],
];

/** Recurrences: "jaarlijks", "ieder jaar", "annually". */
export const RECURRENCES: readonly (readonly [readonly string[], Frequency])[] = [
  [['tweejaarlijks'], 'biennial'],
  [['elke', 'twee', 'jaar'], 'biennial'],
  [['iedere', 'twee', 'jaar'], 'biennial'],
  [['om', 'de', 'twee', 'jaar'], 'biennial'],
  [['every', 'two', 'years'], 'biennial'],
  [['biennially'], 'biennial'],
  [['halfjaarlijks'], 'halfYearly'],
  [['elk', 'half', 'jaar'], 'halfYearly'],
  [['ieder', 'half', 'jaar'], 'halfYearly'],
  [['elke', 'zes', 'maanden'], 'halfYearly'],
  [['twee', 'keer', 'per', 'jaar'], 'halfYearly'],
  [['every', 'six', 'months'], 'halfYearly'],
  [['half', 'yearly'], 'halfYearly'],
  [['semiannually'], 'halfYearly'],
  [['jaarlijks'], 'yearly'],
  [['ieder', 'jaar'], 'yearly'],
  [['iedere', 'jaar'], 'yearly'],
  [['elk', 'jaar'], 'yearly'],
  [['elke', 'jaar'], 'yearly'],
  [['every', 'year'], 'yearly'],
  [['each', 'year'], 'yearly'],
  [['annually'], 'yearly'],
  [['yearly'], 'yearly'],
  [['ieder', 'kwartaal'], 'quarterly'],
  [['elk', 'kwartaal'], 'quarterly'],
  [['per', 'kwartaal'], 'quarterly'],
  [['driemaandelijks'], 'quarterly'],
  [['quarterly'], 'quarterly'],
  [['every', 'quarter'], 'quarterly'],
  [['maandelijks'], 'monthly'],
  [['iedere', 'maand'], 'monthly'],
  [['elke', 'maand'], 'monthly'],
  [['monthly'], 'monthly'],
  [['every', 'month'], 'monthly'],
];

/** The head of "gedurende de looptijd (van de raamovereenkomst)": the document's own period. */
export const DOCUMENT_PERIOD_LEADS: readonly (readonly string[])[] = [
  ['gedurende'],
  ['tijdens'],
  ['binnen'],
  ['voor'],
  ['in'],
  ['during'],
  ['throughout'],
  ['for'],
  ['within'],
];
export const DOCUMENT_PERIOD_ARTICLES: ReadonlySet<string> = new Set(['de', 'het', 'the']);
export const DOCUMENT_PERIOD_ADJECTIVES: ReadonlySet<string> = new Set(['gehele', 'hele', 'volledige', 'entire', 'whole', 'full']);
export const DOCUMENT_PERIOD_HEADS: ReadonlySet<string> = new Set([
  'looptijd',
  'contractperiode',
  'contractduur',
  'overeenkomstperiode',
  'term',
  'duration',
]);

/** Labels that say nothing beyond the time itself ("in 2020", "gedurende 2020"): dropped. */
export const FILLER_LABELS: ReadonlySet<string> = new Set([
  'in',
  'gedurende',
  'tijdens',
  'during',
  'in het jaar',
  'het jaar',
  'in de periode',
  'de periode',
  'in de jaren',
  'in the year',
]);

/** A unit of time as people write it. */
export type Unit = 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year';

/** Units of time by name, for durations. */
export const UNITS: ReadonlyMap<string, Unit> = new Map<string, Unit>([
  ['uur', 'hour'],
  ['uren', 'hour'],
  ['hour', 'hour'],
  ['hours', 'hour'],
  ['hrs', 'hour'],
  ['dag', 'day'],
  ['dagen', 'day'],
  ['day', 'day'],
  ['days', 'day'],
  ['week', 'week'],
  ['weken', 'week'],
  ['weeks', 'week'],
  ['wk', 'week'],
  ['maand', 'month'],
  ['maanden', 'month'],
  ['mnd', 'month'],
  ['month', 'month'],
  ['months', 'month'],
  ['kwartaal', 'quarter'],
  ['kwartalen', 'quarter'],
  ['quarter', 'quarter'],
  ['quarters', 'quarter'],
  ['jaar', 'year'],
  ['jaren', 'year'],
  ['jr', 'year'],
  ['year', 'year'],
  ['years', 'year'],
]);

/** Units the amount model cannot hold exactly. */
export const WORKING_DAY_WORDS: ReadonlySet<string> = new Set(['werkdag', 'werkdagen', 'werkweek', 'werkweken', 'workday', 'workdays', 'business']);
export const MINUTE_WORDS: ReadonlySet<string> = new Set(['minuut', 'minuten', 'minute', 'minutes', 'min', 'seconde', 'seconden', 'second', 'seconds']);

/** ISO 8601 durations: P2M, P1Y6M, P2W, PT24H (groups: Y, M, W, D, H, M, S). */
export const ISO_DURATION = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/i;
