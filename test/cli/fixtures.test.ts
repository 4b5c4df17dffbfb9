import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateTexts } from '../../src/validate/engine.js';
import { runBinary } from '../support/cli.js';

/**
 * Each fixture under test/fixtures/invalid carries its expected findings inline, as comments
 * `# expect: CODE LINE:COLUMN`. The unit engine and the built binary must both report exactly
 * those, no more and no fewer.
 */
const folder = new URL('../fixtures/invalid/', import.meta.url);
const fixtures = readdirSync(folder).filter((f) => f.endsWith('.yaml')).sort();

function expected(text: string): string[] {
  return [...text.matchAll(/# expect: (\S+) (\d+):(\d+)/g)].map((m) => `${m[1]} ${m[2]}:${m[3]}`).sort();
}

describe('invalid fixtures give exactly their expected findings', () => {
  it('has fixtures to check', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(8);
  });

  for (const name of fixtures) {
    it(name, () => {
      const text = readFileSync(new URL(name, folder), 'utf8');
      const want = expected(text);
      expect(want.length).toBeGreaterThan(0);
      const got = validateTexts([{ file: name, text }])
        .map((d) => `${d.code} ${d.range.start.line}:${d.range.start.column}`)
        .sort();
      expect(got).toEqual(want);
    });
  }

  it('the built binary reports the same findings, as JSON, and exits 1', async () => {
    const result = await runBinary(['validate', 'test/fixtures/invalid', '--format', 'json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const output = JSON.parse(result.stdout) as { diagnostics: { file: string; code: string; line: number; column: number }[]; summary: { files: number; errors: number } };
    expect(output.summary.files).toBe(fixtures.length);
    for (const name of fixtures) {
      const want = expected(readFileSync(new URL(name, folder), 'utf8'));
      const got = output.diagnostics
        .filter((d) => d.file === `test/fixtures/invalid/${name}`)
        .map((d) => `${d.code} ${d.line}:${d.column}`)
        .sort();
      expect(got, name).toEqual(want);
    }
  });
});
