import { json } from './json.js';
import { pretty } from './pretty.js';
import type { Formatter } from './types.js';

export type { CheckResult, FormatContext, Formatter } from './types.js';

/** Formatters of check results, by the name given to `--format`. */
export const CHECK_FORMATTERS: Readonly<Record<string, Formatter>> = { pretty, json };
