import { describe, expect, it } from 'vitest';
import { json, jsonWriter } from '../../src/formatters/json.js';
import { CONTEXT, EMPTY_CONTEXT, EMPTY_RESULT, RESULT } from './fixture.js';

describe('the JSON formatter a file at a time', () => {
  it('writes what the formatter gives for the whole list, however the findings are handed to it', () => {
    for (const [result, context] of [
      [RESULT, CONTEXT],
      [RESULT, { ...CONTEXT, lang: 'nl' }],
      [EMPTY_RESULT, EMPTY_CONTEXT],
    ] as const) {
      const whole = json(result, context);
      // In one go, one at a time, and with empty hands-over in between.
      for (const size of [result.diagnostics.length, 1, 2]) {
        const written: string[] = [];
        const writer = jsonWriter(context, (text) => written.push(text));
        writer.add([]);
        for (let at = 0; at < result.diagnostics.length; at += Math.max(size, 1)) {
          writer.add(result.diagnostics.slice(at, at + Math.max(size, 1)));
          writer.add([]);
        }
        writer.end(result.summary);
        expect(written.join('')).toBe(whole);
      }
    }
  });

  it('writes pieces of some 64 KB, not one string for all', () => {
    const many = Array.from({ length: 400 }, () => RESULT.diagnostics).flat();
    const written: string[] = [];
    const writer = jsonWriter(CONTEXT, (text) => written.push(text));
    writer.add(many);
    writer.end(RESULT.summary);
    expect(written.length).toBeGreaterThan(2);
    for (const piece of written.slice(0, -1)) expect(piece.length).toBeLessThan(2 * 65_536);
    expect(written.join('')).toBe(json({ diagnostics: many, summary: RESULT.summary }, CONTEXT));
  });
});
