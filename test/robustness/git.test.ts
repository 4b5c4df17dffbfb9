import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runBinary } from '../support/cli.js';
import { newRepository } from '../support/git.js';
import { VALID } from './corpus.js';

/**
 * Revisions and paths given to `agendum diff`: what looks like an option is refused or read as
 * a name, never passed to git as an option (git diff --output=FILE would write FILE); what git
 * does not know is a clear usage error (exit 2).
 */
function repository(): string {
  const { dir, git } = newRepository();
  mkdirSync(path.join(dir, 'agendas'));
  writeFileSync(path.join(dir, 'agendas', 'a.agenda.yaml'), VALID);
  // A document whose name looks like an option.
  writeFileSync(path.join(dir, '--output=x.agenda.yaml'), VALID);
  git('add', '--', '.');
  git('commit', '-qm', 'een');
  writeFileSync(path.join(dir, 'agendas', 'a.agenda.yaml'), VALID.replace('title: V', 'title: W'));
  writeFileSync(path.join(dir, '--output=x.agenda.yaml'), VALID.replace('title: V', 'title: W'));
  git('commit', '-qam', 'twee');
  return dir;
}

describe('agendum diff with hostile revisions and paths', () => {
  const dir = repository();
  const pwned = path.join(dir, 'pwned');
  const FILE = 'agendas/a.agenda.yaml';

  const refused: [string, string[], string][] = [
    ['--from that is an option', ['diff', FILE, `--from=--output=${pwned}`], `"--output=${pwned}" is not a git revision`],
    ['--to that is an option', ['diff', FILE, '--from', 'HEAD', `--to=--output=${pwned}`], `"--output=${pwned}" is not a git revision`],
    ['--base that is an option', ['diff', `--base=--output=${pwned}`], `"--output=${pwned}" is not a git revision`],
    ['--head that is an option', ['diff', '--base', 'HEAD~1', `--head=--output=${pwned}`], `"--output=${pwned}" is not a git revision`],
    ['a revision with an option after a space', ['diff', '--base', `HEAD~1 --output=${pwned}`], 'is not a git revision'],
    ['--end-of-options as a revision', ['diff', '--base', '--end-of-options'], '"--end-of-options" is not a git revision'],
    ['a revision that does not exist', ['diff', '--base', 'bestaat-niet'], 'unknown git revision "bestaat-niet"'],
    ['a revision that is not a commit', ['diff', '--base', 'HEAD:agendas'], 'unknown git revision "HEAD:agendas"'],
    ['a range instead of a revision', ['diff', '--base', 'HEAD~1..HEAD'], 'unknown git revision "HEAD~1..HEAD"'],
    ['history that is not there', ['diff', FILE, '--from', 'HEAD~5'], 'unknown git revision "HEAD~5"'],
    ['a file outside the repository', ['diff', '/etc/passwd', '--from', 'HEAD'], '/etc/passwd is outside the repository'],
    ['a file that exists at neither revision', ['diff', '--from', 'HEAD', '--', `--output=${pwned}`], `exists neither at HEAD nor in the working tree`],
    ['--git-driver without the arguments git gives', ['diff', '--git-driver', 'a', 'b'], '--git-driver expects the arguments git gives an external diff (1, 7 or 9)'],
  ];

  for (const [what, args, message] of refused) {
    it(`${what}: a usage error (exit 2), and git is not given an option`, async () => {
      const result = await runBinary(args, { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(message);
      expect(result.stderr).not.toMatch(/internal error|^\s+at /m);
      expect(existsSync(pwned)).toBe(false);
    });
  }

  it('a document whose name looks like an option is compared as a file', async () => {
    const result = await runBinary(['diff', '--from', 'HEAD~1', '--', '--output=x.agenda.yaml'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--output=x.agenda.yaml');
    expect(existsSync(path.join(dir, 'x.agenda.yaml'))).toBe(false);
    const base = await runBinary(['diff', '--base', 'HEAD~1', '--head', 'HEAD', '--format', 'json'], { cwd: dir });
    expect(base.code, base.stderr).toBe(0);
    expect((JSON.parse(base.stdout) as { files: { new: string }[] }).files.map((f) => f.new)).toEqual(['--output=x.agenda.yaml', 'agendas/a.agenda.yaml']);
  });

  it('outside a repository: a usage error (exit 2) for --from and --base; two files still compare', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'agendum-nogit-'));
    writeFileSync(path.join(outside, 'a.yaml'), VALID);
    for (const args of [['diff', 'a.yaml', '--from', 'HEAD'], ['diff', '--base', 'HEAD']]) {
      const result = await runBinary(args, { cwd: outside });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('this folder is not in a git repository');
    }
    expect((await runBinary(['diff', 'a.yaml', 'a.yaml'], { cwd: outside })).stdout).toBe('no changes\n');
  });

  it('in a shallow clone, says that the history is not there and how to fetch it', async () => {
    const shallow = path.join(mkdtempSync(path.join(tmpdir(), 'agendum-shallow-')), 'clone');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${dir}`, shallow], { stdio: 'pipe' });
    const result = await runBinary(['diff', FILE, '--from', 'HEAD~1'], { cwd: shallow });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown git revision "HEAD~1"');
    expect(result.stderr).toContain('This is a shallow clone');
    // In a full clone the same mistake gets the ordinary hint.
    const full = await runBinary(['diff', FILE, '--from', 'HEAD~9'], { cwd: dir });
    expect(full.stderr).toContain('hint: Check the name (git log --oneline, git branch -a).');
  });
});

describe('agendum as git\'s external diff driver, and names git may give', () => {
  const changed = (text: string) => text.replace('title: V', 'title: W');

  it('takes the nine arguments of a rename and the one of an unmerged path, so git shows every other file', () => {
    const { dir, git } = newRepository();
    mkdirSync(path.join(dir, 'agendas'));
    writeFileSync(path.join(dir, 'agendas', 'oud.agenda.yaml'), VALID);
    writeFileSync(path.join(dir, 'agendas', 'ander.agenda.yaml'), VALID);
    writeFileSync(path.join(dir, '.gitattributes'), '*.agenda.yaml diff=agendum\n');
    git('add', '.');
    git('commit', '-qm', 'een');
    git('config', 'diff.agendum.command', `"${process.execPath}" "${BIN}" diff --git-driver`);
    renameSync(path.join(dir, 'agendas', 'oud.agenda.yaml'), path.join(dir, 'agendas', 'nieuw.agenda.yaml'));
    writeFileSync(path.join(dir, 'agendas', 'ander.agenda.yaml'), changed(VALID));
    git('add', '-A');
    // git diff fails ("external diff died") when the driver refuses its arguments.
    const renamed = git('diff', '--cached', '-M');
    expect(renamed).toContain('diff --agendum a/agendas/oud.agenda.yaml b/agendas/nieuw.agenda.yaml');
    expect(renamed).toContain('diff --agendum a/agendas/ander.agenda.yaml b/agendas/ander.agenda.yaml');
    expect(renamed).toContain('"V" → "W"');
    git('commit', '-qm', 'twee');

    // Two branches that change the same line: a conflict leaves the path unmerged.
    git('switch', '-qc', 'zijtak');
    writeFileSync(path.join(dir, 'agendas', 'ander.agenda.yaml'), VALID.replace('title: V', 'title: X'));
    git('commit', '-qam', 'zijtak');
    git('switch', '-q', 'main');
    writeFileSync(path.join(dir, 'agendas', 'ander.agenda.yaml'), VALID.replace('title: V', 'title: Y'));
    writeFileSync(path.join(dir, 'agendas', 'nieuw.agenda.yaml'), changed(VALID));
    git('commit', '-qam', 'main');
    expect(() => git('merge', '-q', 'zijtak')).toThrow();
    writeFileSync(path.join(dir, 'agendas', 'nieuw.agenda.yaml'), VALID);
    git('add', 'agendas/nieuw.agenda.yaml');
    const unmerged = git('diff', '--cached');
    expect(unmerged).toContain('* Unmerged path agendas/ander.agenda.yaml');
    expect(unmerged).toContain('diff --agendum a/agendas/nieuw.agenda.yaml b/agendas/nieuw.agenda.yaml');
  });

  it('a file or folder whose name starts with two dots is in the repository, and diff --base compares it with the others', async () => {
    const { dir, git } = newRepository();
    mkdirSync(path.join(dir, '..map'));
    for (const file of ['..notities.agenda.yaml', '..map/a.agenda.yaml', 'b.agenda.yaml']) writeFileSync(path.join(dir, file), VALID);
    git('add', '.');
    git('commit', '-qm', 'een');
    for (const file of ['..notities.agenda.yaml', '..map/a.agenda.yaml', 'b.agenda.yaml']) writeFileSync(path.join(dir, file), changed(VALID));
    const result = await runBinary(['diff', '--base', 'HEAD', '--format', 'json'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as { files: { new: string }[] }).files.map((f) => f.new)).toEqual(['..map/a.agenda.yaml', '..notities.agenda.yaml', 'b.agenda.yaml']);
    const one = await runBinary(['diff', '..notities.agenda.yaml', '--from', 'HEAD'], { cwd: dir });
    expect(one.code, one.stderr).toBe(0);
    expect(one.stdout).toContain('"V" → "W"');
  });
});
