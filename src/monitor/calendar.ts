/**
 * Deadlines, milestones and phases as iCalendar (RFC 5545) events, for the calendars of the
 * people who own them. Every event has a UID made of the document's id and the ids on the way to
 * the item, so a calendar that subscribes to the file updates its events rather than adding
 * them again when the document changes.
 */
import ical, { ICalCalendarMethod } from 'ical-generator';
import type { Lang } from '../core/i18n.js';
import type { PathSegment } from '../core/pointer.js';
import { fromPointer } from '../core/pointer.js';
import type { KindDefinition } from '../model/kinds.js';
import type { CalendarDate } from '../time/calendar.js';
import { addDays, compareDates } from '../time/calendar.js';
import { timeSites } from '../timeline/sites.js';
import { spanOf } from '../timeline/values.js';
import type { Described, WorkState } from './items.js';
import { canonicalState, describe } from './items.js';
import { STATE_WORDS } from './words.js';

export interface CalendarEntry {
  readonly uid: string;
  /** First day, and last day (inclusive). */
  readonly start: CalendarDate;
  readonly end: CalendarDate;
  readonly what: 'deadline' | 'milestone' | 'end' | 'phase';
  readonly item: Described;
  /** The time as written. */
  readonly text: string;
  readonly state?: WorkState;
  readonly document: { readonly file: string; readonly id?: string; readonly title: string };
}

const MOMENT_WORDS: Readonly<Record<CalendarEntry['what'], { nl: string; en: string }>> = {
  deadline: { nl: 'Deadline', en: 'Deadline' },
  milestone: { nl: 'Mijlpaal', en: 'Milestone' },
  end: { nl: 'Einde', en: 'End' },
  phase: { nl: 'Fase', en: 'Phase' },
};

const DESCRIPTION_WORDS = {
  document: { nl: 'Document', en: 'Document' },
  when: { nl: 'Wanneer', en: 'When' },
  owner: { nl: 'Eigenaar', en: 'Owner' },
  status: { nl: 'Status', en: 'Status' },
  part: { nl: 'Onderdeel', en: 'Part' },
} as const;

/**
 * The events of a document: every deadline, milestone and end date of an item, and every phase
 * with a start and an end. The document's own period is no event.
 */
export function calendarEntries(data: Readonly<Record<string, unknown>>, definition: KindDefinition, document: CalendarEntry['document']): CalendarEntry[] {
  const entries: CalendarEntry[] = [];
  const seen = new Map<string, number>();
  const add = (ownerPointer: string, owner: Readonly<Record<string, unknown>>, what: CalendarEntry['what'], start: CalendarDate, end: CalendarDate, text: string, slot: string) => {
    const item = describe(data, pathIn(data, ownerPointer));
    const base = `${document.id ?? document.file}/${item.key}/${slot}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const state = canonicalState(owner.status);
    entries.push({ uid: `${uidPart(n > 1 ? `${base}/${n}` : base)}@agendum`, start, end, what, item, text, ...(state ? { state } : {}), document });
  };
  // A phase is one event from its first to its last day, whatever writes its time (a period, a
  // start and an end date); its own deadlines are events of their own.
  const phases = new Map<string, { owner: Readonly<Record<string, unknown>>; start?: CalendarDate; end?: CalendarDate; texts: string[] }>();
  for (const site of timeSites(data, definition)) {
    if (site.role === 'duration' || site.isDocumentPeriod) continue;
    const span = spanOf(site);
    if (!span) continue;
    const key = fromPointer(site.path).at(-1);
    const slot = site.path.slice(site.ownerPath.length + 1);
    const deadline = key === 'deadline' || span.kinds.has('deadline');
    if (isPhase(pathIn(data, site.ownerPath)) && !deadline) {
      const phase = phases.get(site.ownerPath) ?? { owner: site.owner, texts: [] };
      phases.set(site.ownerPath, phase);
      if (span.start && (!phase.start || compareDates(span.start, phase.start) < 0)) phase.start = span.start;
      if (span.end && (!phase.end || compareDates(span.end, phase.end) > 0)) phase.end = span.end;
      phase.texts.push(site.text);
      continue;
    }
    // Periods of work that is not a phase (an action over four years) are no calendar events;
    // nor is the day work starts.
    if (site.role !== 'point' || key === 'start' || !span.end) continue;
    add(site.ownerPath, site.owner, deadline ? 'deadline' : key === 'end' ? 'end' : 'milestone', span.end, span.end, site.text, slot || 'when');
  }
  for (const [pointer, phase] of phases) {
    if (phase.start && phase.end) add(pointer, phase.owner, 'phase', phase.start, phase.end, phase.texts.join(' – '), 'phase');
  }
  return entries.sort((a, b) => compareDates(a.start, b.start) || compareDates(a.end, b.end) || (a.uid < b.uid ? -1 : 1));
}

/** A pointer's segments, with the index of a list item as a number (as the document's walks give them). */
function pathIn(data: unknown, pointer: string): PathSegment[] {
  const path: PathSegment[] = [];
  let value = data;
  for (const segment of fromPointer(pointer)) {
    const index = Array.isArray(value) && /^\d+$/.test(segment) ? Number(segment) : undefined;
    path.push(index ?? segment);
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[segment] : undefined;
  }
  return path;
}

/** A phase: an item in a list of phases (whatever the writer calls them, the schema's list is `phases`). */
function isPhase(path: readonly PathSegment[]): boolean {
  return path.length >= 2 && path[path.length - 2] === 'phases';
}

/** UIDs keep to letters, digits and a few marks, so no calendar has to quote them. */
function uidPart(text: string): string {
  return text.replace(/[^A-Za-z0-9._/-]+/g, '-');
}

/** The summary line of an event: "Deadline: Actie 2.3 Training meldcode". */
export function entrySummary(entry: CalendarEntry, lang: Lang): string {
  const name = [entry.item.type[lang], entry.item.number, entry.item.title].filter(Boolean).join(' ');
  return entry.what === 'phase' || entry.what === 'milestone' ? name : `${MOMENT_WORDS[entry.what][lang]}: ${name}`;
}

/** The calendar: all-day events (the documents speak of days, not hours), stamped with `stamp`. */
export function icsCalendar(entries: readonly CalendarEntry[], name: string, lang: Lang, stamp: CalendarDate, version: string): string {
  const calendar = ical({ name, prodId: { company: 'agendum', product: `agendum ${version}`, language: lang.toUpperCase() }, method: ICalCalendarMethod.PUBLISH });
  const utc = (date: CalendarDate) => new Date(Date.UTC(date.year, date.month - 1, date.day));
  for (const entry of entries) {
    const lines = [
      `${DESCRIPTION_WORDS.document[lang]}: ${entry.document.title} (${entry.document.file})`,
      `${DESCRIPTION_WORDS.when[lang]}: ${entry.text}`,
      ...(entry.item.group ? [`${DESCRIPTION_WORDS.part[lang]}: ${[entry.item.group.number, entry.item.group.title].filter(Boolean).join(' ')}`] : []),
      ...(entry.item.owners.length > 0 ? [`${DESCRIPTION_WORDS.owner[lang]}: ${entry.item.owners.join(', ')}`] : []),
      ...(entry.state ? [`${DESCRIPTION_WORDS.status[lang]}: ${STATE_WORDS[entry.state][lang]}`] : []),
    ];
    calendar.createEvent({
      id: entry.uid,
      start: utc(entry.start),
      end: utc(addDays(entry.end, 1)),
      allDay: true,
      stamp: utc(stamp),
      summary: entrySummary(entry, lang),
      description: lines.join('\n'),
    });
  }
  return calendar.toString();
}
