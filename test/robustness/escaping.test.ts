import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../support/cli.js';

/**
 * One escaping for every text output: control characters and bidirectional overrides from
 * documents and file names reach no output as they are — not the check formats, not the diff
 * formats, not the git diff driver's header, not a usage error on standard error.
 */
const ACTIVE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('text from a hostile document and file name', () => {
  const attack = '\u001b[2J\u001b]0;pwned\u0007\u202everborgen';
  const yamlText = attack.replace(/\u001b/g, '\\e').replace(/\u0007/g, '\\a');
  const dir = mkdtempSync(path.join(tmpdir(), 'agendum-escaping-'));
  const head = 'schemaVersion: 3\nkind: ExecutionAgenda\nid: e\ntitle: E\nperiod: 2020 t/m 2023\n';
  const body = (text: string) => `actionLines:\n  - id: l\n    title: L\n    themes:\n      - id: t\n        title: T\n        regionalActions:\n          - {id: a, text: "${text}", period: 2021}\n`;
  const name = `naam\u001b[31m\u202e.yaml`;
  writeFileSync(path.join(dir, 'oud.yaml'), `${head}${body('Actie')}`);
  writeFileSync(path.join(dir, name), `${head}${body(yamlText)}onbekend: "${yamlText}"\n`);

  it('is made visible in the git diff driver, the diff formats and every check format', async () => {
    const runs = [
      // git's seven arguments: path old-file old-hex old-mode new-file new-hex new-mode
      await runInProcess(['diff', '--git-driver', name, 'oud.yaml', '0'.repeat(40), '100644', name, '1'.repeat(40), '100644'], { cwd: dir }),
      await runInProcess(['diff', 'oud.yaml', name, '--format', 'markdown'], { cwd: dir }),
      await runInProcess(['diff', 'oud.yaml', name], { cwd: dir }),
      ...(await Promise.all(['pretty', 'github', 'markdown', 'junit'].map((format) => runInProcess(['validate', '.', '--format', format], { cwd: dir })))),
      await runInProcess(['render', 'weg\u001b[2J.yaml'], { cwd: dir }),
    ];
    for (const run of runs) {
      expect(run.stdout).not.toMatch(ACTIVE);
      expect(run.stderr).not.toMatch(ACTIVE);
      expect(`${run.stdout}${run.stderr}`).toContain('␛');
    }
    expect(runs[0]!.stdout).toMatch(/^diff --agendum a\/naam␛\[31m�\.yaml b\/naam␛\[31m�\.yaml\n/);
    expect(runs[1]!.stdout).toContain('␛\\[2J␛\\]0;pwned␇�verborgen');
    expect(runs.at(-1)!.stderr).toBe('agendum: no such file: weg␛[2J.yaml\n');
  });
});
