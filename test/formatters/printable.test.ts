import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { printable } from '../../src/formatters/printable.js';
import { runInProcess } from '../support/cli.js';

/** What a terminal would act on: C0 controls but tab and line feed, DEL, C1 controls, bidirectional overrides. */
const ACTIVE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('printable', () => {
  it('shows controls as symbols, one character for one', () => {
    expect(printable('a\u001b[2Jb\u0007c\rd\u009be\u202ef\tg\nh')).toBe('a␛[2Jb␇c␍d�e�f\tg\nh');
    expect(printable('gewoon: é, €, “ja”')).toBe('gewoon: é, €, “ja”');
  });
});

describe('terminal output of a hostile document', () => {
  // Clears the screen, sets the window title, hides the rest of the line and reverses the text.
  const attack = '\u001b[2J\u001b]0;pwned\u0007\u001b[8m\u202everborgen';
  const dir = mkdtempSync(path.join(tmpdir(), 'agendum-terminal-'));
  const head = 'schemaVersion: 3\nkind: ExecutionAgenda\nid: e\ntitle: E\nperiod: 2020 t/m 2023\n';
  const body = (text: string) => `actionLines:\n  - id: l\n    title: L\n    themes:\n      - id: t\n        title: T\n        regionalActions:\n          - {id: a, text: "${text}", period: 2021}\n`;
  const name = `naam\u001b[31m.yaml`;
  writeFileSync(path.join(dir, name), `${head}${body(attack.replace(/\u001b/g, '\\e').replace(/\u0007/g, '\\a'))}onbekend: "${attack.replace(/\u001b/g, '\\e').replace(/\u0007/g, '\\a')}"\n`);
  writeFileSync(path.join(dir, 'oud.yaml'), `${head}${body('Actie')}`);
  writeFileSync(path.join(dir, 'nieuw.yaml'), `${head}${body(attack.replace(/\u001b/g, '\\e').replace(/\u0007/g, '\\a'))}`);
  writeFileSync(path.join(dir, 'rauw.yaml'), `${head}onbekend: ${attack}\n`);

  it('validate, timeline, diff and fmt show the controls instead of sending them', async () => {
    const runs = [
      await runInProcess(['validate', '.'], { cwd: dir }),
      await runInProcess(['timeline', '.', '--today', '2022-01-01'], { cwd: dir }),
      await runInProcess(['diff', 'oud.yaml', 'nieuw.yaml'], { cwd: dir }),
      await runInProcess(['validate', '.', '--format', 'github'], { cwd: dir }),
      await runInProcess(['fmt', '--check', '.'], { cwd: dir }),
    ];
    for (const run of runs) {
      expect(run.stdout).not.toMatch(ACTIVE);
      expect(run.stdout).toContain('␛');
    }
    expect(runs[0]!.stdout).toContain('naam␛[31m.yaml:');
    expect(runs[0]!.stdout).toContain('rauw.yaml:6:1 error schema/unknown-property');
    expect(runs[0]!.stdout).toContain('  6 | onbekend: ␛[2J␛]0;pwned␇␛[8m�verborgen');
  });
});
