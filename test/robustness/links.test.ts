import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runInProcess } from '../support/cli.js';
import { newRepository } from '../support/git.js';
import { VALID } from './corpus.js';

/**
 * A repository from a pull request can hold symbolic links to files outside it (`../.git/config`
 * with the CI's token, `~/.ssh/id_rsa`): agendum does not follow them out of the folder it
 * checks, and quotes no text of a file that does not say it is a document.
 */
const SECRET = 'ghs_GEHEIMTOKEN123';
const GIT_CONFIG = `[core]\n\trepositoryformatversion = 0\n[remote "origin"]\n\turl = https://github.com/gemeente/agendas\n[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${SECRET}\n`;
const FORMATS = ['pretty', 'json', 'github', 'sarif', 'junit', 'markdown'];
const PLAN = path.join(ROOT, 'agendas/projectplan-huiselijk-geweld-zhz-2020-2021.agenda.yaml');

describe('symbolic links out of the checked folder', () => {
  const { dir, git } = newRepository('agendum-links-');
  writeFileSync(path.join(dir, '.git', 'config'), `${GIT_CONFIG}[user]\n\temail = test@example.org\n\tname = Test\n`);
  const outside = mkdtempSync(path.join(tmpdir(), 'agendum-outside-'));
  writeFileSync(path.join(outside, 'geheim.yaml'), `token: ${SECRET}\n`);
  mkdirSync(path.join(dir, 'agendas', 'echt'), { recursive: true });
  cpSync(PLAN, path.join(dir, 'agendas', 'echt', 'plan.yaml'));
  symlinkSync('../.git/config', path.join(dir, 'agendas', 'config.yaml'));
  symlinkSync(path.join(outside, 'geheim.yaml'), path.join(dir, 'agendas', 'geheim.yaml'));
  symlinkSync(outside, path.join(dir, 'agendas', 'buiten'));
  symlinkSync('.git/config', path.join(dir, 'in-git.yaml'));
  // A link inside the folder to a document of it is followed.
  symlinkSync('echt/plan.yaml', path.join(dir, 'agendas', 'verwijzing.yaml'));

  it('are not followed, in any format, and each is a warning that says so', async () => {
    for (const target of ['agendas', '.']) {
      for (const format of FORMATS) {
        const result = await runInProcess(['check', target, '--format', format, '--today', '2021-06-01'], { cwd: dir });
        expect(`${result.stdout}${result.stderr}`, `${target} ${format}`).not.toContain(SECRET);
        expect(result.stdout, `${target} ${format}`).toContain('file/link-outside');
      }
    }
    const json = JSON.parse((await runInProcess(['check', '.', '--format', 'json', '--today', '2021-06-01'], { cwd: dir })).stdout) as { diagnostics: { file: string; code: string; severity: string }[] };
    expect(json.diagnostics.filter((d) => d.code === 'file/link-outside').map((d) => [d.file, d.severity])).toEqual([
      ['agendas/buiten', 'warning'],
      ['agendas/config.yaml', 'warning'],
      ['agendas/geheim.yaml', 'warning'],
      ['in-git.yaml', 'warning'],
    ]);
    const links = JSON.parse((await runInProcess(['validate', 'agendas', '--format', 'json'], { cwd: dir })).stdout) as { summary: { files: number } };
    // echt/plan.yaml, the link to it inside the folder (followed) and the three links out (not followed, counted).
    expect(links.summary.files).toBe(5);
  });

  it('fmt and migrate pass them by without failing', async () => {
    for (const command of [['fmt', '--check', 'agendas/config.yaml', 'agendas/geheim.yaml'], ['migrate', '--check', 'agendas']]) {
      const result = await runInProcess(command, { cwd: dir });
      expect(`${result.stdout}${result.stderr}`).not.toContain(SECRET);
    }
    const listed = await runInProcess(['fmt', '--check', 'agendas'], { cwd: dir });
    expect(listed.stdout).toContain('agendas/config.yaml: a symbolic link that leads out of the folder being checked');
    expect(listed.stdout).not.toContain(SECRET);
  });

  it('in a pull request, diff --base does not read through a link out of the repository', async () => {
    git('add', '-A');
    git('commit', '-qm', 'een');
    symlinkSync(path.join(outside, 'geheim.yaml'), path.join(dir, 'agendas', 'nieuw.agenda.yaml'));
    git('add', 'agendas/nieuw.agenda.yaml');
    for (const format of ['pretty', 'json', 'markdown']) {
      const result = await runInProcess(['diff', '--base', 'HEAD', '--format', format], { cwd: dir });
      expect(`${result.stdout}${result.stderr}`, format).not.toContain(SECRET);
      expect(result.stdout, format).toContain('file/link-outside');
    }
  });
});

describe('a file that does not say it is a document', () => {
  it('is named in the findings, never quoted: no code frame, no text of the parser', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agendum-notdoc-'));
    writeFileSync(path.join(dir, 'config.yaml'), GIT_CONFIG);
    writeFileSync(path.join(dir, 'sleutel.yaml'), `token: ${SECRET}\n`);
    writeFileSync(path.join(dir, 'lijst.yaml'), `x: [a\n  token: ${SECRET}\n`);
    for (const format of FORMATS) {
      const result = await runInProcess(['check', '.', '--format', format], { cwd: dir });
      expect(result.code, format).toBe(1);
      expect(`${result.stdout}${result.stderr}`, format).not.toContain(SECRET);
    }
    for (const command of [['render', 'config.yaml'], ['diff', 'sleutel.yaml', 'lijst.yaml'], ['migrate', 'config.yaml']]) {
      const result = await runInProcess(command, { cwd: dir });
      expect(`${result.stdout}${result.stderr}`, command[0]).not.toContain(SECRET);
    }
    // A document keeps its code frames.
    writeFileSync(path.join(dir, 'doc.yaml'), `${VALID}onbekend: zichtbaar\n`);
    expect((await runInProcess(['validate', 'doc.yaml'], { cwd: dir })).stdout).toContain('8 | onbekend: zichtbaar');
  });
});
