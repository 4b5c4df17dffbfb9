import type { PathSegment } from '../core/pointer.js';
import { visits } from './visits.js';

export interface Selected {
  readonly value: unknown;
  readonly path: readonly PathSegment[];
}

/**
 * The values at a path pattern, in document order. A pattern is a list of segments: a key,
 * `*` for any member or list item, `**` for any number of levels (zero included). Parts of the
 * data that do not have the expected shape are skipped, so rules can select from documents
 * that failed the schema without guarding every step.
 */
export function select(data: unknown, pattern: string, base: readonly PathSegment[] = []): Selected[] {
  const segments = pattern.split('/').filter(Boolean);
  const found: Selected[] = [];
  if (!segments.includes('**')) {
    match(data, segments, 0, [...base], found);
    return found;
  }
  // `**` would descend into every branch; the document's shared list of values is cheaper.
  // A value whose own key does not fit the last segment cannot match: its path is not built.
  const last = segments[segments.length - 1]!;
  for (const visit of visits(data)) {
    if (last !== '**' && (visit.depth === 0 || (last !== '*' && String(visit.key) !== last))) continue;
    if (matches(visit.path, 0, segments, 0)) found.push({ value: visit.value, path: base.length ? [...base, ...visit.path] : visit.path });
  }
  return found;
}

function matches(path: readonly PathSegment[], i: number, segments: readonly string[], j: number): boolean {
  if (j === segments.length) return i === path.length;
  const segment = segments[j]!;
  if (segment === '**') {
    for (let k = i; k <= path.length; k++) if (matches(path, k, segments, j + 1)) return true;
    return false;
  }
  return i < path.length && (segment === '*' || String(path[i]) === segment) && matches(path, i + 1, segments, j + 1);
}

/** The values at `segments` from the `at`-th on (without `**`), in document order. */
function match(value: unknown, segments: readonly string[], at: number, path: PathSegment[], found: Selected[]): void {
  if (at === segments.length) {
    found.push({ value, path });
    return;
  }
  const head = segments[at]!;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (head === '*' || String(i) === head) match(value[i], segments, at + 1, [...path, i], found);
  } else if (isRecord(value)) {
    if (head === '*') {
      for (const key of Object.keys(value)) match(value[key], segments, at + 1, [...path, key], found);
    } else if (Object.prototype.hasOwnProperty.call(value, head) && Object.prototype.propertyIsEnumerable.call(value, head)) {
      match(value[head], segments, at + 1, [...path, head], found);
    }
  }
}

/** The members of an object or the items of a list, with their keys; nothing for a scalar. */
export function children(value: unknown): [PathSegment, unknown][] {
  if (Array.isArray(value)) return value.map((item, i) => [i, item]);
  if (isRecord(value)) return Object.entries(value);
  return [];
}

export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A non-empty string, or undefined for anything else. */
export function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}
