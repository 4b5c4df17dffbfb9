import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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
