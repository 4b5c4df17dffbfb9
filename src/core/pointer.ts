/** JSON pointers (RFC 6901): the `path` of every diagnostic. */

export type PathSegment = string | number;

export function toPointer(segments: readonly PathSegment[]): string {
  let pointer = '';
  for (const segment of segments) {
    const text = String(segment);
    // Most segments are plain keys and indexes; only those with ~ or / need escaping.
    pointer += `/${text.includes('~') || text.includes('/') ? text.replace(/~/g, '~0').replace(/\//g, '~1') : text}`;
  }
  return pointer;
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
