/** JSON pointers (RFC 6901): the `path` of every diagnostic. */

export type PathSegment = string | number;

export function toPointer(segments: readonly PathSegment[]): string {
  return segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

export function fromPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The value at a JSON pointer in plain data (own properties only), or undefined. */
export function valueAtPointer(data: unknown, pointer: string): unknown {
  let node: unknown = data;
  for (const segment of fromPointer(pointer)) {
    if (Array.isArray(node)) {
      if (!/^(?:0|[1-9]\d*)$/.test(segment)) return undefined;
      node = node[Number(segment)];
    } else if (node !== null && typeof node === 'object') {
      if (!Object.prototype.hasOwnProperty.call(node, segment)) return undefined;
      node = (node as Record<string, unknown>)[segment];
    } else return undefined;
  }
  return node;
}
