import { RENDER_MESSAGES, RenderError } from './errors.js';

const MAX_DEPTH = 64;

/**
 * A copy of a parsed document as plain data for the templates: objects, arrays, strings,
 * numbers, booleans and null, keys in the document's order. Every string passes through
 * `mapString` (the Markdown render escapes here, once, at the boundary). Keys are copied as
 * own data properties, so a key such as `__proto__` stays a plain field.
 */
export function toRenderData(value: unknown, mapString: (text: string) => string): unknown {
  const path = new Set<object>();
  const copy = (node: unknown, depth: number): unknown => {
    if (typeof node === 'string') return mapString(node);
    if (typeof node === 'number') return Number.isFinite(node) ? node : String(node);
    if (typeof node === 'boolean' || node === null || node === undefined) return node;
    if (typeof node === 'bigint') return mapString(String(node));
    if (node instanceof Date) return mapString(Number.isNaN(node.getTime()) ? '' : node.toISOString().slice(0, 10));
    if (typeof node !== 'object') return undefined;
    if (depth > MAX_DEPTH || path.has(node)) {
      throw new RenderError(RENDER_MESSAGES.text('selfReference'));
    }
    path.add(node);
    try {
      if (Array.isArray(node)) return node.map((item) => copy(item, depth + 1));
      const result: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(node)) {
        const copied = copy(child, depth + 1);
        if (copied === undefined) continue;
        Object.defineProperty(result, key, { value: copied, enumerable: true, writable: true, configurable: true });
      }
      return result;
    } finally {
      path.delete(node);
    }
  };
  return copy(value, 0);
}
