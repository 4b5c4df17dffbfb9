import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/core/write.js';
import { validateTexts } from '../../src/validate/engine.js';
import { TIMELINE_RULES } from '../../src/timeline/index.js';
import { RULES } from '../../src/rules/index.js';
import { runBinary } from '../support/cli.js';

const AGENDA = 'agendas/uitvoeringsagenda-samen-tegen-huiselijk-geweld-2020-2023.agenda.yaml';

describe('output is the same whatever the time zone and locale', () => {
  const commands: readonly (readonly string[])[] = [
    ['check', '--today', '2022-02-01'],
    ['timeline', '--today', '2022-02-01', '--format', 'json'],
    ['render', AGENDA, '--format', 'html', '--today', '2022-02-01'],
    ['diff', AGENDA, 'agendas/ontwikkelagenda-eergerelateerd-geweld-mensenhandel.agenda.yaml', '--format', 'json'],
  ];
  for (const args of commands) {
    it(`agendum ${args[0]}`, async () => {
      const here = await runBinary(args, { env: { TZ: 'Europe/Amsterdam', LANG: 'en_US.UTF-8' } });
      const there = await runBinary(args, { env: { TZ: 'Pacific/Kiritimati', LANG: 'en_GB.UTF-8', LC_ALL: 'en_GB.UTF-8' } });
      expect(there.stdout).toBe(here.stdout);
      expect(here.stdout.length).toBeGreaterThan(100);
    });
  }
});

describe('writing files', () => {
  it('a write that fails at the last step leaves what was there and no temporary file behind', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agendum-write-'));
    // Renaming onto a folder that holds a file fails, as a crash between writing and renaming would.
    const blocked = path.join(dir, 'agenda.html');
    mkdirSync(blocked);
    writeFileSync(path.join(blocked, 'keep'), 'x');
    await expect(writeFileAtomic(blocked, 'nieuw')).rejects.toThrow();
    expect(readFileSync(path.join(blocked, 'keep'), 'utf8')).toBe('x');
    expect(readdirSync(dir)).toEqual(['agenda.html']);
  });

  it('replaces a file whole', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agendum-write-'));
    const target = path.join(dir, 'agenda.html');
    writeFileSync(target, 'oud');
    await writeFileAtomic(target, 'nieuw');
    expect(readFileSync(target, 'utf8')).toBe('nieuw');
    expect(readdirSync(dir)).toEqual(['agenda.html']);
  });
});

describe('fuzzing the loader and the checks', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        validateTexts([{ file: 'fuzz.yaml', text }], { ruleSet: [...RULES, ...TIMELINE_RULES], settings: { today: { year: 2022, month: 1, day: 1 } } });
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on a seed with a line changed at random', () => {
    const seed = readFileSync(new URL(`../../${AGENDA}`, import.meta.url), 'utf8').split('\n');
    fc.assert(
      fc.property(fc.nat(seed.length - 1), fc.string({ maxLength: 40 }), (line, replacement) => {
        const lines = [...seed];
        lines[line] = lines[line]!.replace(/:\s.*$/, `: ${replacement}`);
        validateTexts([{ file: 'fuzz.yaml', text: lines.join('\n') }], { ruleSet: [...RULES, ...TIMELINE_RULES], settings: { today: { year: 2022, month: 1, day: 1 } } });
      }),
      { numRuns: 150 },
    );
  });
});
