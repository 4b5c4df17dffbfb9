import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './support/cli.js';

/**
 * The package as npm packs it, installed into empty folders and used as a new user would. The
 * suite's build (`npm test` builds first) made dist/; packing runs with --ignore-scripts so that
 * it is not built a second time, and a test of its own asserts that packing builds.
 */

// npm from its cache where it can; the registry only for what the cache does not hold.
const NPM_ENV = { npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
const GIT_ENV = { GIT_AUTHOR_NAME: 'Regio Noord', GIT_AUTHOR_EMAIL: 'beleid@example.org', GIT_COMMITTER_NAME: 'Regio Noord', GIT_COMMITTER_EMAIL: 'beleid@example.org' };
const env = (): NodeJS.ProcessEnv => {
  const base: NodeJS.ProcessEnv = { ...process.env, ...NPM_ENV, ...GIT_ENV };
  // As a user's shell has it: no test runner's variables, no colour settings.
  for (const name of Object.keys(base)) if (/^(VITEST|NODE_OPTIONS$|NO_COLOR$|FORCE_COLOR$)/.test(name)) delete base[name];
  return base;
};

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function sh(command: string, args: readonly string[], cwd: string): Run {
  const result = spawnSync(command, args, { cwd, env: env(), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status ?? 2, stdout: result.stdout, stderr: result.stderr };
}

const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string; files: string[]; scripts: Record<string, string> };
let tarball: string;
let packed: { path: string; size: number }[];

beforeAll(() => {
  if (!existsSync(path.join(ROOT, 'dist/bundle/agendum.cjs'))) throw new Error('dist/ is not built: run npm run build first (npm test does)');
  const folder = mkdtempSync(path.join(tmpdir(), 'agendum-pack-'));
  const output = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', folder], { cwd: ROOT, env: env(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const [info] = JSON.parse(output) as { filename: string; files: { path: string; size: number }[] }[];
  tarball = path.join(folder, info!.filename);
  packed = info!.files;
}, 120_000);

describe('the packed package', { timeout: 600_000 }, () => {
  it('holds what a run reads, and no tests, sources, source maps or notes', () => {
    const names = packed.map((f) => f.path);
    for (const file of ['package.json', 'LICENSE', 'README.md', 'bin/agendum.js', 'bin/bundle.cjs', 'dist/bundle/agendum.cjs', 'dist/bundle/checks.cjs', 'dist/bundle/commands.cjs', 'dist/bundle/check-worker.cjs', 'schemas/common.schema.json', 'schemas/config.schema.json']) {
      expect(names).toContain(file);
    }
    expect(names.some((name) => name.startsWith('templates/execution-agenda/'))).toBe(true);
    const unwanted = names.filter((name) => /^(test|src|\.scratch|scripts|bench|node_modules|docs|agendas|examples|\.github|\.ci)\/|\.map$|\.tsbuildinfo$|^tsconfig|^vitest/.test(name));
    expect(unwanted).toEqual([]);
    expect(readFileSync(path.join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) the agendum authors\n/);
  });

  it('is built when npm packs it, publishes it or installs it from git (prepare), before anything is packed', () => {
    // npm runs `prepare` for pack and publish, and for a git dependency after installing its devDependencies.
    expect(manifest.scripts.prepare).toBe('npm run build');
    expect(manifest.scripts.build).toContain('scripts/build-bundle.mjs');
    expect(manifest.files).toEqual(expect.arrayContaining(['bin', 'dist/bundle', 'schemas', 'templates']));
  });

  it('installs into an empty folder and carries a team from init to a pull request', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agendum-installed-'));
    const install = sh('npm', ['install', '--save-dev', tarball], dir);
    expect(install.code, install.stderr).toBe(0);
    const npx = (...args: string[]) => sh('npx', ['agendum', ...args], dir);
    expect(npx('--version')).toMatchObject({ code: 0, stdout: `${manifest.version}\n` });

    const init = npx('init');
    expect(init.code, init.stderr).toBe(0);
    expect(init.stderr).toContain('kept package.json');
    expect(JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).devDependencies.agendum).toMatch(/^file:.*agendum-[\d.]+\.tgz$/);
    // Every schema the editor settings name is there now.
    const schemas = JSON.parse(readFileSync(path.join(dir, '.vscode/settings.json'), 'utf8'))['yaml.schemas'] as Record<string, string[]>;
    for (const schema of Object.keys(schemas)) expect(existsSync(path.join(dir, schema)), schema).toBe(true);

    const git = (...args: string[]) => {
      const result = sh('git', args, dir);
      expect(result.code, result.stderr).toBe(0);
      return result.stdout;
    };
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    expect(git('diff', '--cached', '--name-only').split('\n')).toEqual(expect.arrayContaining(['.gitignore', '.pre-commit-config.yaml', '.github/workflows/agendum.yml', 'package.json', 'package-lock.json']));
    expect(git('diff', '--cached', '--name-only')).not.toMatch(/node_modules/);
    git('commit', '-qm', 'Agenda’s');
    expect(npx('check')).toMatchObject({ code: 0 });
    expect(npx('fmt', '--check')).toMatchObject({ code: 0, stdout: '' });
    // The command the pre-commit hook runs.
    expect(sh('npx', ['--no', 'agendum', 'check'], dir).code).toBe(0);

    git('switch', '-qc', 'projectplan');
    const created = npx('new', 'ProjectPlan', '--title', 'Projectplan vroegsignalering 2026');
    expect(created.code, created.stderr).toBe(0);
    const example = path.join(dir, 'agendas/voorbeeld-uitvoeringsagenda.agenda.yaml');
    writeFileSync(example, readFileSync(example, 'utf8').replace(/^title: .*$/m, 'title: Uitvoeringsagenda Regio Noord'));
    git('add', '-A');
    git('commit', '-qm', 'Een projectplan');
    expect(npx('check').code).toBe(0);
    const diff = npx('diff', '--base', 'main', '--format', 'json');
    expect(diff.code, diff.stderr).toBe(0);
    const changes = JSON.stringify(JSON.parse(diff.stdout));
    expect(changes).toContain('projectplan-vroegsignalering-2026');
    expect(changes).toContain('Uitvoeringsagenda Regio Noord');

    mkdirSync(path.join(dir, 'afdrukken'));
    const render = npx('render', 'agendas/projectplan-vroegsignalering-2026.agenda.yaml', '--format', 'html', '-o', 'afdrukken/projectplan.html');
    expect(render.code, render.stderr).toBe(0);
    expect(readFileSync(path.join(dir, 'afdrukken/projectplan.html'), 'utf8')).toMatch(/^<!DOCTYPE html>[\s\S]*Projectplan vroegsignalering 2026/);
    // What was rendered stays out of git.
    expect(git('status', '--porcelain')).toBe('');
  });

  it('runs as npx from the packed file in an empty folder, whose closing hint then works as printed', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agendum-npx-'));
    const init = sh('npx', ['--yes', `--package=${tarball}`, 'agendum', 'init', '--lang', 'nl'], dir);
    expect(init.code, init.stderr).toBe(0);
    // The packed file, named from the repository, is what the next npm install installs.
    expect(JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'))).toEqual({ private: true, devDependencies: { agendum: `file:${path.relative(dir, tarball)}` } });
    const hint = /^Daarna: (.+)$/m.exec(init.stderr)?.[1];
    expect(hint).toBe('npm install && npx agendum check');
    const next = sh('bash', ['-e', '-c', hint!], dir);
    expect(next.code, next.stderr).toBe(0);
    expect(next.stdout).toMatch(/\b4\b/);
  });

  it('takes the README’s walk from nothing to a pull request exactly as written, with the packed file as the only change', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## From nothing to a pull request'));
    const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1];
    expect(block).toBeDefined();
    const install = /^npm install --save-dev agendum(?= )/m;
    expect(block!.match(new RegExp(install.source, 'gm'))).toHaveLength(1);
    const script = block!.replace(install, `npm install --save-dev '${tarball}'`);
    const parent = mkdtempSync(path.join(tmpdir(), 'agendum-readme-'));
    writeFileSync(path.join(parent, 'walk.sh'), script);
    const walk = sh('bash', ['-e', 'walk.sh'], parent);
    expect(walk.code, `${walk.stdout}\n${walk.stderr}`).toBe(0);
    const dir = path.join(parent, 'beleid');
    expect(readFileSync(path.join(dir, 'afdrukken/uitvoeringsagenda.html'), 'utf8')).toMatch(/^<!DOCTYPE html>[\s\S]*Samen tegen huiselijk geweld/);
    // The diff against main is the walk's last word before the render: the shortened period.
    expect(walk.stdout).toContain('2025 t/m 2027');
    expect(sh('git', ['log', '--format=%s'], dir).stdout).toBe('Een jaar korter\nUitvoeringsagenda 2025 t/m 2028\n');
    expect(sh('git', ['status', '--porcelain'], dir).stdout).toBe('');
    // git diff speaks in meaning once the driver is set, as the walk set it; git log -p only with --ext-diff.
    const semantic = sh('git', ['diff', 'main', 'korter'], dir);
    expect(semantic.code, semantic.stderr).toBe(0);
    expect(semantic.stdout).toContain('2025 t/m 2027');
    expect(semantic.stdout).not.toContain('+period: 2025 t/m 2027');
    expect(sh('git', ['log', '-p', '--ext-diff', '-1', 'korter'], dir).stdout).not.toContain('+period: 2025 t/m 2027');
    expect(sh('git', ['log', '-p', '-1', 'korter'], dir).stdout).toContain('+period: 2025 t/m 2027');
  });
});
