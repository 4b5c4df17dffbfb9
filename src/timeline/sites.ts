import { documentMemo } from '../core/memo.js';
import type { PathSegment } from '../core/pointer.js';
import { toPointer } from '../core/pointer.js';
import type { KindDefinition } from '../model/kinds.js';
import { typedValues } from '../schema/typed.js';

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
  /** Whether this is the document's own period (one of its kind's `documentPeriods`: root `period`, `contractPeriod`, …). */
  readonly isDocumentPeriod: boolean;
}

/**
 * Every time expression of a document, in document order, found by the common definitions its
 * kind's schema gives its fields: a `period` runs over time; a `deadline`, a milestone's `when` and
 * an item's `start` and `end` dates are moments; a `duration` is a length. Other dates (of
 * publication, of a decision) are not work on the timeline.
 */
export function timeSites(data: Readonly<Record<string, unknown>>, definition: KindDefinition): readonly TimeSite[] {
  const memo = documentMemo(data);
  let byKind = memo.get(timeSites) as Map<KindDefinition, readonly TimeSite[]> | undefined;
  if (!byKind) memo.set(timeSites, (byKind = new Map()));
  let sites = byKind.get(definition);
  if (!sites) byKind.set(definition, (sites = findTimeSites(data, definition)));
  return sites;
}

/** The time sites of a document, by kind, are kept with the document's memo: several timeline rules ask for them. */
function findTimeSites(data: Readonly<Record<string, unknown>>, definition: KindDefinition): TimeSite[] {
  const sites: TimeSite[] = [];
  const documentPeriods = new Set(definition.documentPeriods);
  const typed = typedValues(data, definition);
  // The period of a document another one links to is that document's time, not this one's.
  const links = new Set(typed.filter((t) => t.type === 'documentLink').map((t) => toPointer(t.path)));
  for (const { path, type, key, value } of typed) {
    if (typeof key !== 'string' || path.length === 0 || links.has(toPointer(path.slice(0, -1)))) continue;
    const role = roleOf(type, key);
    if (!role) continue;
    const ownerSegments = path.slice(0, -1);
    const owner = valueAt(data, ownerSegments);
    if (!isRecord(owner)) continue;
    const base = { ownerPath: toPointer(ownerSegments), owner, isDocumentPeriod: role === 'period' && documentPeriods.has(toPointer(path)) };
    if (role === 'period') sites.push(...periodSites(value, path, base));
    else if (role === 'point' && isWritten(value)) sites.push({ ...base, path: toPointer(path), text: String(value), role: 'point' });
    else if (role === 'duration') sites.push(...durationSites(value, path, base));
  }
  return sites;
}

/** What a typed value is on the timeline, if anything. */
function roleOf(type: string, key: string): TimeSite['role'] | undefined {
  switch (type) {
    case 'period':
      return 'period';
    case 'timeExpression':
      return key === 'when' ? 'point' : 'period';
    case 'deadline':
      return 'point';
    case 'calendarDate':
      return key === 'start' || key === 'end' ? 'point' : undefined;
    case 'duration':
    case 'durationExpression':
      return 'duration';
    default:
      return undefined;
  }
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
export function ownerName(owner: Readonly<Record<string, unknown>>, maxLength = 60): string {
  // A theme headed by a norm ("De norm is: Geweld hoort nergens thuis") is named by its statement.
  const norm = isRecord(owner.norm) && typeof owner.norm.statement === 'string' ? owner.norm.statement : undefined;
  for (const value of [owner.title, owner.name, owner.label, owner.titel, owner.naam, owner.onderwerp, norm, owner.text, owner.tekst, owner.omschrijving, owner.id]) {
    if (typeof value === 'string' && value.trim()) return value.length > maxLength ? `${value.slice(0, maxLength - 3)}...` : value;
  }
  return '';
}
