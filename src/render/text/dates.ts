import type { RenderLang } from '../labels.js';

const MONTHS: Readonly<Record<RenderLang, readonly string[]>> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** Days in a month of the Gregorian calendar; computed in UTC so the machine's time zone plays no part. */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function spell(year: number, month: number, day: number | undefined, lang: RenderLang): string | undefined {
  if (month < 1 || month > 12) return undefined;
  const monthName = MONTHS[lang][month - 1];
  if (day === undefined) return `${monthName} ${year}`;
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${day} ${monthName} ${year}`;
}

/**
 * A calendar date in words: ISO 8601 (`2021-05-20`, `2021-05`) and day-month-year
 * (`20-5-2021`) become "20 mei 2021"; anything else is kept as the writer wrote it
 * ("20 mei 2021", "Mei 2020", "medio 2019"), as is an impossible date such as `2021-02-30`.
 */
export function formatDate(value: string | number, lang: RenderLang): string {
  const written = String(value).trim();
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(written);
  if (match) return spell(Number(match[1]), Number(match[2]), Number(match[3]), lang) ?? written;
  match = /^(\d{4})-(\d{2})$/.exec(written);
  if (match) return spell(Number(match[1]), Number(match[2]), undefined, lang) ?? written;
  match = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(written);
  if (match) return spell(Number(match[3]), Number(match[2]), Number(match[1]), lang) ?? written;
  return written;
}

const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map(
  [...MONTHS.nl, ...MONTHS.en].map((name, index) => [name.toLowerCase(), (index % 12) + 1] as const),
);

/**
 * The first day a written date stands for, in ISO 8601 (`2021-05-20`), for the metadata of a
 * printed document: `2021-05-20`, `2021-05`, `20-5-2021`, `20 mei 2021`, `Mei 2020`, `2020`.
 * Undefined for anything vaguer ("medio 2019") or impossible.
 */
export function isoDateOf(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const written = String(value).trim().toLowerCase();
  let year: number;
  let month = 1;
  let day = 1;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(written))) {
    [year, month, day] = [Number(match[1]), Number(match[2] ?? 1), Number(match[3] ?? 1)];
  } else if ((match = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(written))) {
    [year, month, day] = [Number(match[3]), Number(match[2]), Number(match[1])];
  } else if ((match = /^(?:(\d{1,2}) )?(\p{L}+) (\d{4})$/u.exec(written)) && MONTH_NUMBERS.has(match[2]!)) {
    [year, month, day] = [Number(match[3]), MONTH_NUMBERS.get(match[2]!)!, Number(match[1] ?? 1)];
  } else {
    return undefined;
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
