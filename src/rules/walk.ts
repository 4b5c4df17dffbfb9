import type { PathSegment } from '../core/pointer.js';

export interface Visit {
  readonly value: unknown;
  readonly path: readonly PathSegment[];
  readonly key: PathSegment | undefined;
}

/**
 * Every value of a plain data tree with its path, parents before children, in document order.
 * A stack rather than nested generators: a `yield*` chain resumes every ancestor for each
 * value, which made deep documents cost depth × size.
 */
export function* walk(value: unknown, path: PathSegment[] = []): Generator<Visit> {
  const stack: Array<{ value: unknown; path: PathSegment[] }> = [{ value, path }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    yield { value: visit.value, path: visit.path, key: visit.path[visit.path.length - 1] };
    const node = visit.value;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push({ value: node[i], path: [...visit.path, i] });
    } else if (node !== null && typeof node === 'object') {
      const entries = Object.entries(node);
      for (let i = entries.length - 1; i >= 0; i--) stack.push({ value: entries[i]![1], path: [...visit.path, entries[i]![0]] });
    }
  }
}
