import type { PathSegment } from '../core/pointer.js';

export interface Visit {
  readonly value: unknown;
  readonly path: readonly PathSegment[];
  readonly key: PathSegment | undefined;
}

/** Every value of a plain data tree with its path, parents before children, in document order. */
export function* walk(value: unknown, path: PathSegment[] = []): Generator<Visit> {
  yield { value, path, key: path[path.length - 1] };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* walk(value[i], [...path, i]);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) yield* walk(child, [...path, key]);
  }
}
