/** Where a change sits in its document: the keyed items around it, the field it is in. */
import { fromPointer, valueAtPointer } from '../core/pointer.js';
import { itemId } from './index-items.js';
import type { Ancestor } from './types.js';
import { isRecord } from './values.js';

/** The keyed items on the way from the root to the value at a pointer, outermost first. */
export function ancestorsAt(data: unknown, pointer: string): Ancestor[] {
  const ancestors: Ancestor[] = [];
  let node: unknown = data;
  let lastKey: string | undefined;
  let holder: Record<string, unknown> | undefined;
  let holderKey: string | undefined;
  let previousKey: string | undefined;
  for (const segment of fromPointer(pointer)) {
    if (Array.isArray(node)) {
      node = node[Number(segment)];
      const id = itemId(node);
      if (id !== undefined) ancestors.push({ id, list: lastKey ?? '', value: node as Record<string, unknown>, index: Number(segment), ...(holder ? { holder } : {}), ...(holderKey !== undefined ? { holderKey } : {}) });
    } else if (isRecord(node)) {
      holder = node;
      holderKey = previousKey;
      node = node[segment];
      previousKey = lastKey = segment;
    } else {
      break;
    }
  }
  return ancestors;
}

/** The last object key on a pointer (not a list index), resolved against the data. */
export function fieldAt(data: unknown, pointer: string): string | undefined {
  let node: unknown = data;
  let field: string | undefined;
  for (const segment of fromPointer(pointer)) {
    if (Array.isArray(node)) node = node[Number(segment)];
    else if (isRecord(node)) {
      field = segment;
      node = node[segment];
    } else break;
  }
  return field;
}

/** The value at a JSON pointer, or undefined. */
export const valueAt = valueAtPointer;

/** Whether a JSON pointer leads to a value in the data. */
export function resolves(data: unknown, pointer: string): boolean {
  let node: unknown = data;
  for (const segment of fromPointer(pointer)) {
    if (Array.isArray(node)) {
      if (!/^(?:0|[1-9]\d*)$/.test(segment) || Number(segment) >= node.length) return false;
      node = node[Number(segment)];
    } else if (isRecord(node)) {
      if (!Object.prototype.hasOwnProperty.call(node, segment)) return false;
      node = node[segment];
    } else return false;
  }
  return true;
}
