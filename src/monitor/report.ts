/**
 * The monitoring report: for every piece of work of the documents, where it stands on a day —
 * its status, whether it is late or due soon — counted per document, per part (theme, action
 * line, project) and per owner.
 */
import type { Label } from '../model/labels/types.js';
import type { CalendarDate } from '../time/calendar.js';
import { addDays, compareDates } from '../time/calendar.js';
import type { WorkItem, WorkState } from './items.js';
import { WORK_STATES } from './items.js';

export interface ReportDocument {
  /** The file as the user names it. */
  readonly file: string;
  readonly id?: string;
  readonly title: string;
  readonly kind: Label;
  readonly items: readonly WorkItem[];
}

export interface ItemStanding extends WorkItem {
  /** Its time is over (its end or a deadline passed) and it is not done. */
  readonly late: boolean;
  /** The day that made it late. */
  readonly lateSince?: CalendarDate;
  /** Not late, not done, and its end or a deadline falls within the window. */
  readonly dueSoon: boolean;
  readonly dueOn?: CalendarDate;
}

export type Counts = Readonly<Record<WorkState, number>> & { readonly total: number; readonly late: number; readonly dueSoon: number };

export interface GroupCounts {
  /** Pointer of the part, or '' for work that belongs to no part. */
  readonly pointer: string;
  readonly number?: string;
  readonly title: string;
  readonly counts: Counts;
}

export interface DocumentStanding {
  readonly file: string;
  readonly id?: string;
  readonly title: string;
  readonly kind: Label;
  readonly items: readonly ItemStanding[];
  readonly counts: Counts;
  readonly groups: readonly GroupCounts[];
}

export interface ProgressReport {
  /** The day the report is for. */
  readonly today: CalendarDate;
  /** How far ahead "due soon" looks, in days. */
  readonly withinDays: number;
  readonly documents: readonly DocumentStanding[];
  readonly counts: Counts;
  readonly owners: readonly { readonly owner: string; readonly counts: Counts }[];
}

const FINISHED: ReadonlySet<WorkState> = new Set(['done', 'dropped']);

/** Where every piece of work stands on `today`, looking `withinDays` ahead for what is due soon. */
export function progressReport(documents: readonly ReportDocument[], today: CalendarDate, withinDays: number): ProgressReport {
  const horizon = addDays(today, withinDays);
  const all: ItemStanding[] = [];
  const standings = documents.map((document): DocumentStanding => {
    const items = document.items.map((item) => standing(item, today, horizon));
    all.push(...items);
    return { file: document.file, ...(document.id ? { id: document.id } : {}), title: document.title, kind: document.kind, items, counts: count(items), groups: groupCounts(items) };
  });
  const byOwner = new Map<string, ItemStanding[]>();
  for (const item of all) {
    for (const owner of item.owners.length > 0 ? item.owners : ['']) {
      const list = byOwner.get(owner) ?? [];
      list.push(item);
      byOwner.set(owner, list);
    }
  }
  const owners = [...byOwner.entries()]
    .filter(([owner]) => owner !== '')
    .sort(([a], [b]) => a.localeCompare(b, 'nl'))
    .map(([owner, items]) => ({ owner, counts: count(items) }));
  return { today, withinDays, documents: standings, counts: count(all), owners };
}

/** Whether an item is late or due soon on a day: by its end and its own deadlines. */
export function standing(item: WorkItem, today: CalendarDate, horizon: CalendarDate): ItemStanding {
  if (FINISHED.has(item.state)) return { ...item, late: false, dueSoon: false };
  const dates = [...item.moments.map((m) => m.date), ...(item.end ? [item.end] : [])].sort(compareDates);
  const passed = dates.find((date) => compareDates(date, today) < 0);
  if (passed) return { ...item, late: true, lateSince: passed, dueSoon: false };
  const coming = dates.find((date) => compareDates(date, today) >= 0 && compareDates(date, horizon) <= 0);
  return coming ? { ...item, late: false, dueSoon: true, dueOn: coming } : { ...item, late: false, dueSoon: false };
}

export function count(items: readonly ItemStanding[]): Counts {
  const counts: Record<string, number> = Object.fromEntries(WORK_STATES.map((state) => [state, 0]));
  let late = 0;
  let dueSoon = 0;
  for (const item of items) {
    counts[item.state]!++;
    if (item.late) late++;
    if (item.dueSoon) dueSoon++;
  }
  return { ...(counts as Record<WorkState, number>), total: items.length, late, dueSoon };
}

/** Counts per part the work belongs to, in document order; work of no part last. */
function groupCounts(items: readonly ItemStanding[]): GroupCounts[] {
  const groups = new Map<string, { number?: string; title: string; items: ItemStanding[] }>();
  for (const item of items) {
    const key = item.group?.pointer ?? '';
    const group = groups.get(key) ?? { ...(item.group?.number ? { number: item.group.number } : {}), title: item.group?.title ?? '', items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  const ordered = [...groups.entries()].sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : 0));
  return ordered.map(([pointer, group]) => ({ pointer, ...(group.number ? { number: group.number } : {}), title: group.title, counts: count(group.items) }));
}

/** What moved between two reports of the same documents: items finished, newly late, added, dropped from the text. */
export interface ProgressMove {
  readonly file: string;
  readonly item: ItemStanding;
  readonly change: 'finished' | 'newlyLate' | 'started' | 'dropped' | 'added' | 'removed' | 'reopened';
  readonly from?: WorkState;
}

/** The moves from an earlier report to a later one, matched by document file and the items' ids. */
export function progressMoves(before: ProgressReport, after: ProgressReport): ProgressMove[] {
  const moves: ProgressMove[] = [];
  const earlier = new Map<string, ItemStanding>();
  for (const document of before.documents) for (const item of document.items) earlier.set(`${document.file}\u0000${identity(item)}`, item);
  const seen = new Set<string>();
  for (const document of after.documents) {
    for (const item of document.items) {
      const key = `${document.file}\u0000${identity(item)}`;
      seen.add(key);
      const old = earlier.get(key);
      if (!old) {
        moves.push({ file: document.file, item, change: 'added' });
        continue;
      }
      if (old.state !== item.state) {
        const change = item.state === 'done' ? 'finished' : item.state === 'dropped' ? 'dropped' : item.state === 'inProgress' && old.state !== 'done' ? 'started' : FINISHED.has(old.state) ? 'reopened' : undefined;
        if (change) moves.push({ file: document.file, item, change, from: old.state });
      }
      if (item.late && !old.late) moves.push({ file: document.file, item, change: 'newlyLate', from: old.state });
    }
  }
  for (const document of before.documents) {
    for (const item of document.items) if (!seen.has(`${document.file}\u0000${identity(item)}`)) moves.push({ file: document.file, item, change: 'removed' });
  }
  return moves;
}

/** How an item is recognised across versions: by its ids (and those of the parts around it). */
function identity(item: WorkItem): string {
  return item.key;
}
