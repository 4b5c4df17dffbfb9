import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareDiagnostics } from '../../src/core/diagnostic.js';
import { CHECK_FORMATTERS } from '../../src/formatters/index.js';
import { CONTEXT, EMPTY_CONTEXT, EMPTY_RESULT, RESULT } from './fixture.js';

/** Each format with the extension of its golden files. `UPDATE_GOLDEN=1` rewrites them. */
const FORMATS = { pretty: 'txt', json: 'json', github: 'txt', sarif: 'json', junit: 'xml', markdown: 'md' } as const;

const golden = (name: string) => new URL(`./golden/${name}`, import.meta.url);

function expectGolden(name: string, actual: string): void {
  const file = golden(name);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, actual);
  expect(existsSync(file), `${name} has no golden file; UPDATE_GOLDEN=1 writes it`).toBe(true);
  const expected = readFileSync(file);
  // The string comparison shows a readable diff; the byte comparison is the real test.
  expect(actual, `${name} differs from its golden file; UPDATE_GOLDEN=1 rewrites it`).toBe(expected.toString('utf8'));
  expect(Buffer.from(actual, 'utf8').equals(expected)).toBe(true);
}

describe('output formats', () => {
  it('the fixture is sorted as the engine sorts', () => {
    expect([...RESULT.diagnostics].sort(compareDiagnostics)).toEqual(RESULT.diagnostics);
  });

  for (const [format, extension] of Object.entries(FORMATS)) {
    describe(format, () => {
      const formatter = CHECK_FORMATTERS[format]!;

      it('is registered by name', () => {
        expect(formatter).toBeTypeOf('function');
      });

      it('matches its golden file byte for byte', () => {
        expectGolden(`${format}.${extension}`, formatter(RESULT, CONTEXT));
      });

      it('matches its golden file for a clean result', () => {
        expectGolden(`${format}-empty.${extension}`, formatter(EMPTY_RESULT, EMPTY_CONTEXT));
      });

      it('is deterministic', () => {
        expect(formatter(RESULT, CONTEXT)).toBe(formatter(structuredClone(RESULT), { ...CONTEXT }));
      });
    });
  }
});

describe('format names', () => {
  it('the names the CLI offers are exactly the registered formatters', async () => {
    const { CHECK_FORMAT_NAMES } = await import('../../src/formatters/names.js');
    expect([...CHECK_FORMAT_NAMES].sort()).toEqual(Object.keys(CHECK_FORMATTERS).sort());
  });
});
