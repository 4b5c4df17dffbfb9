import { cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCommands } from '../support/cli.js';

/**
 * Every command's output, byte for byte, in time zones from UTC−10 to UTC+14 and in locales
 * whose number formats, collation and case rules differ (Node takes its default locale from
 * LC_ALL and LANG). The language of the messages follows LANG by design, so each language is
 * compared with itself.
 */
const AGENDA = 'agendas/uitvoeringsagenda-samen-tegen-huiselijk-geweld-2020-2023.agenda.yaml';
const OTHER = 'agendas/ontwikkelagenda-eergerelateerd-geweld-mensenhandel.agenda.yaml';
const PLAN = 'agendas/projectplan-huiselijk-geweld-zhz-2020-2021.agenda.yaml';

const COMMANDS: readonly (readonly string[])[] = [
  ['validate', 'agendas', 'invalid'],
  ['validate', 'agendas', 'invalid', '--format', 'json'],
  ['validate', 'invalid', '--format', 'sarif'],
  ['validate', 'invalid', '--format', 'junit'],
  ['validate', 'invalid', '--format', 'github'],
  ['validate', 'invalid', '--format', 'markdown'],
  ['check', '--today', '2022-02-01'],
  ['timeline', '--today', '2022-02-01'],
  ['timeline', '--today', '2022-02-01', '--format', 'json'],
  ['render', AGENDA, '--format', 'html', '--today', '2022-02-01'],
  ['render', PLAN, '--format', 'md', '--today', '2022-02-01'],
  ['diff', AGENDA, OTHER],
  ['diff', AGENDA, OTHER, '--format', 'json'],
  ['diff', AGENDA, OTHER, '--format', 'markdown'],
  ['fmt', '--check', 'agendas', 'invalid'],
  ['schema'],
  ['schema', 'ProjectPlan'],
  ['new', 'ExecutionAgenda', '--title', 'Samen tegen huiselijk geweld 2025 t/m 2028', '--stdout'],
  ['new', 'Arrangement', '--stdout'],
  // Last, as it rewrites the copies: the files fmt writes are compared too.
  ['fmt', 'invalid'],
];

const ENVIRONMENTS: readonly Record<string, string>[] = [
  { TZ: 'Europe/Amsterdam', LANG: 'en_US.UTF-8' },
  { TZ: 'Pacific/Kiritimati', LANG: 'en_GB.UTF-8', LC_ALL: 'sv_SE.UTF-8' },
  { TZ: 'America/Adak', LANG: 'C', LC_ALL: 'tr_TR.UTF-8' },
  { TZ: 'UTC', LANG: 'nl_NL.UTF-8' },
  { TZ: 'Asia/Kathmandu', LANG: 'de_DE.UTF-8', LC_ALL: 'nl_BE.UTF-8' },
];

/** A copy of the agendas and the invalid fixtures, so that fmt can rewrite them. */
function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'agendum-determinism-'));
  cpSync(path.join(ROOT, 'agendas'), path.join(dir, 'agendas'), { recursive: true });
  cpSync(path.join(ROOT, 'test/fixtures/invalid'), path.join(dir, 'invalid'), { recursive: true });
  return dir;
}

function filesOf(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]));
}

describe('output is the same whatever the time zone and locale', () => {
  it('for every command, in five time zones and locales', async () => {
    const runs = await Promise.all(
      ENVIRONMENTS.map(async (env) => {
        const dir = workspace();
        const results = await runCommands(COMMANDS, { cwd: dir, env, timeout: 120_000 });
        return { env, results, invalid: filesOf(path.join(dir, 'invalid')) };
      }),
    );
    const english = runs.filter((run) => !/^nl/.test(run.env.LC_ALL ?? run.env.LANG ?? ''));
    const dutch = runs.filter((run) => /^nl/.test(run.env.LC_ALL ?? run.env.LANG ?? ''));
    expect([english.length, dutch.length]).toEqual([3, 2]);
    for (const group of [english, dutch]) {
      const [first, ...others] = group;
      for (const run of others) {
        for (const [i, result] of run.results.entries()) {
          const expected = first!.results[i]!;
          expect(result.stdout, `${result.argv.join(' ')} in ${JSON.stringify(run.env)}`).toBe(expected.stdout);
          expect(result.code, result.argv.join(' ')).toBe(expected.code);
        }
        expect(run.invalid, `files fmt wrote in ${JSON.stringify(run.env)}`).toEqual(first!.invalid);
      }
    }
    for (const result of runs[0]!.results) {
      expect(result.stderr, result.argv.join(' ')).not.toMatch(/internal error/);
      if (result.argv[0] !== 'fmt') expect(result.stdout.length, result.argv.join(' ')).toBeGreaterThan(100);
    }
    // The languages differ where they should.
    expect(dutch[0]!.results[0]!.stdout).toContain('fouten');
    expect(english[0]!.results[0]!.stdout).toContain('errors');
  }, 240_000);
});
