/**
 * The keyed items of a document: every object with an `id` that stands in a list, by id, with
 * where it stands. Ids used more than once are left out (the document is invalid; those items
 * are matched like items without an id).
 */
import type { PathSegment } from '../core/pointer.js';
import { toPointer } from '../core/pointer.js';
import { isRecord } from './values.js';

export interface LocatedItem {
  readonly id: string;
  readonly value: Readonly<Record<string, unknown>>;
  readonly segments: readonly PathSegment[];
  /** Readable path, e.g. `actionLines[stoppen].themes[plegeraanpak]`. */
  readonly label: string;
  /** JSON pointer of the list the item stands in. */
  readonly listPointer: string;
}

export type ItemIndex = ReadonlyMap<string, LocatedItem>;

export function itemId(value: unknown): string | undefined {
  return isRecord(value) && typeof value.id === 'string' && value.id !== '' ? value.id : undefined;
}

/** Readable path segments: `.key` for members, `[id]` or `[index]` for list elements. */
export function memberLabel(parent: string, key: string): string {
  const safe = /^[A-Za-z_$][\w$-]*$/.test(key) ? key : JSON.stringify(key);
  return parent === '' ? safe : `${parent}.${safe}`;
}

export function elementLabel(parent: string, key: string | number): string {
  return `${parent}[${key}]`;
}

/** Indexes the keyed items of a document in one pass (plus one to count ids). */
export function indexItems(data: unknown): ItemIndex {
  const counts = new Map<string, number>();
  const countIds = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const element of value) {
        const id = itemId(element);
        if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
        countIds(element);
      }
    } else if (isRecord(value)) {
      for (const child of Object.values(value)) countIds(child);
    }
  };
  countIds(data);

  const index = new Map<string, LocatedItem>();
  const visit = (value: unknown, segments: PathSegment[], label: string): void => {
    if (Array.isArray(value)) {
      const listPointer = toPointer(segments);
      value.forEach((element, i) => {
        const id = itemId(element);
        const keyed = id !== undefined && counts.get(id) === 1;
        const elementSegments = [...segments, i];
        const elementPath = elementLabel(label, keyed ? id : i);
        if (keyed) index.set(id, { id, value: element as Record<string, unknown>, segments: elementSegments, label: elementPath, listPointer });
        visit(element, elementSegments, elementPath);
      });
    } else if (isRecord(value)) {
      for (const [key, child] of Object.entries(value)) visit(child, [...segments, key], memberLabel(label, key));
    }
  };
  visit(data, [], '');
  return index;
}
