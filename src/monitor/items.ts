/**
 * The pieces of work a document holds (actions, agreements, projects, phases, preconditions,
 * deliverables): what the monitoring report counts and the calendar export lists. A piece of
 * work is what the kind's schema gives a status that starts open, so a kind a repository
 * registers is monitored as soon as its schema uses the common statuses.
 */
import type { PathSegment } from '../core/pointer.js';
import { toPointer } from '../core/pointer.js';
import type { Label } from '../model/labels/types.js';
import type { KindDefinition } from '../model/kinds.js';
import { humanise } from '../model/registry.js';
import { lookup, PRECONDITION_STATUSES, ROLES, WORK_STATUSES } from '../model/vocabulary.js';
import { organisationName } from '../render/view.js';
import { typedValues } from '../schema/typed.js';
import type { CalendarDate } from '../time/calendar.js';
import { compareDates, parseIsoDate } from '../time/calendar.js';
import { isRecord, timeSites, valueAt } from '../timeline/sites.js';
import { spanOf } from '../timeline/values.js';

/** Where a piece of work stands: the common work statuses, and `none` where nothing is written. */
export type WorkState = 'open' | 'inProgress' | 'done' | 'dropped' | 'none';

export const WORK_STATES: readonly WorkState[] = ['open', 'inProgress', 'done', 'dropped', 'none'];

export interface ProgressNote {
  readonly date: CalendarDate;
  readonly state: WorkState;
  readonly note?: string;
  readonly by?: string;
}

/** A moment the work must meet: a deadline or milestone of its own. */
export interface WorkMoment {
  readonly date: CalendarDate;
  /** As written ("uiterlijk 1 juli 2025"). */
  readonly text: string;
}

export interface WorkItem {
  /** JSON pointer into the document. */
  readonly pointer: string;
  /** Its id, with the ids of the parts around it ("veiligheid/training-meldcode"): how it is known across versions. */
  readonly key: string;
  /** What kind of work it is, by the list it stands in ("Actie", "Fase"). */
  readonly type: Label;
  /** Its number as written ("2.3"), if any. */
  readonly number?: string;
  /** Its title, name or the start of its text. */
  readonly title: string;
  /** The larger part it belongs to (a theme, action line, project), if any. */
  readonly group?: { readonly pointer: string; readonly number?: string; readonly title: string };
  /** Who carries it: its lead, owner or parties, as readers see them. */
  readonly owners: readonly string[];
  readonly state: WorkState;
  /** The status as written, when it is not one of the common ones (shown as written). */
  readonly writtenStatus?: string;
  readonly start?: CalendarDate;
  readonly end?: CalendarDate;
  /** Whether start and end are those of the part around it ("period" of a theme for its actions). */
  readonly inherited: boolean;
  /** The time as written, for readers ("2020 t/m 2023"). */
  readonly when?: string;
  readonly moments: readonly WorkMoment[];
  readonly progress: readonly ProgressNote[];
}

const TYPES: Readonly<Record<string, Label>> = {
  actions: { nl: 'Actie', en: 'Action' },
  regionalActions: { nl: 'Regionale actie', en: 'Regional action' },
  localActions: { nl: 'Lokale actie', en: 'Local action' },
  otherActions: { nl: 'Actie', en: 'Action' },
  phases: { nl: 'Fase', en: 'Phase' },
  projects: { nl: 'Project', en: 'Project' },
  agreements: { nl: 'Afspraak', en: 'Agreement' },
  generalAgreements: { nl: 'Afspraak', en: 'Agreement' },
  providerAgreements: { nl: 'Afspraak', en: 'Agreement' },
  preconditions: { nl: 'Randvoorwaarde', en: 'Precondition' },
  deliverables: { nl: 'Resultaat', en: 'Deliverable' },
  steps: { nl: 'Stap', en: 'Step' },
  milestones: { nl: 'Mijlpaal', en: 'Milestone' },
  themes: { nl: 'Thema', en: 'Theme' },
  actionLines: { nl: 'Actielijn', en: 'Action line' },
  principles: { nl: 'Uitgangspunt', en: 'Principle' },
  schedule: { nl: 'Planning', en: 'Schedule' },
  timetable: { nl: 'Planning', en: 'Schedule' },
};

/** Lists whose own name says nothing; the field that holds them names the item (`schedule.items`). */
const PLAIN_LISTS = new Set(['items', 'entries', 'list']);

const TITLE_KEYS = ['title', 'name', 'label', 'titel', 'naam', 'onderwerp', 'text', 'tekst', 'omschrijving', 'id'];
/** Roles that carry the work, before others who only take part. */
const CARRYING_ROLES = new Set(['lead', 'projectLeader', 'officialSponsor']);

