/** The words of the monitoring report and the export, in both languages. */
import type { Lang, Message } from '../core/i18n.js';
import { formatMessage } from '../core/i18n.js';
import type { CalendarDate } from '../time/calendar.js';
import { spokenDate } from '../timeline/values.js';
import type { WorkState } from './items.js';

export const STATE_WORDS: Readonly<Record<WorkState, Message>> = {
  open: { nl: 'nog niet gestart', en: 'not started' },
  inProgress: { nl: 'loopt', en: 'in progress' },
  done: { nl: 'afgerond', en: 'done' },
  dropped: { nl: 'vervallen', en: 'dropped' },
  none: { nl: 'zonder status', en: 'no status' },
};

/** Column headings for the states, short enough for a table. */
export const STATE_HEADINGS: Readonly<Record<WorkState, Message>> = {
  done: { nl: 'Afgerond', en: 'Done' },
  inProgress: { nl: 'Loopt', en: 'In progress' },
  open: { nl: 'Niet gestart', en: 'Not started' },
  dropped: { nl: 'Vervallen', en: 'Dropped' },
  none: { nl: 'Geen status', en: 'No status' },
};

export const WORDS = {
  report: { nl: 'Voortgangsrapportage', en: 'Progress report' },
  asOf: { nl: 'Stand per {date}', en: 'As of {date}' },
  asOfCommit: { nl: 'zoals vastgelegd in git op {date} ({commit})', en: 'as committed in git on {date} ({commit})' },
  dueWindow: { nl: 'binnenkort: binnen {length}', en: 'due soon: within {length}' },
  days: { nl: '{n} dagen', en: '{n} days' },
  weeks: { nl: '{n} weken', en: '{n} weeks' },
  dayOne: { nl: '1 dag', en: '1 day' },
  weekOne: { nl: '1 week', en: '1 week' },
  part: { nl: 'Onderdeel', en: 'Part' },
  noPart: { nl: '(overig)', en: '(other)' },
  total: { nl: 'Totaal', en: 'Total' },
  late: { nl: 'Te laat', en: 'Late' },
  dueSoon: { nl: 'Binnenkort', en: 'Due soon' },
  withoutStatus: { nl: 'Zonder status', en: 'Without status' },
  owner: { nl: 'Eigenaar', en: 'Owner' },
  owners: { nl: 'Per eigenaar', en: 'By owner' },
  document: { nl: 'Document', en: 'Document' },
  number: { nl: 'Nummer', en: 'Number' },
  type: { nl: 'Soort', en: 'Type' },
  title: { nl: 'Titel', en: 'Title' },
  status: { nl: 'Status', en: 'Status' },
  start: { nl: 'Begin', en: 'Start' },
  end: { nl: 'Einde', en: 'End' },
  when: { nl: 'Wanneer', en: 'When' },
  dueOn: { nl: 'Uiterlijk', en: 'Due' },
  lateSince: { nl: 'Te laat sinds', en: 'Late since' },
  lastNote: { nl: 'Laatste voortgang', en: 'Latest progress' },
  ended: { nl: 'liep af op {date}', en: 'ended on {date}' },
  due: { nl: 'uiterlijk {date}', en: 'due {date}' },
  inherited: { nl: '(periode van het onderdeel)', en: "(the part's period)" },
  yes: { nl: 'ja', en: 'yes' },
  no: { nl: 'nee', en: 'no' },
  nothing: { nl: 'Geen werkzaamheden met een status of tijd gevonden.', en: 'No pieces of work found.' },
  none: { nl: 'geen', en: 'none' },
  items: { nl: '{n} onderdelen', en: '{n} items' },
  itemsOne: { nl: '1 onderdeel', en: '1 item' },
  documents: { nl: '{n} documenten', en: '{n} documents' },
  documentsOne: { nl: '1 document', en: '1 document' },
  since: { nl: 'Wat bewoog sinds {revision} ({date})', en: 'What moved since {revision} ({date})' },
  noMoves: { nl: 'Niets bewogen.', en: 'Nothing moved.' },
  'move.finished': { nl: 'afgerond', en: 'finished' },
  'move.started': { nl: 'gestart', en: 'started' },
  'move.dropped': { nl: 'vervallen', en: 'dropped' },
  'move.reopened': { nl: 'weer geopend', en: 'reopened' },
  'move.newlyLate': { nl: 'nu te laat', en: 'newly late' },
  'move.added': { nl: 'nieuw', en: 'new' },
  'move.removed': { nl: 'niet meer in het document', en: 'no longer in the document' },
  was: { nl: 'was: {state}', en: 'was: {state}' },
  chart: { nl: 'Stand per onderdeel', en: 'Standing per part' },
  chartText: {
    nl: '{part}: {done} afgerond, {inProgress} loopt, {open} nog niet gestart, {dropped} vervallen, {none} zonder status',
    en: '{part}: {done} done, {inProgress} in progress, {open} not started, {dropped} dropped, {none} without status',
  },
  generated: { nl: 'Gemaakt met agendum {version}', en: 'Made with agendum {version}' },
} as const satisfies Readonly<Record<string, Message>>;

export type WordKey = keyof typeof WORDS;

/** A word of the report in a language, with `{name}` filled in. */
export function say(key: WordKey, lang: Lang, data: Readonly<Record<string, string | number>> = {}): string {
  return formatMessage(WORDS[key], lang, data);
}

export function dateWords(date: CalendarDate, lang: Lang): string {
  return spokenDate(date)[lang];
}

export function countWords(n: number, one: WordKey, many: WordKey, lang: Lang): string {
  return n === 1 ? say(one, lang) : say(many, lang, { n });
}

/** A window of days as readers say it: "8 weken", "10 days". */
export function lengthWords(days: number, lang: Lang): string {
  if (days > 0 && days % 7 === 0) return countWords(days / 7, 'weekOne', 'weeks', lang);
  return countWords(days, 'dayOne', 'days', lang);
}
