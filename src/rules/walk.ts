import type { PathSegment } from '../core/pointer.js';

export interface Visit {
  readonly value: unknown;
  /** Built when first asked for: most values are passed over on their value alone. */
  readonly path: readonly PathSegment[];
  readonly key: PathSegment | undefined;
  /** The length of `path`, without building it. */
  readonly depth: number;
  /** The visit of the value this one is a member or item of (none for the root). */
  readonly parent: Visit | undefined;
}

/** A visited value, its path a link to its parent's until asked for. */
class Visited implements Visit {
  private built: PathSegment[] | undefined;

  constructor(
    readonly value: unknown,
    readonly key: PathSegment | undefined,
    readonly parent: Visited | undefined,
    readonly depth: number,
    path?: PathSegment[],
  ) {
    this.built = path;
  }

  get path(): readonly PathSegment[] {
    if (this.built) return this.built;
    // The ancestors whose paths are not built yet, nearest first; each keeps its own on the way.
    const chain: Visited[] = [];
    let at: Visited = this;
    while (!at.built) {
      chain.push(at);
      at = at.parent!;
    }
    let path = at.built;
    for (let i = chain.length - 1; i >= 0; i--) {
      path = [...path, chain[i]!.key!];
      chain[i]!.built = path;
    }
    return path;
  }
}

/**
 * Every value of a plain data tree with its path, parents before children, in document order.
 * A stack rather than recursion: a document may nest deeper than the call stack allows.
 */
export function walk(value: unknown, path: PathSegment[] = []): Visit[] {
  const all: Visit[] = [];
  const stack: Visited[] = [new Visited(value, path[path.length - 1], undefined, path.length, path)];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    all.push(visit);
    const node = visit.value;
    const depth = visit.depth + 1;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push(new Visited(node[i], i, visit, depth));
    } else if (node !== null && typeof node === 'object') {
      const keys = Object.keys(node);
      for (let i = keys.length - 1; i >= 0; i--) stack.push(new Visited((node as Record<string, unknown>)[keys[i]!], keys[i], visit, depth));
    }
  }
  return all;
}
