import { github } from './github.js';
import { json, jsonChunks, jsonWriter } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { pretty } from './pretty.js';
import { sarif } from './sarif.js';
import type { CheckResult, FormatContext, Formatter } from './types.js';

export type { CheckResult, FormatContext, Formatter } from './types.js';

/** Formatters of check results, by the name given to `--format`. */
export const CHECK_FORMATTERS: Readonly<Record<string, Formatter>> = { pretty, json, github, sarif, junit, markdown };

/** The formatters that can also give their text in pieces (the same text, joined), for output too large to hold at once. */
export const CHECK_FORMATTER_CHUNKS: Readonly<Record<string, (result: CheckResult, context: FormatContext) => Iterable<string>>> = { json: jsonChunks };

/**
 * The formatters that can write the findings as a run comes to them, a few at a time, with the
 * counts at the end: the same text as their formatter gives for the whole list.
 */
export const CHECK_FORMATTER_WRITERS: Readonly<Record<string, typeof jsonWriter>> = { json: jsonWriter };
