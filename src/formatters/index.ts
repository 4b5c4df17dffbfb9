import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { pretty } from './pretty.js';
import { sarif } from './sarif.js';
import type { Formatter } from './types.js';

export type { CheckResult, FormatContext, Formatter } from './types.js';

/** Formatters of check results, by the name given to `--format`. */
export const CHECK_FORMATTERS: Readonly<Record<string, Formatter>> = { pretty, json, github, sarif, junit, markdown };
