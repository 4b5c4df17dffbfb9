import { mkdtempSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, runBinary, runInProcess } from '../support/cli.js';
import { newRepository } from '../support/git.js';

describe('agendum init', () => {
  it('sets up a repository whose examples pass every check', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agendum-init-'));
    const result = await runInProcess(['init'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('9 file(s) written');
    // As after `npm install --save-dev agendum`: the schemas under node_modules.
    mkdirSync(path.join(dir, 'node_modules/agendum'), { recursive: true });
    symlinkSync(path.join(ROOT, 'schemas'), path.join(dir, 'node_modules/agendum/schemas'));
    const check = await runBinary(['check', '--format', 'json'], { cwd: dir });
    expect(check.code, check.stdout).toBe(0);
    expect(JSON.parse(check.stdout).summary).toEqual({ files: 4, errors: 0, warnings: 0, infos: 0 });
    expect(readFileSync(path.join(dir, '.gitattributes'), 'utf8')).toBe('*.agenda.yaml diff=agendum\n');
    const workflow = parse(readFileSync(path.join(dir, '.github/workflows/agendum.yml'), 'utf8')) as { jobs: { check: { steps: { run?: string }[] } } };
    expect(workflow.jobs.check.steps.map((s) => s.run).filter(Boolean)).toEqual(['npm ci', 'npx agendum check', expect.stringContaining('npx agendum diff --base')]);
    expect(JSON.parse(readFileSync(path.join(dir, '.vscode/settings.json'), 'utf8'))['yaml.schemas']).toBeTypeOf('object');
  });

  it('keeps existing files unless --force', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agendum-init-'));
    writeFileSync(path.join(dir, 'agendum.config.yaml'), 'language: en\n');
    const kept = await runInProcess(['init'], { cwd: dir });
    expect(kept.stderr).toContain('kept agendum.config.yaml');
    expect(readFileSync(path.join(dir, 'agendum.config.yaml'), 'utf8')).toBe('language: en\n');
    await runInProcess(['init', '--force'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'agendum.config.yaml'), 'utf8')).toContain('language: nl');
  });

  it('carries a team from init to a pull request: new, check, fmt --check, a change on a branch, diff --base, all green', async () => {
    const { dir, git } = newRepository('agendum-workflow-');
    const agendum = (...args: string[]) => runBinary(args, { cwd: dir });
    expect((await agendum('init', '--yes')).code).toBe(0);
    mkdirSync(path.join(dir, 'node_modules/agendum'), { recursive: true });
    symlinkSync(path.join(ROOT, 'schemas'), path.join(dir, 'node_modules/agendum/schemas'));

    const created = await agendum('new', 'ExecutionAgenda', '--title', 'Samen tegen huiselijk geweld 2025 t/m 2028');
    // init's configuration says `language: nl`, so agendum speaks Dutch in this repository.
    expect(created).toMatchObject({ code: 0, stderr: 'aangemaakt: agendas/samen-tegen-huiselijk-geweld-2025-t-m-2028.agenda.yaml\n' });
    const file = path.join(dir, 'agendas/samen-tegen-huiselijk-geweld-2025-t-m-2028.agenda.yaml');
    // The same schema path as the examples init wrote, not one into agendum's own installation.
    expect(readFileSync(file, 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../node_modules/agendum/schemas/execution-agenda.schema.json');
    const check = await agendum('check', '--format', 'json', '--max-warnings', '0');
    expect(check.code, check.stdout).toBe(0);
    expect(JSON.parse(check.stdout).summary).toEqual({ files: 5, errors: 0, warnings: 0, infos: 0 });
    expect(await agendum('fmt', '--check')).toMatchObject({ code: 0, stdout: '' });
    expect(await agendum('migrate', '--check')).toMatchObject({ code: 0, stdout: '' });
    writeFileSync(path.join(dir, '.gitignore'), 'node_modules/\n');
    git('add', '-A');
    git('commit', '-qm', 'Agenda 2025 t/m 2028');

    // A pull request: the period shortened by a year, a theme added.
    git('switch', '-qc', 'korter');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, `${text.replace('period: 2025 t/m 2028', 'period: 2025 t/m 2027')}actionLines:\n  - id: preventie\n    title: Preventie\n    themes:\n      - id: voorlichting\n        title: Voorlichting\n`);
    git('commit', '-qam', 'Een jaar korter');
    expect((await agendum('check', '--max-warnings', '0')).code).toBe(0);
    expect(await agendum('fmt', '--check')).toMatchObject({ code: 0, stdout: '' });

    const diff = await agendum('diff', '--base', 'main', '--head', 'HEAD', '--format', 'json');
    expect(diff.code, diff.stderr).toBe(0);
    const { changes } = JSON.parse(diff.stdout) as { changes: { code: string; level: string }[] };
    expect(changes).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'diff/period-shortened', level: 'breaking' }), expect.objectContaining({ code: 'diff/item-added' })]));
    const markdown = await agendum('diff', '--base', 'main', '--format', 'markdown', '--fail-on', 'breaking');
    expect(markdown.code).toBe(1);
    expect(markdown.stdout).toContain('2025 t/m 2028');
  });
});
