import type { RenderLang } from '../labels.js';

type Unit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second';

const UNIT_WORDS: Readonly<Record<RenderLang, Readonly<Record<Unit, readonly [string, string]>>>> = {
  // Dutch says "2 jaar" and "24 uur": no plural after a number for these two.
  nl: {
    year: ['jaar', 'jaar'],
    month: ['maand', 'maanden'],
    week: ['week', 'weken'],
    day: ['dag', 'dagen'],
    hour: ['uur', 'uur'],
    minute: ['minuut', 'minuten'],
    second: ['seconde', 'seconden'],
  },
  en: {
    year: ['year', 'years'],
    month: ['month', 'months'],
    week: ['week', 'weeks'],
    day: ['day', 'days'],
    hour: ['hour', 'hours'],
    minute: ['minute', 'minutes'],
    second: ['second', 'seconds'],
  },
};

const ISO_DURATION = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;
const ISO_UNITS: readonly Unit[] = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'];

/** An ISO 8601 duration in words ("P1Y6M" → "1 jaar en 6 maanden"); undefined when it is not one. */
export function isoDurationInWords(value: string, lang: RenderLang): string | undefined {
  const match = ISO_DURATION.exec(value.trim());
  if (!match) return undefined;
  const parts: string[] = [];
  ISO_UNITS.forEach((unit, i) => {
    const amount = match[i + 1];
    if (amount === undefined) return;
    const n = Number(amount);
    const [one, many] = UNIT_WORDS[lang][unit];
    parts.push(`${n} ${n === 1 ? one : many}`);
  });
  if (parts.length === 0) return undefined;
  const and = lang === 'nl' ? 'en' : 'and';
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} ${and} ${parts[parts.length - 1]}`;
}

/**
 * A duration as the writer put it ("binnen 1 week", "Zes maanden tot een jaar"), an ISO 8601
 * duration in words, or named parts joined by commas ("Randvoorwaarden twee maanden,
 * trainingen zes maanden").
 */
export function formatDuration(duration: unknown, lang: RenderLang): string {
  if (typeof duration === 'string') return isoDurationInWords(duration, lang) ?? duration;
  if (typeof duration === 'number') return String(duration);
  if (Array.isArray(duration)) {
    return duration
      .map((part) => {
        if (typeof part !== 'object' || part === null) return formatDuration(part, lang);
        const { label, duration: length } = part as { label?: unknown; duration?: unknown };
        return [label === undefined ? '' : String(label), formatDuration(length, lang)].filter((word) => word !== '').join(' ');
      })
      .filter((text) => text !== '')
      .join(', ');
  }
  return '';
}
