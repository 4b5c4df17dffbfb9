import { toPointer } from '../core/pointer.js';
import type { Rule } from './types.js';
import { walk } from './walk.js';

/** Ids are how diffs match items and how references resolve, so each may be used once. */
export const duplicateId: Rule = {
  meta: {
    id: 'ref/duplicate-id',
    description: 'Every `id` is unique within its document.',
    severity: 'error',
  },
  check(context) {
    const first = new Map<string, string>();
    for (const { value, path, key } of walk(context.data)) {
      if (key !== 'id' || path.length === 1 || typeof value !== 'string') continue;
      const pointer = toPointer(path);
      const earlier = first.get(value);
      if (earlier === undefined) {
        first.set(value, pointer);
        continue;
      }
      context.report({
        path: pointer,
        message: `duplicate id "${value}": ids must be unique within the document`,
        hint: 'Give this item an id of its own; references and diffs rely on ids being unique.',
        related: [{ path: earlier, message: `"${value}" is first used here` }],
      });
    }
  },
};
