import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Prepared } from '../../src/rules/names.js';
import { earlierTwins, isSpellingVariant, organisationSpelling, prepare, withinEdits } from '../../src/rules/names.js';
import { runBinary } from '../support/cli.js';

/**
 * names/variant compares organisation names for slips. Its work must grow with the number of
 * names, not with their square, and with the length of a name, not with its square: a register
 * of 100,000 parties did not finish in three minutes, two names of 50,000 letters took a minute.
 */

/** The whole Levenshtein table, as the textbook has it: what the banded check must agree with. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    previous = current;
  }
  return previous[b.length]!;
}

describe('the check for a slip of at most two letters', () => {
  it('agrees with the whole Levenshtein table', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 14 });
    fc.assert(
      fc.property(text, text, fc.integer({ min: 0, max: 3 }), (a, b, limit) => {
        expect(withinEdits(a, b, limit)).toBe(distance(a, b) <= limit);
      }),
      { numRuns: 5_000 },
    );
  });
});

describe('a register of many names', () => {
  const register = (count: number): Prepared[] => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const word = () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => 'bcdfghklmnprstvw'[Math.floor(random() * 16)]! + 'aeiou'[Math.floor(random() * 5)]!).join('');
    return Array.from({ length: count }, (_, i) => prepare(organisationSpelling(`Stichting ${word()} ${word()} ${i}`)));
  };

  it('is compared a bounded number of times per name, and every planted slip is found', () => {
    const names = register(20_000);
    // Slips at the end, at the start and in the middle of names far apart in the register.
    const planted = [
      [100, (s: string) => `${s}x`],
      [5_000, (s: string) => `x${s.slice(1)}`],
      [12_345, (s: string) => `${s.slice(0, 12)}${s.slice(13)}`],
    ] as const;
    for (const [at, slip] of planted) names.push(prepare(slip(names[at]!.lower)));
    let comparisons = 0;
    const twins = earlierTwins(names, (s) => s, (earlier, later) => {
      comparisons++;
      return isSpellingVariant(earlier, later);
    });
    expect(comparisons / names.length).toBeLessThan(150);
    for (const [k, [at]] of planted.entries()) expect(twins[20_000 + k], `slip ${k}`).toBe(names[at]);
  });

  it('of up to 1,000 names is compared pair by pair', () => {
    const names = register(300);
    let comparisons = 0;
    earlierTwins(names, (s) => s, () => (comparisons++, false));
    expect(comparisons).toBe((300 * 299) / 2);
  });
});

describe('names/variant in validate', () => {
  it('compares names of 50,000 letters that differ in the last one without comparing them letter by letter', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agendum-names-'));
    const long = 'Stichting '.padEnd(50_000, 'a');
    const parties = Array.from({ length: 6 }, (_, i) => `  - {id: p${i}, name: ${long}${'bcdefg'[i]}}`).join('\n');
    writeFileSync(path.join(dir, 'lang.yaml'), `schemaVersion: 3\nkind: DevelopmentAgenda\nid: v\ntitle: V\nparties:\n${parties}\ngeneralAgreements:\n  - {id: a, title: A, text: B}\n`);
    // Fifteen pairs took a minute each; the limit is the one the hostile corpus runs under.
    const result = await runBinary(['validate', 'lang.yaml', '--format', 'json'], { cwd: dir, nodeArgs: ['--max-old-space-size=256'], timeout: 60_000 });
    expect(result.signal).toBeNull();
    expect(result.stderr).toBe('');
    expect((JSON.parse(result.stdout) as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code)).not.toContain('names/variant');
  }, 90_000);
});
