import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runBinary } from '../support/cli.js';

// The help of every command, in English and Dutch: each command says what it does, and the
// files its examples name are files that come with agendum.

const COMMANDS = ['validate', 'timeline', 'check', 'diff', 'log', 'render', 'progress', 'export', 'site', 'init', 'new', 'fmt', 'migrate', 'schema', 'preview', 'completion'];

/** The commands the program's own help lists, from its "Commands:" section. */
function listed(help: string, heading: string): string[] {
  const section = help.split(`${heading}\n`)[1] ?? '';
  return [...section.matchAll(/^ {2}([a-z]+)\b/gm)].map((m) => m[1]!).filter((name) => name !== 'help');
}

/** Every path of a bundled document or folder the help's examples name (a wildcard names its folder). */
function pathsIn(help: string): string[] {
  const examples = help.split(/^(?:Usage|Gebruik):/m)[0]!;
  return [...examples.matchAll(/(?:^|\s)((?:agendas|examples)(?:\/[^\s"'*]*)?)/gm)].map((m) => m[1]!.replace(/\/$/, ''));
}

describe('help', () => {
  for (const lang of ['en', 'nl'] as const) {
    describe(`in ${lang === 'en' ? 'English' : 'Dutch'}`, () => {
      it('lists every command, each with a summary', async () => {
        const run = await runBinary(['--help', '--lang', lang]);
        expect(run.code).toBe(0);
        const heading = lang === 'en' ? 'Commands:' : 'Opdrachten:';
        expect(listed(run.stdout, heading).sort()).toEqual([...COMMANDS].sort());
        for (const command of COMMANDS) expect(run.stdout).toMatch(new RegExp(`^ {2}${command} .*\\S {2,}\\S`, 'm'));
      });

      for (const command of COMMANDS) {
        it(`${command}: has a description and examples, and every file it names exists`, async () => {
          const run = await runBinary([command, '--help', '--lang', lang]);
          expect(run.code).toBe(0);
          const [beforeUsage, afterUsage = ''] = run.stdout.split(lang === 'en' ? 'Usage:' : 'Gebruik:');
          expect(beforeUsage).toContain(lang === 'en' ? 'Examples:' : 'Voorbeelden:');
          // The description: the paragraph after the usage line.
          const description = afterUsage.split('\n\n')[1] ?? '';
          expect(description.trim().length, `${command} has no description`).toBeGreaterThan(20);
          for (const named of pathsIn(run.stdout)) expect(existsSync(path.join(ROOT, named)), `${command} --help names ${named}`).toBe(true);
        });
      }
    });
  }

  it('names at least one bundled document in the examples of the commands that read documents', async () => {
    for (const command of ['validate', 'timeline', 'diff', 'render', 'fmt', 'migrate', 'preview']) {
      const run = await runBinary([command, '--help']);
      expect(pathsIn(run.stdout).some((p) => /\.ya?ml$/.test(p)), command).toBe(true);
    }
  });

  it('describes a command in the language of the configuration or the locale when no --lang is given', async () => {
    const dutch = await runBinary(['fmt', '--help'], { env: { LANG: 'nl_NL.UTF-8', LC_ALL: '', LC_MESSAGES: '' } });
    expect(dutch.stdout).toContain('Gebruik: agendum fmt [opties]');
    expect(dutch.stdout).toContain('toon de hulp bij een opdracht');
    const english = await runBinary(['fmt', '--help'], { env: { LANG: 'C', LC_ALL: '', LC_MESSAGES: '' } });
    expect(english.stdout).toContain('Usage: agendum fmt [options]');
  });

  it('says commander\'s errors in Dutch', async () => {
    const unknown = await runBinary(['validate', '--frobnicate', '--lang', 'nl']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("fout: onbekende optie '--frobnicate'");
    const missing = await runBinary(['new', '--lang', 'nl']);
    expect(missing.stderr).toContain("fout: verplicht argument 'soort' ontbreekt");
    const choice = await runBinary(['check', '--color', 'paars', '--lang', 'nl']);
    expect(choice.stderr).toBe("fout: waarde 'paars' van optie '--color <wanneer>' is ongeldig. Toegestaan: auto, always, never.\n");
    expect((await runBinary(['check', '--color', 'paars', '--lang', 'en'])).stderr).toContain("option '--color <when>' argument 'paars' is invalid");
  });

  it('names the values of options in the language of the help', async () => {
    const dutch = (await runBinary(['check', '--help', '--lang', 'nl'])).stdout;
    for (const flags of ['--today <datum>', '-f, --format <vorm>', '--fail-on <ernst>', '-c, --config <bestand>', '--color <wanneer>', '--cache-location <map>']) expect(dutch).toContain(`  ${flags}  `);
    const english = (await runBinary(['check', '--help', '--lang', 'en'])).stdout;
    for (const flags of ['--today <date>', '-f, --format <format>', '--fail-on <severity>', '-c, --config <file>', '--color <when>', '--cache-location <dir>']) expect(english).toContain(`  ${flags}  `);
  });
});
