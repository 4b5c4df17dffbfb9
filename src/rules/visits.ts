import { memoised } from '../core/memo.js';
import type { Visit } from './walk.js';
import { walk } from './walk.js';

/**
 * Every value of a document with its path, as `walk` gives them, computed once per document
 * and shared by the rules that look at every value (a run may hold thousands of documents).
 */
export function visits(data: unknown): readonly Visit[] {
  if (data === null || typeof data !== 'object') return walk(data);
  return memoised(data, visits, () => walk(data));
}
