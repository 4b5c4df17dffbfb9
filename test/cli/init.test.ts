import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { installSpec } from '../../src/cli/installed.js';
import { ROOT, runBinary, runInProcess } from '../support/cli.js';
import { newRepository } from '../support/git.js';

/** As after `npm install`: agendum's schemas under node_modules. */
function installSchemas(dir: string): void {
  mkdirSync(path.join(dir, 'node_modules/agendum'), { recursive: true });
  symlinkSync(path.join(ROOT, 'schemas'), path.join(dir, 'node_modules/agendum/schemas'));
}

function read(dir: string, file: string): string {
  return readFileSync(path.join(dir, file), 'utf8');
}

interface Step {
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { permissions?: Record<string, string>; if?: string; needs?: string; steps: Step[] }>;
}

const GENERATED = ['agendum.config.yaml', '.gitattributes', '.gitignore', '.pre-commit-config.yaml', '.github/workflows/agendum.yml'];

describe('agendum init', () => {
  it('sets up a repository whose examples pass every check', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agendum-init-'));
    const result = await runInProcess(['init'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('11 file(s) written or updated');
    installSchemas(dir);
    const check = await runBinary(['check', '--format', 'json'], { cwd: dir });
    expect(check.code, check.stdout).toBe(0);
    expect(JSON.parse(check.stdout).summary).toEqual({ files: 4, errors: 0, warnings: 0, infos: 0 });
    expect(read(dir, '.gitattributes')).toMatch(/^\*\.agenda\.yaml diff=agendum$/m);
    expect(read(dir, '.gitignore').split('\n')).toEqual(expect.arrayContaining(['node_modules/', '/afdrukken/']));
    expect(existsSync(path.join(dir, '.pre-commit-hooks.yaml'))).toBe(false);
    expect(JSON.parse(read(dir, 'package.json'))).toEqual({ private: true, devDependencies: { agendum: JSON.parse(read(ROOT, 'package.json')).version } });
  });

  it('writes a workflow that is correct today: current actions, Node 24, least permissions, the diff also after a failed check, one comment', async () => {
    const { dir } = newRepository('agendum-init-');
    expect((await runInProcess(['init'], { cwd: dir })).code).toBe(0);
    const workflow = parse(read(dir, '.github/workflows/agendum.yml')) as Workflow;
    expect(workflow.on).toEqual({ pull_request: null, push: { branches: ['main'] } });
    expect(workflow.permissions).toEqual({ contents: 'read' });
    const { check, comment } = workflow.jobs;
    expect(check!.permissions).toBeUndefined();
    expect(check!.steps.map((s) => s.uses).filter(Boolean)).toEqual(['actions/checkout@v6', 'actions/setup-node@v6']);
    expect(check!.steps[0]!.with).toEqual({ 'fetch-depth': 0 });
    expect(check!.steps[1]!.with).toMatchObject({ 'node-version': 24 });
    expect(check!.steps.map((s) => s.run?.split(' ').slice(0, 3).join(' ')).filter(Boolean)).toEqual(['npm ci', 'npx agendum check', expect.stringContaining('npx agendum diff')]);
    const diff = check!.steps.find((s) => s.run?.includes('agendum diff'))!;
    expect(diff.if).toContain('!cancelled()');
    expect(diff.run).toContain('$GITHUB_STEP_SUMMARY');
    // Writing is left to the job that runs none of the repository's code.
    expect(comment!.permissions).toEqual({ 'pull-requests': 'write' });
    expect(comment!.if).toContain('!cancelled()');
    expect(comment!.steps.map((s) => s.run).join('\n')).toMatch(/--method PATCH[\s\S]*--method POST/);
    expect(comment!.steps.some((s) => s.uses)).toBe(false);
  });

  it('checks pushes to the branch the repository is on', async () => {
    const { dir, git } = newRepository('agendum-init-');
    git('switch', '-q', '-c', 'hoofd');
    expect((await runInProcess(['init'], { cwd: dir })).code).toBe(0);
    expect((parse(read(dir, '.github/workflows/agendum.yml')) as Workflow).on.push).toEqual({ branches: ['hoofd'] });
  });

  it('hands pre-commit the agenda documents only, all at once, from the devDependencies', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agendum-init-'));
    await runInProcess(['init'], { cwd: dir });
    const config = parse(read(dir, '.pre-commit-config.yaml')) as { repos: { repo: string; hooks: { id: string; entry: string; files: string; pass_filenames: boolean; language: string }[] }[] };
    expect(config.repos).toHaveLength(1);
    const [hook] = config.repos[0]!.hooks;
    expect(hook).toMatchObject({ id: 'agendum-check', entry: 'npx --no agendum check', language: 'system', pass_filenames: false });
    const files = new RegExp(hook!.files);
    expect(['agendas/voorbeeld-projectplan.agenda.yaml', 'agendas/sub/plan.yml'].filter((f) => files.test(f))).toHaveLength(2);
    expect(['.github/workflows/agendum.yml', 'agendum.config.yaml', '.pre-commit-config.yaml', 'x/agendas/a.yaml', 'agendas/notes.md'].filter((f) => files.test(f))).toEqual([]);
  });

  it('points the editor at schemas that exist once agendum is installed, for every kind, and for the kinds of an existing configuration', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agendum-init-'));
    cpSync(path.join(ROOT, 'examples'), dir, { recursive: true });
    const result = await runInProcess(['init', '--lang', 'en'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('kept agendum.config.yaml');
    installSchemas(dir);
    const schemas = JSON.parse(read(dir, '.vscode/settings.json'))['yaml.schemas'] as Record<string, string[]>;
    for (const [schema, files] of Object.entries(schemas)) {
      expect(existsSync(path.join(dir, schema)), schema).toBe(true);
      for (const file of files) expect(existsSync(path.join(dir, file)), file).toBe(true);
    }
    const keys = Object.keys(schemas);
    for (const kind of ['development-agenda', 'execution-agenda', 'project-plan', 'arrangement', 'config']) expect(keys).toContain(`./node_modules/agendum/schemas/${kind}.schema.json`);
    // The configuration's own kinds, with their documents.
    expect(schemas['./schemas/startnotitie.schema.json']).toEqual(['eigen-soorten/startnotitie-inkoop-jeugdhulp-salland-2029.agenda.yaml', 'eigen-soorten/startnotitie-woonzorgvisie-olst-wijhe.agenda.yaml']);
    // The hook covers the configuration's document folders.
    const { files } = (parse(read(dir, '.pre-commit-config.yaml')) as { repos: { hooks: { files: string }[] }[] }).repos[0]!.hooks[0]!;
    expect(new RegExp(files).test('eigen-soorten/startnotitie-woonzorgvisie-olst-wijhe.agenda.yaml')).toBe(true);
    for (const other of ['.github/workflows/agendum.yml', '.pre-commit-config.yaml', 'node_modules/agendum/x.yaml']) expect(new RegExp(files).test(other), other).toBe(false);
    // The examples go to the first document folder, and pass the checks there.
    const check = await runBinary(['check', '--format', 'json'], { cwd: dir });
    expect(check.code, check.stdout).toBe(0);
  });

  it('speaks the language it is given, in its messages and in every comment of the files it writes', async () => {
    const nl = mkdtempSync(path.join(tmpdir(), 'agendum-init-'));
    const en = mkdtempSync(path.join(tmpdir(), 'agendum-init-'));
    const dutch = await runInProcess(['init', '--lang', 'nl'], { cwd: nl });
    const english = await runInProcess(['init'], { cwd: en, env: { LANG: 'en_GB.UTF-8' } });
    expect(dutch.stderr).toContain('11 bestand(en) geschreven of bijgewerkt.');
    expect(dutch.stderr).toContain('Daarna: npm install && npx agendum check');
    expect(dutch.stderr).not.toMatch(/\bwrote\b|\bNext\b/);
    expect(english.stderr).toContain('Next: npm install && npx agendum check');
    // The hint for git log names the option without which git log shows no semantic diff.
    expect(english.stderr).toContain('git log -p --ext-diff');
    const comments = (text: string) => text.split('\n').filter((line) => /^\s*#/.test(line) && !line.includes('yaml-language-server'));
    for (const file of GENERATED) {
      const dutchComments = comments(read(nl, file));
      const englishComments = comments(read(en, file));
      expect(dutchComments.length, file).toBeGreaterThan(0);
      expect(dutchComments.length, file).toBe(englishComments.length);
      for (const line of dutchComments) expect(englishComments, `${file}: ${line}`).not.toContain(line);
    }
    expect(read(nl, 'agendum.config.yaml')).toMatch(/^language: nl$/m);
    expect(read(en, 'agendum.config.yaml')).toMatch(/^language: en$/m);
    // A language of the environment counts as well.
    expect((await runInProcess(['init'], { cwd: mkdtempSync(path.join(tmpdir(), 'agendum-init-')), env: { LANG: 'nl_NL.UTF-8' } })).stderr).toContain('geschreven');
  });

  it('keeps existing files unless --force, and only adds to .gitignore and package.json', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agendum-init-'));
    writeFileSync(path.join(dir, 'agendum.config.yaml'), 'language: en\n');
    writeFileSync(path.join(dir, '.gitignore'), '/dist');
    writeFileSync(path.join(dir, 'package.json'), '{\n    "name": "beleid",\n    "scripts": {"test": "true"},\n    "devDependencies": {"prettier": "3.0.0"}\n}\n');
    const kept = await runInProcess(['init'], { cwd: dir });
    expect(kept.stderr).toContain('kept agendum.config.yaml');
    expect(kept.stderr).toContain('added node_modules/, /afdrukken/ to .gitignore');
    expect(read(dir, 'agendum.config.yaml')).toBe('language: en\n');
    expect(read(dir, '.gitignore')).toBe('/dist\nnode_modules/\n/afdrukken/\n');
    const manifest = read(dir, 'package.json');
    expect(JSON.parse(manifest)).toEqual({ name: 'beleid', scripts: { test: 'true' }, devDependencies: { prettier: '3.0.0', agendum: expect.any(String) } });
    expect(manifest).toMatch(/^ {4}"name"/m);

    const again = await runInProcess(['init'], { cwd: dir });
    expect(again.stderr).toContain('kept package.json (it already holds what agendum needs)');
    expect(again.stderr).toContain('kept .gitignore (it already holds what agendum needs)');
    expect(again.stderr).toContain('0 file(s) written or updated');

    await runInProcess(['init', '--force', '--lang', 'nl'], { cwd: dir });
    expect(read(dir, 'agendum.config.yaml')).toContain('language: nl');
    expect(JSON.parse(read(dir, 'package.json')).name).toBe('beleid');
  });

  it('leaves a package.json that is not JSON as it is, and says what to add', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agendum-init-'));
    writeFileSync(path.join(dir, 'package.json'), '{ "name": ');
    const result = await runInProcess(['init', '--lang', 'en'], { cwd: dir });
    expect(result.stderr).toMatch(/^agendum: left package\.json as it is: it is not a JSON object \(.+\); add "agendum": "[^"]+" to its devDependencies yourself$/m);
    expect(read(dir, 'package.json')).toBe('{ "name": ');
  });

  it('has no option that does nothing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agendum-init-'));
    const result = await runInProcess(['init', '--yes'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(existsSync(path.join(dir, 'agendum.config.yaml'))).toBe(false);
  });

  it('names the agendum to install as npm got it: a tarball relative to the repository, a git URL as it is, else the version', () => {
    const project = mkdtempSync(path.join(tmpdir(), 'agendum-spec-'));
    const root = path.join(project, 'node_modules', 'agendum');
    mkdirSync(root, { recursive: true });
    writeFileSync(path.join(root, 'package.json'), '{"name":"agendum","version":"9.8.7"}');
    const lock = (resolved: string) => writeFileSync(path.join(project, 'node_modules', '.package-lock.json'), JSON.stringify({ packages: { 'node_modules/agendum': { version: '9.8.7', resolved } } }));
    const repository = path.join(project, 'beleid');
    expect(installSpec(repository, root)).toBe('9.8.7');
    lock('file:../pakketten/agendum-9.8.7.tgz');
    expect(installSpec(repository, root)).toBe('file:../../pakketten/agendum-9.8.7.tgz');
    lock('git+ssh://git@example.org/regio/agendum.git#0123456789abcdef0123456789abcdef01234567');
    expect(installSpec(repository, root)).toBe('git+ssh://git@example.org/regio/agendum.git#0123456789abcdef0123456789abcdef01234567');
    lock('https://registry.npmjs.org/agendum/-/agendum-9.8.7.tgz');
    expect(installSpec(repository, root)).toBe('9.8.7');
  });

  it('carries a team from init to a pull request: new, check, fmt --check, a change on a branch, diff --base, all green', async () => {
    const { dir, git } = newRepository('agendum-workflow-');
    const agendum = (...args: string[]) => runBinary(args, { cwd: dir });
    expect((await agendum('init')).code).toBe(0);
    installSchemas(dir);

    const created = await agendum('new', 'ExecutionAgenda', '--title', 'Samen tegen huiselijk geweld 2025 t/m 2028');
    // init's configuration holds the language init spoke (English here, where LANG says nothing), and agendum speaks it in this repository.
    expect(created).toMatchObject({ code: 0, stderr: 'created agendas/samen-tegen-huiselijk-geweld-2025-t-m-2028.agenda.yaml\n' });
    const file = path.join(dir, 'agendas/samen-tegen-huiselijk-geweld-2025-t-m-2028.agenda.yaml');
    // The same schema path as the examples init wrote, not one into agendum's own installation.
    expect(readFileSync(file, 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../node_modules/agendum/schemas/execution-agenda.schema.json');
    const check = await agendum('check', '--format', 'json', '--max-warnings', '0');
    expect(check.code, check.stdout).toBe(0);
    expect(JSON.parse(check.stdout).summary).toEqual({ files: 5, errors: 0, warnings: 0, infos: 0 });
    expect(await agendum('fmt', '--check')).toMatchObject({ code: 0, stdout: '' });
    expect(await agendum('migrate', '--check')).toMatchObject({ code: 0, stdout: '' });
    git('add', '-A');
    // The .gitignore init wrote keeps node_modules out.
    expect(git('diff', '--cached', '--name-only')).not.toContain('node_modules');
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
