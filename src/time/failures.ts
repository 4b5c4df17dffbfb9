/** Why an expression was not understood, in every language agendum speaks. */
import { formatMessage, type Message } from '../core/i18n.js';
import { MAX_YEAR, MIN_YEAR } from './calendar.js';
import type { ParseFailure, ParseFailureCode } from './types.js';

const MESSAGES: Readonly<Record<ParseFailureCode, Message>> = {
  empty: { en: 'the expression is empty', nl: 'de aanduiding is leeg' },
  'too-long': {
    en: 'this is too long for a time expression; write the date, period or duration only',
    nl: 'dit is te lang voor een tijdsaanduiding; schrijf alleen de datum, periode of duur',
  },
  amount: { en: '"{found}" is an amount of money, not a time', nl: '"{found}" is een bedrag, geen tijdsaanduiding' },
  age: { en: '"{found}" is an age group, not a date or period', nl: '"{found}" is een leeftijdsgroep, geen datum of periode' },
  'age-or-duration': {
    en: '"{found}" reads as an age or a length of time, not a date or period',
    nl: '"{found}" leest als een leeftijd of een tijdsduur, niet als een datum of periode',
  },
  'duration-not-time': {
    en: '"{found}" is a length of time, not a date or period',
    nl: '"{found}" is een tijdsduur, geen datum of periode',
  },
  'time-not-duration': {
    en: '"{found}" is a date or period, not a length of time',
    nl: '"{found}" is een datum of periode, geen tijdsduur',
  },
  count: { en: '"{found}" is a count, not a time', nl: '"{found}" is een aantal, geen tijdsaanduiding' },
  'round-the-clock': {
    en: '"{found}" means round the clock, not a date or period',
    nl: '"{found}" betekent dag en nacht, geen datum of periode',
  },
  'not-a-year': {
    en: `{found} is not a year (agendum reads ${MIN_YEAR}–${MAX_YEAR} as years)`,
    nl: `{found} is geen jaartal (agendum leest ${MIN_YEAR} tot en met ${MAX_YEAR} als jaartallen)`,
  },
  'invalid-date': { en: '"{found}" is not a day of the calendar', nl: '"{found}" is geen dag van de kalender' },
  backwards: { en: '"{found}" ends before it starts', nl: '"{found}" eindigt voordat het begint' },
  ambiguous: {
    en: '"{found}" is ambiguous: "voor" and "tot" exclude their point, and a vague point ("begin", "medio", "eind") has no edge to exclude; write "uiterlijk …" or "t/m …"',
    nl: '"{found}" is dubbelzinnig: "voor" en "tot" sluiten hun moment uit, en een vaag moment ("begin", "medio", "eind") heeft geen grens; schrijf "uiterlijk …" of "t/m …"',
  },
  'working-days': {
    en: '"{found}": working days are not calendar days; write the length in days, weeks or months',
    nl: '"{found}": werkdagen zijn geen kalenderdagen; schrijf de duur in dagen, weken of maanden',
  },
  'unsupported-unit': {
    en: '"{found}": minutes and seconds are finer than agendum counts; write hours or days',
    nl: '"{found}": minuten en seconden zijn fijner dan agendum telt; schrijf uren of dagen',
  },
  'inexact-fraction': {
    en: '"{found}" is not a whole number of months or hours; write it in smaller units (e.g. weeks)',
    nl: '"{found}" is geen geheel aantal maanden of uren; schrijf het in kleinere eenheden (bijvoorbeeld weken)',
  },
  unknown: {
    en: '"{found}" is not a date, period or length of time agendum understands',
    nl: '"{found}" is geen datum, periode of tijdsduur die agendum begrijpt',
  },
};

/** A failure with its message filled in; `found` is the offending text. */
export function failure(code: ParseFailureCode, found: string, span?: [number, number]): ParseFailure {
  const template = MESSAGES[code];
  const message: Message = {
    en: formatMessage(template, 'en', { found }),
    nl: formatMessage(template, 'nl', { found }),
  };
  return { ok: false, code, reason: message.en, message, ...(span ? { span } : {}) };
}
