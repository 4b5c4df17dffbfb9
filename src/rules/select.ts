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
export function* select(data: unknown, pattern: string, base: readonly PathSegment[] = []): Generator<Selected> {
  const segments = pattern.split('/').filter(Boolean);
  if (!segments.includes('**')) {
    yield* match(data, segments, [...base]);
    return;
  }
  // `**` would descend into every branch; the document's shared list of values is cheaper.
  for (const visit of visits(data)) {
    if (matches(visit.path, 0, segments, 0)) yield { value: visit.value, path: base.length ? [...base, ...visit.path] : visit.path };
  }
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

function* match(value: unknown, segments: readonly string[], path: PathSegment[]): Generator<Selected> {
  if (segments.length === 0) {
    yield { value, path };
    return;
  }
  const [head, ...rest] = segments as [string, ...string[]];
  if (head === '**') {
    yield* match(value, rest, path);
    for (const [key, child] of children(value)) yield* match(child, segments, [...path, key]);
    return;
  }
  for (const [key, child] of children(value)) {
    if (head === '*' || String(key) === head) yield* match(child, rest, [...path, key]);
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