/** Every piece of work of a document, in document order. */
export function workItems(data: Readonly<Record<string, unknown>>, definition: KindDefinition): WorkItem[] {
  const typed = typedValues(data, definition);
  const pointers = typed.filter((t) => t.type === 'workItem').map((t) => t.path);
  const times = timesByOwner(data, definition);
  const inner = innerTimes(times);
  return pointers.map((path) => {
    const value = valueAt(data, path);
    const item = isRecord(value) ? value : {};
    const pointer = toPointer(path);
    const own = times.get(pointer);
    const around = own ? undefined : inheritedTime(path, times);
    const time = own ?? around ?? inner.get(pointer);
    const progress = progressOf(item.progress);
    const { state, written } = stateOf(item.status, progress);
    return {
      ...describe(data, path),
      state,
      ...(written ? { writtenStatus: written } : {}),
      ...(time?.start ? { start: time.start } : {}),
      ...(time?.end ? { end: time.end } : {}),
      inherited: around !== undefined,
      ...(time?.when ? { when: time.when } : {}),
      moments: own?.moments ?? [],
      progress,
    };
  });
}

/** What readers call an object of the document: its type, number, title, the part it belongs to and who carries it. */
export type Described = Pick<WorkItem, 'pointer' | 'key' | 'type' | 'number' | 'title' | 'group' | 'owners'>;

export function describe(data: Readonly<Record<string, unknown>>, path: readonly PathSegment[]): Described {
  const value = valueAt(data, path);
  const item = isRecord(value) ? value : {};
  const group = groupOf(data, path);
  const number = typeof item.number === 'string' || typeof item.number === 'number' ? String(item.number) : undefined;
  return {
    pointer: toPointer(path),
    key: keyOf(data, path),
    type: typeOf(path),
    ...(number ? { number } : {}),
    title: titleOf(item),
    ...(group ? { group } : {}),
    owners: ownersOf(item, data),
  };
}

/** A piece of work's title, name or text, whole (readers shorten it where they must). */
export function titleOf(item: Readonly<Record<string, unknown>>): string {
  for (const key of TITLE_KEYS) {
    const value = item[key];
    if (typeof value === 'string' && value.trim()) return value.trim().replace(/\s+/g, ' ');
    // A text in paragraphs, before the id: its first paragraph.
    if (key === 'omschrijving' && Array.isArray(item.paragraphs) && typeof item.paragraphs[0] === 'string') return item.paragraphs[0].trim().replace(/\s+/g, ' ');
  }
  return '';
}

interface OwnTime {
  start?: CalendarDate;
  end?: CalendarDate;
  when?: string;
  moments: WorkMoment[];
}

/** The time each object of the document has of its own: its earliest start, latest end and its deadlines. */
function timesByOwner(data: Readonly<Record<string, unknown>>, definition: KindDefinition): Map<string, OwnTime> {
  const times = new Map<string, OwnTime>();
  for (const site of timeSites(data, definition)) {
    if (site.role === 'duration' || site.isDocumentPeriod) continue;
    const span = spanOf(site);
    if (!span) continue;
    const time = times.get(site.ownerPath) ?? { moments: [] };
    times.set(site.ownerPath, time);
    // A moment (a deadline, an end date) ends the work; only a period or a start date begins it.
    const begins = site.role === 'period' || site.path.endsWith('/start');
    if (begins && span.start && (!time.start || compareDates(span.start, time.start) < 0)) time.start = span.start;
    if (span.end && (!time.end || compareDates(span.end, time.end) > 0)) time.end = span.end;
    // A moment to meet (a deadline, a milestone, an end date); a start date is not one.
    if (site.role === 'point' && span.end && !site.path.endsWith('/start')) time.moments.push({ date: span.end, text: site.text });
    if (site.role === 'period') time.when = time.when ? `${time.when}; ${site.text}` : site.text;
    else time.when ??= site.text;
  }
  return times;
}

/** The time of the nearest part around an item that has one (a theme's period for its actions). */
function inheritedTime(path: readonly PathSegment[], times: ReadonlyMap<string, OwnTime>): OwnTime | undefined {
  for (let depth = path.length - 1; depth > 0; depth--) {
    const time = times.get(toPointer(path.slice(0, depth)));
    if (time && (time.start || time.end)) return { ...time, moments: [] };
  }
  return undefined;
}

/** The ids on the way to an item, joined; where an object has no id, its place in its list. */
function keyOf(data: unknown, path: readonly PathSegment[]): string {
  const parts: string[] = [];
  for (let depth = 1; depth <= path.length; depth++) {
    if (typeof path[depth - 1] !== 'number') continue;
    const value = valueAt(data, path.slice(0, depth));
    const id = isRecord(value) && (typeof value.id === 'string' || typeof value.id === 'number') ? String(value.id) : undefined;
    parts.push(id ?? `${String(path[depth - 2] ?? '')}[${String(path[depth - 1])}]`);
  }
  return parts.join('/') || toPointer(path);
}

/**
 * The time of the work inside each object (a project's phases): from the first start to the last
 * end of everything below it. One pass over the times, each added to the objects around it.
 */
