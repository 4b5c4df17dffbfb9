import { duplicateId } from './duplicate-id.js';
import type { Rule } from './types.js';

export type * from './types.js';

/** Every semantic rule, in the order they run. */
export const RULES: readonly Rule[] = [duplicateId];
