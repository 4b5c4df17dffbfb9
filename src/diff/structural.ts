/**
 * The structural diff: walks both documents together and reports what was added, removed,
 * changed, moved and renamed, before any classification. Keyed items (objects with an `id` in a
 * list) are matched by id across the whole document, so an item that changed lists is one move;
 * other list elements are matched by content (see match.ts). Changes come in the order of the
 * new document, with what was removed from a list right after that list's own changes.
 */
import type { PathSegment } from '../core/pointer.js';
import { toPointer } from '../core/pointer.js';
import { elementLabel, indexItems, itemId, memberLabel, type ItemIndex, type LocatedItem } from './index-items.js';
import { matchUnkeyed } from './match.js';
import type { ChangeDetail, RawChange } from './types.js';
import { asMoney, compareAmounts, compareDurations, comparePeriods, DURATION_KEYS, deepEqual, isProse, isRecord, TIME_KEYS, timeExpressions, wordDiff } from './values.js';

/** Where a value stands in each document. */
interface Place {
  readonly oldSegments: readonly PathSegment[];
  readonly newSegments: readonly PathSegment[];
  readonly oldLabel: string;
  readonly newLabel: string;
  /** The id of the keyed item whose member this value is (for renames). */
  readonly ownerId?: string;
  /** The object key this value stands under, if any. */
  readonly key?: string;
  /** The object holding the value in the new document (for milestone types and the like). */
  readonly parent?: Readonly<Record<string, unknown>>;
}

/** Keys that name an item; a new value under them is a rename. */
const NAME_KEYS: ReadonlySet<string> = new Set(['title', 'name', 'titel', 'naam']);

/**
 * The common definition the kind's schema gives the value at a place of the new (or, for a
 * removal, the old) document: `period`, `duration`, `money`, `workStatus`… Values are compared
 * by what that definition means, whatever the field is called.
 */
export type TypeAt = (side: 'old' | 'new', segments: readonly PathSegment[]) => string | undefined;

const PERIOD_TYPES: ReadonlySet<string> = new Set(['period', 'timeExpression', 'deadline', 'calendarDate']);
const DURATION_TYPES: ReadonlySet<string> = new Set(['duration', 'durationExpression']);
const STATUS_TYPES: ReadonlySet<string> = new Set(['workStatus', 'documentStatus']);

export function structuralDiff(oldData: unknown, newData: unknown, typeAt?: TypeAt): RawChange[] {
  return new StructuralDiff(oldData, newData, typeAt).run();
}

class StructuralDiff {
  private readonly changes: RawChange[] = [];
  private readonly oldIndex: ItemIndex;
  private readonly newIndex: ItemIndex;
  /** Ids of items already reported from the new side, so a move is reported once. */
  private readonly seen = new Set<string>();

  constructor(
    private readonly oldData: unknown,
    private readonly newData: unknown,
    private readonly typeAt: TypeAt = () => undefined,
  ) {
    this.oldIndex = indexItems(oldData);
    this.newIndex = indexItems(newData);
  }

  run(): RawChange[] {
    const rootId = itemId(this.newData) ?? itemId(this.oldData);
    this.diffValue(this.oldData, this.newData, {
      oldSegments: [],
      newSegments: [],
      oldLabel: '',
      newLabel: '',
      ...(rootId !== undefined ? { ownerId: rootId } : {}),
    });
    return this.changes;
  }

  private diffValue(before: unknown, after: unknown, place: Place): void {
    if (deepEqual(before, after)) return;
    const { key } = place;
    const type = this.typeAt('new', place.newSegments) ?? this.typeAt('old', place.oldSegments);
    const timed = (key !== undefined && TIME_KEYS.has(key)) || (type !== undefined && PERIOD_TYPES.has(type));
    if (timed && timeExpressions(before) && timeExpressions(after)) {
      const deadline = key === 'deadline' || type === 'deadline' || place.parent?.type === 'deadline';
      return this.changed(before, after, place, comparePeriods(before, after, deadline));
    }
    const lasting = (key !== undefined && DURATION_KEYS.has(key)) || (type !== undefined && DURATION_TYPES.has(type));
    if (lasting && typeof before === 'string' && typeof after === 'string') {
      return this.changed(before, after, place, compareDurations(before, after));
    }
    const oldMoney = asMoney(before);
    const newMoney = asMoney(after);
    if (oldMoney && newMoney) {
      const detail = compareAmounts(oldMoney, newMoney);
      return this.changed(before, after, place, detail);
    }
    if (Array.isArray(before) && Array.isArray(after)) return this.diffList(before, after, place);
    if (isRecord(before) && isRecord(after)) return this.diffObject(before, after, place);
    this.diffScalar(before, after, place, type);
  }

