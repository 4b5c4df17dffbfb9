import type { PathSegment } from '../core/pointer.js';
import { toPointer } from '../core/pointer.js';
import { walk } from '../rules/walk.js';

/** Where a document writes time, and what that time belongs to. */
export interface TimeSite {
  /** JSON pointer to the written expression (a string or a bare year). */
  readonly path: string;
  readonly text: string;
  /** `period` runs over time; `point` is a moment (a milestone, a deadline); `duration` is a length. */
  readonly role: 'period' | 'point' | 'duration';
  /** The label of a period segment ("Projectduur", "Pilots in"), when there is one. */
  readonly label?: string;
  /** Pointer to the object the time belongs to (the action, the phase, the milestone). */
  readonly ownerPath: string;
  readonly owner: Readonly<Record<string, unknown>>;
  /** Whether this is the document's own period (root `period`, `contractPeriod`, the framework agreement's). */
  readonly isDocumentPeriod: boolean;
}

const PERIOD_KEYS = new Set(['period', 'contractPeriod']);
const POINT_KEYS = new Set(['when', 'deadline', 'start', 'end']);
const DURATION_KEYS = new Set(['duration', 'within']);

/** Every time expression of a document, in document order. */
export function timeSites(data: Readonly<Record<string, unknown>>): TimeSite[] {
  const sites: TimeSite[] = [];
  for (const { value, path, key } of walk(data)) {
    if (typeof key !== 'string' || path.length === 0) continue;
    // Most values are not time: look them up before finding their owner.
    if (!PERIOD_KEYS.has(key) && !POINT_KEYS.has(key) && !DURATION_KEYS.has(key)) continue;
    const ownerSegments = path.slice(0, -1);
    const owner = valueAt(data, ownerSegments);
    if (!isRecord(owner)) continue;
    const base = { ownerPath: toPointer(ownerSegments), owner, isDocumentPeriod: isDocumentPeriodPath(path) };
    if (PERIOD_KEYS.has(key)) sites.push(...periodSites(value, path, base));
    else if (POINT_KEYS.has(key) && isWritten(value)) sites.push({ ...base, path: toPointer(path), text: String(value), role: 'point' });
    else if (DURATION_KEYS.has(key)) sites.push(...durationSites(value, path, base));
  }
  return sites;
}

type SiteBase = Pick<TimeSite, 'ownerPath' | 'owner' | 'isDocumentPeriod'>;

function periodSites(value: unknown, path: readonly PathSegment[], base: SiteBase): TimeSite[] {
  if (isWritten(value)) return [{ ...base, path: toPointer(path), text: String(value), role: 'period' }];
  const segments = Array.isArray(value) ? value.map((v, i) => [v, [...path, i]] as const) : [[value, path] as const];
  const sites: TimeSite[] = [];
  for (const [segment, at] of segments) {
    if (!isRecord(segment) || !isWritten(segment.expression)) continue;
    sites.push({
      ...base,
      path: toPointer([...at, 'expression']),
      text: String(segment.expression),
      role: 'period',
      ...(typeof segment.label === 'string' ? { label: segment.label } : {}),
    });
  }
  return sites;
}

function durationSites(value: unknown, path: readonly PathSegment[], base: SiteBase): TimeSite[] {
  if (typeof value === 'string') return [{ ...base, path: toPointer(path), text: value, role: 'duration' }];
  if (!Array.isArray(value)) return [];
  return value.flatMap((part, i) =>
    isRecord(part) && typeof part.duration === 'string'
      ? [{ ...base, path: toPointer([...path, i, 'duration']), text: part.duration, role: 'duration' as const, ...(typeof part.label === 'string' ? { label: part.label } : {}) }]
      : [],
  );
}

function isDocumentPeriodPath(path: readonly PathSegment[]): boolean {
  if (path.length === 1) return path[0] === 'period' || path[0] === 'contractPeriod';
  return path.length === 2 && path[0] === 'frameworkAgreement' && path[1] === 'period';
}

function isWritten(value: unknown): value is string | number {
  return (typeof value === 'string' && value.trim() !== '') || (typeof value === 'number' && Number.isInteger(value));
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[String(segment)];
  }
  return value;
}

/** A short name for an item in messages: its title, name or the start of its text. */
export function ownerName(owner: Readonly<Record<string, unknown>>): string {
  for (const key of ['title', 'name', 'label', 'text', 'id']) {
    const value = owner[key];
    if (typeof value === 'string' && value.trim()) return value.length > 60 ? `${value.slice(0, 57)}...` : value;
  }
  return '';
}
