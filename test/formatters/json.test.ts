import { describe, expect, it } from 'vitest';
import { wordDiagnostic } from '../../src/i18n/catalogue.js';
import { diagnosticJson, json, jsonChunks } from '../../src/formatters/json.js';
import type { CheckResult, FormatContext } from '../../src/formatters/index.js';
import { CONTEXT, EMPTY_CONTEXT, EMPTY_RESULT, RESULT } from './fixture.js';

/** The JSON of a result as one object laid out by JSON.stringify, as the formatter once built it. */
function whole(result: CheckResult, context: FormatContext): string {
  const lang = context.lang ?? 'en';
  return `${JSON.stringify({ diagnostics: result.diagnostics.map((d) => diagnosticJson(wordDiagnostic(d, lang), lang)), summary: result.summary }, null, 2)}\n`;
}

describe('the JSON formatter in pieces', () => {
  it('gives, joined, the text JSON.stringify lays out for the whole result, with findings and without', () => {
    for (const [result, context] of [
      [RESULT, CONTEXT],
      [RESULT, { ...CONTEXT, lang: 'nl' }],
      [EMPTY_RESULT, EMPTY_CONTEXT],
    ] as const) {
      const pieces = [...jsonChunks(result, context)];
      expect(pieces.join('')).toBe(whole(result, context));
      expect(json(result, context)).toBe(whole(result, context));
      // A piece per finding, besides the head and the tail.
      if (result.diagnostics.length > 0) expect(pieces).toHaveLength(result.diagnostics.length + 2);
    }
  });
});