  private diffScalar(before: unknown, after: unknown, place: Place, type: string | undefined): void {
    const { key, ownerId } = place;
    if (key !== undefined && NAME_KEYS.has(key) && ownerId !== undefined && typeof before === 'string' && typeof after === 'string') {
      this.changes.push({
        type: 'renamed',
        path: place.newLabel,
        oldPointer: toPointer(place.oldSegments),
        newPointer: toPointer(place.newSegments),
        id: ownerId,
        before,
        after,
        ...(isProse(before) || isProse(after) ? { detail: wordDiff(before, after) } : {}),
      });
      return;
    }
    let detail: ChangeDetail | undefined;
    if ((key === 'status' || (type !== undefined && STATUS_TYPES.has(type))) && typeof before === 'string' && typeof after === 'string') detail = { kind: 'status', from: before, to: after };
    else if (typeof before === 'string' && typeof after === 'string' && (isProse(before) || isProse(after))) detail = wordDiff(before, after);
    this.changed(before, after, place, detail);
  }

  private changed(before: unknown, after: unknown, place: Place, detail: ChangeDetail | undefined): void {
    this.changes.push({
      type: 'changed',
      path: place.newLabel,
      oldPointer: toPointer(place.oldSegments),
      newPointer: toPointer(place.newSegments),
      before,
      after,
      ...(detail ? { detail } : {}),
    });
  }

  private diffObject(before: Record<string, unknown>, after: Record<string, unknown>, place: Place): void {
    const ownId = itemId(after) !== undefined && itemId(after) === itemId(before) ? itemId(after) : undefined;
    const ownerId = ownId ?? (place.oldSegments.length === 0 ? place.ownerId : undefined);
    for (const [key, value] of Object.entries(after)) {
      const newSegments = [...place.newSegments, key];
      const newLabel = memberLabel(place.newLabel, key);
      if (Object.prototype.hasOwnProperty.call(before, key)) {
        this.diffValue(before[key], value, {
          oldSegments: [...place.oldSegments, key],
          newSegments,
          oldLabel: memberLabel(place.oldLabel, key),
          newLabel,
          key,
          parent: after,
          ...(ownerId !== undefined ? { ownerId } : {}),
        });
      } else if (this.holdsKeyedItems(this.newIndex, value)) {
        // A list of items that is new as a whole: each item is added, as in a list that was there.
        this.diffList([], value, { oldSegments: [...place.oldSegments, key], newSegments, oldLabel: memberLabel(place.oldLabel, key), newLabel, key });
      } else {
        this.added(value, newSegments, newLabel);
      }
    }
    for (const [key, value] of Object.entries(before)) {
      if (Object.prototype.hasOwnProperty.call(after, key)) continue;
      const oldSegments = [...place.oldSegments, key];
      const oldLabel = memberLabel(place.oldLabel, key);
      // A list of items removed as a whole: each item is removed, so that removing every action
      // weighs as much as removing one.
      if (this.holdsKeyedItems(this.oldIndex, value)) this.diffList(value, [], { oldSegments, newSegments: [...place.newSegments, key], oldLabel, newLabel: memberLabel(place.newLabel, key), key });
      else this.removed(value, oldSegments, oldLabel);
    }
  }

  private holdsKeyedItems(index: ItemIndex, value: unknown): value is readonly unknown[] {
    return Array.isArray(value) && value.some((element) => this.keyedIn(index, element) !== undefined);
  }

  /** Whether a list element is a keyed item of its document. */
  private keyedIn(index: ItemIndex, value: unknown): string | undefined {
    const id = itemId(value);
    return id !== undefined && index.get(id)?.value === value ? id : undefined;
  }