function innerTimes(times: ReadonlyMap<string, OwnTime>): Map<string, OwnTime> {
  const inner = new Map<string, OwnTime>();
  for (const [owner, time] of times) {
    for (let cut = owner.lastIndexOf('/'); cut > 0; cut = owner.lastIndexOf('/', cut - 1)) {
      const around = owner.slice(0, cut);
      const sum = inner.get(around) ?? { moments: [] };
      inner.set(around, sum);
      if (time.start && (!sum.start || compareDates(time.start, sum.start) < 0)) sum.start = time.start;
      if (time.end && (!sum.end || compareDates(time.end, sum.end) > 0)) sum.end = time.end;
    }
  }
  return inner;
}

/** The list an item stands in names its type: `regionalActions` → "Regionale actie". */
function typeOf(path: readonly PathSegment[]): Label {
  const names = path.filter((segment): segment is string => typeof segment === 'string');
  let list = names[names.length - 1];
  if (list !== undefined && PLAIN_LISTS.has(list) && names.length > 1) list = names[names.length - 2];
  if (!list) return { nl: 'Onderdeel', en: 'Part' };
  const known = TYPES[list];
  if (known) return known;
  const readable = humanise(list);
  return { nl: readable, en: readable };
}

/**
 * The larger part an item belongs to: the nearest titled item around it in a list (a theme, an
 * action line, a project), whether or not that part is itself a piece of work.
 */
function groupOf(data: unknown, path: readonly PathSegment[]): WorkItem['group'] {
  for (let depth = path.length - 1; depth > 0; depth--) {
    if (typeof path[depth - 1] !== 'number') continue;
    const around = valueAt(data, path.slice(0, depth));
    if (!isRecord(around)) continue;
    const title = titleOf(around);
    if (!title) continue;
    const pointer = toPointer(path.slice(0, depth));
    const number = typeof around.number === 'string' || typeof around.number === 'number' ? String(around.number) : undefined;
    return { pointer, ...(number ? { number } : {}), title };
  }
  return undefined;
}

function progressOf(value: unknown): ProgressNote[] {
  if (!Array.isArray(value)) return [];
  const notes: ProgressNote[] = [];
  for (const entry of value) {
    if (!isRecord(entry)) continue;
    const date = typeof entry.date === 'string' ? parseIsoDate(entry.date) : undefined;
    if (!date) continue;
    notes.push({
      date,
      state: canonicalState(entry.status) ?? 'none',
      ...(typeof entry.note === 'string' ? { note: entry.note.trim().replace(/\s+/g, ' ') } : {}),
      ...(typeof entry.by === 'string' ? { by: entry.by } : {}),
    });
  }
  return notes.sort((a, b) => compareDates(a.date, b.date));
}

/** A status in the common words (Dutch or English, a precondition's too), as one of the states. */
export function canonicalState(written: unknown): WorkState | undefined {
  const work = lookup(WORK_STATUSES, written);
  if (work) return work.key as WorkState;
  const precondition = lookup(PRECONDITION_STATUSES, written);
  if (precondition) return precondition.key === 'met' ? 'done' : 'open';
  return undefined;
}

/**
 * Where the work stands: its status as written, else the status of its latest progress entry;
 * `none` when neither says. A status in the writer's own words counts as open.
 */
function stateOf(status: unknown, progress: readonly ProgressNote[]): { state: WorkState; written?: string } {
  if (status === undefined || status === null || status === '') {
    const latest = [...progress].reverse().find((note) => note.state !== 'none');
    return { state: latest?.state ?? 'none' };
  }
  const state = canonicalState(status);
  return state ? { state } : { state: 'open', written: String(status) };
}

/** Who carries the work: holders of a carrying role, else its owner or lead, else its parties. */
function ownersOf(item: Readonly<Record<string, unknown>>, root: Readonly<Record<string, unknown>>): string[] {
  const holders = Array.isArray(item.roles) ? item.roles.filter(isRecord) : [];
  const carrying = holders.filter((holder) => CARRYING_ROLES.has(lookup(ROLES, holder.role)?.key ?? ''));
  if (carrying.length > 0) return unique(carrying.map((holder) => holderName(holder, root)));
  for (const key of ['owner', 'lead', 'trekker']) {
    const value = item[key];
    if (isRecord(value)) return unique([holderName(value, root)]);
    if (typeof value === 'string' && value.trim()) return [organisationName(root, value)];
  }
  for (const key of ['parties', 'partners']) {
    const value = item[key];
    if (Array.isArray(value) && value.length > 0) return unique(value.map((id) => (isRecord(id) ? holderName(id, root) : organisationName(root, id))));
  }
  return [];
}

function holderName(holder: Readonly<Record<string, unknown>>, root: Readonly<Record<string, unknown>>): string {
  const organisation = typeof holder.organisation === 'string' ? holder.organisation : holder.party ?? holder.partner;
  const parts = [holder.name, organisation !== undefined && organisation !== holder.organisation ? organisationName(root, organisation) : organisation];
  return parts.filter((part): part is string => typeof part === 'string' && part.trim() !== '').join(', ');
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values.filter((v) => v !== ''))];
}