  private diffList(before: readonly unknown[], after: readonly unknown[], place: Place): void {
    const oldUnkeyed: number[] = [];
    const newUnkeyed: number[] = [];
    before.forEach((v, i) => {
      if (this.keyedIn(this.oldIndex, v) === undefined) oldUnkeyed.push(i);
    });
    after.forEach((v, j) => {
      if (this.keyedIn(this.newIndex, v) === undefined) newUnkeyed.push(j);
    });
    const match = matchUnkeyed(before, after, oldUnkeyed, newUnkeyed);
    const partnerOf = new Map<number, number>();
    for (const [i, j] of match.pairs) partnerOf.set(j, i);
    const oldListPointer = toPointer(place.oldSegments);

    after.forEach((value, j) => {
      const newSegments = [...place.newSegments, j];
      const id = this.keyedIn(this.newIndex, value);
      if (id !== undefined) {
        const located = this.oldIndex.get(id);
        const newLabel = elementLabel(place.newLabel, id);
        if (!located) return this.added(value, newSegments, newLabel, id);
        if (located.listPointer === oldListPointer) {
          this.seen.add(id);
          return this.diffValue(located.value, value, {
            oldSegments: located.segments,
            newSegments,
            oldLabel: located.label,
            newLabel,
          });
        }
        return this.moved(located, value, newSegments, newLabel);
      }
      const i = partnerOf.get(j);
      const newLabel = elementLabel(place.newLabel, j);
      if (i === undefined) return this.added(value, newSegments, newLabel);
      this.diffValue(before[i], value, {
        oldSegments: [...place.oldSegments, i],
        newSegments,
        oldLabel: elementLabel(place.oldLabel, i),
        newLabel,
        ...(place.key !== undefined ? { key: place.key } : {}),
        ...(place.parent ? { parent: place.parent } : {}),
      });
    });

    const removedUnkeyed = new Set(match.removed);
    before.forEach((value, i) => {
      const id = this.keyedIn(this.oldIndex, value);
      if (id !== undefined) {
        if (!this.newIndex.has(id)) this.removed(value, [...place.oldSegments, i], elementLabel(place.oldLabel, id), id);
      } else if (removedUnkeyed.has(i)) {
        this.removed(value, [...place.oldSegments, i], elementLabel(place.oldLabel, i));
      }
    });
  }

  private moved(located: LocatedItem, value: unknown, newSegments: readonly PathSegment[], newLabel: string): void {
    this.seen.add(located.id);
    this.changes.push({
      type: 'moved',
      path: newLabel,
      fromPath: located.label,
      oldPointer: toPointer(located.segments),
      newPointer: toPointer(newSegments),
      id: located.id,
      before: located.value,
      after: value,
    });
    this.diffValue(located.value, value, {
      oldSegments: located.segments,
      newSegments,
      oldLabel: located.label,
      newLabel,
    });
  }

  private added(value: unknown, segments: readonly PathSegment[], label: string, id?: string): void {
    this.changes.push({ type: 'added', path: label, newPointer: toPointer(segments), ...(id !== undefined ? { id } : {}), after: value });
    this.findMovedInto(value, segments, label);
  }

  private removed(value: unknown, segments: readonly PathSegment[], label: string, id?: string): void {
    this.changes.push({ type: 'removed', path: label, oldPointer: toPointer(segments), ...(id !== undefined ? { id } : {}), before: value });
  }

  /** Keyed items inside an added value that stood elsewhere in the old document: moved there. */
  private findMovedInto(value: unknown, segments: readonly PathSegment[], label: string): void {
    if (Array.isArray(value)) {
      value.forEach((element, j) => {
        const id = this.keyedIn(this.newIndex, element);
        const located = id !== undefined ? this.oldIndex.get(id) : undefined;
        if (located && !this.seen.has(located.id)) return this.moved(located, element, [...segments, j], elementLabel(label, located.id));
        this.findMovedInto(element, [...segments, j], elementLabel(label, id ?? j));
      });
    } else if (isRecord(value)) {
      for (const [key, child] of Object.entries(value)) this.findMovedInto(child, [...segments, key], memberLabel(label, key));
    }
  }
}
